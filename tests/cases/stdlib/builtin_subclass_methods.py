# Methods of built-in types called on instances of user subclasses (used by collections).
class D(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
d = D()
d['a'] += 1
d.update({'b': 2})
print(d, d.get('a'), list(d.items()), len(d), 'a' in d, type(d).__name__, sorted(d))
class L(list):
    pass
l = L([3, 1])
l.append(2)
l.sort()
print(l, len(l), l[0], type(l).__name__)
