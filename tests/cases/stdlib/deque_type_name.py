# deque is a C type in CPython: its tp_name `collections.deque` is what error messages print,
# while __name__ stays `deque`.
import collections

d = collections.deque([1, 2])
print(type(d), collections.deque.__name__, collections.deque.__qualname__, collections.deque.__module__)
for f in [
    lambda: hash(d),
    lambda: {d: 1},
    lambda: d.foo,
    lambda: d + 1,
    lambda: d < 1,
    lambda: d * "a",
    lambda: "a" * d,
    lambda: b"x" * "y",
    lambda: [1] * 2.0,
    lambda: d - d,
]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


class D(collections.deque):
    pass


try:
    hash(D())
except TypeError as e:
    print(e)
