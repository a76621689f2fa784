# A dict's entries keep CPython's capacity: keys removed and added back while a loop runs
# are seen (or not) as CPython's iterator sees them, and "dictionary keys changed during
# iteration" is raised when more entries turn up than the dict held.
import sys


def loop(d, change):
    seen = []
    try:
        for k in d:
            seen.append(k)
            change(d, k)
            if len(seen) > 20:
                break
        return seen
    except RuntimeError as e:
        return seen, str(e)


def readd_first(d, k):
    d['a'] = d.pop('a')


def readd_current(d, k):
    d[k] = d.pop(k)


def readd_last(d, k):
    last = next(reversed(d))
    d[last] = d.pop(last)


for make in (lambda: dict(a=1, b=2, c=3), lambda: {'a': 1, 'b': 2},
             lambda: dict.fromkeys('abcdefgh'), lambda: {k: 0 for k in 'abcdefghijk'}):
    for change in (readd_first, readd_current, readd_last):
        print(change.__name__, loop(make(), change))

d = dict.fromkeys(range(6))
it = iter(d)
print(next(it), it.__length_hint__())
del d[5]
d[5] = None
print(list(it) if False else it.__length_hint__())
try:
    print(list(it))
except RuntimeError as e:
    print(e)

# popitem takes the last entry and its trailing holes; insertion order stays.
d = {i: i for i in range(10)}
while len(d) > 3:
    d.popitem()
d[99] = 1
print(d, list(reversed(d)))
for i in range(50):
    d[i + 100] = i
    del d[i + 100]
print(d, len(d))

print(sys.getsizeof(int), sys.getsizeof(type), sys.getsizeof(object))


class Plain:
    pass


class Slotted:
    __slots__ = ('x',)


class Error(Exception):
    pass


class MyList(list):
    pass


print(sys.getsizeof(Plain), sys.getsizeof(Slotted), sys.getsizeof(Error), sys.getsizeof(MyList))

# sys.getsizeof follows the table: deletions keep its size, a resize with few keys left
# takes CPython's calculate_log2_keysize (16 slots for 2 or 3 keys), clear() drops it.
d = {}
sizes = []
for i in range(100):
    d[i] = i
    if i % 3 == 0:
        del d[i]
    if i % 10 == 0:
        sizes.append(sys.getsizeof(d))
print(sizes)
d = dict.fromkeys('abcdefghij')
for k in 'abcdefgh':
    del d[k]
print(sys.getsizeof(d), end=' ')
d['z'] = 1
print(sys.getsizeof(d), list(d), end=' ')
d.clear()
print(sys.getsizeof(d))
d = {i: i for i in range(10)}
while len(d) > 2:
    d.popitem()
print(sys.getsizeof(d), end=' ')
d[50] = 1
print(sys.getsizeof(d), d)
d = {'a': 1, 2: 'b'}
del d[2]
print(sys.getsizeof(d), sys.getsizeof({'a': 1}))

# Merging sizes the table once (dict(d), {**d}, update), a clean small source's table is
# taken as it is, and dict.fromkeys presizes for a dict's or set's keys.
a = {i: i for i in range(7)}
for k in range(5):
    del a[k]
made = {
    'kw': dict(a=1, b=2), 'zip': dict(zip('abc', range(3))), 'unpack': {**a}, 'copy': a.copy(),
    'dict': dict(a), 'literal': {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6},
    'mixed': {1: 1, 'a': 2}, 'fromkeys_set': dict.fromkeys({1, 2, 3}),
    'fromkeys_dict': dict.fromkeys({'a': 1}), 'or': {'a': 1} | {'b': 2},
}
merged = {'q': 0}
merged.update({'x': 1, 'y': 2, 3: 4})
made['update'] = merged
grown = {'z': 0}
grown |= {i: i for i in range(10)}
made['ior'] = grown
for name, value in made.items():
    print(name, sys.getsizeof(value), list(value)[:3])
