# dict(iterable) and d.update(iterable) read pairs one at a time: an error leaves the earlier
# pairs stored and the rest of the iterator unread.
it = iter([("a", 1), 5, ("b", 2)])
d = {}
try:
    d.update(it)
except TypeError as e:
    print(e)
print(d, list(it))
it = iter([1, 2])
try:
    dict(it)
except TypeError as e:
    print(e)
print(next(it))
def g():
    yield ("x", 1)
    raise ValueError("mid")
d = {}
try:
    d.update(g())
except ValueError as e:
    print("mid", e, d)
print(dict([("k", "v"), "ab"]))
try:
    dict([("k", "v"), "abc"])
except ValueError as e:
    print(e)
