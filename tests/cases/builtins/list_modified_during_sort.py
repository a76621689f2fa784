# list.sort() empties the list while it sorts: a key function sees it empty, and anything put
# into it meanwhile is dropped with ValueError('list modified during sort') once the sorted
# items are back (CPython's list_sort_impl).
l = [3, 1, 2]
seen = []


def key(x):
    seen.append(len(l))
    l.append(0)
    return x


try:
    l.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(l, seen)


class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        items.insert(0, "x")
        return self.v < other.v

    def __repr__(self):
        return f"Bad({self.v})"


items = [Bad(2), Bad(1)]
try:
    items.sort()
except ValueError as e:
    print("ValueError:", e)
print(items)

ok = [5, 4]
ok.sort(key=lambda x: len(ok))
print(ok)
