# sys.getsizeof / __sizeof__ as CPython 3.11 reports them: the "generators save memory"
# comparison tutorials print, containers grown item by item or sized once, sets, dicts,
# strings, ints and instances.
import sys


def gen_numbers(n):
    for i in range(n):
        yield i


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


async def fetch(x):
    await x
    return 1


print("list comp:", sys.getsizeof([x * 2 for x in range(10000)]))
print("genexpr:", sys.getsizeof((x * 2 for x in range(10000))))
print("plain genexpr:", sys.getsizeof((x for x in range(10000))))
print("list(range):", sys.getsizeof(list(range(10000))), "range:", sys.getsizeof(range(10000)))
print("gen functions:", sys.getsizeof(gen_numbers(10)), sys.getsizeof(fib()))
c = fetch(None)
print("coroutine:", sys.getsizeof(c), c.cr_code.co_stacksize)
c.close()
print("stack sizes:", gen_numbers.__code__.co_stacksize, fib.__code__.co_stacksize, (lambda: 0).__code__.co_stacksize)

items = []
for i in range(100):
    items.append(i)
print("appended:", sys.getsizeof(items), sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof([0] * 100))
print("dicts:", sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({1: 2}), sys.getsizeof({i: i for i in range(1000)}))
print("sets:", sys.getsizeof(set()), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set(range(1000))), sys.getsizeof(frozenset("hello world")))
print("strs:", sys.getsizeof(""), sys.getsizeof("hello"), sys.getsizeof("é"), sys.getsizeof("日本"), sys.getsizeof("🎉"))
print("ints:", sys.getsizeof(0), sys.getsizeof(2**30), sys.getsizeof(2**100), sys.getsizeof(True), (5).__sizeof__())
print("others:", sys.getsizeof(3.14), sys.getsizeof((1, 2, 3)), sys.getsizeof(b"abc"), sys.getsizeof(bytearray(b"abc")), sys.getsizeof(None))


class Point:
    def __init__(self):
        self.x = 1


class Slotted:
    __slots__ = ("x", "y")


print("instances:", sys.getsizeof(Point()), sys.getsizeof(Slotted()), Point().__sizeof__(), Slotted().__sizeof__())
print("methods:", [].__sizeof__(), {}.__sizeof__(), "abc".__sizeof__(), (1.5).__sizeof__())

import collections
print("fixed:", sys.getsizeof(sys), sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof({}.keys()), sys.getsizeof(slice(1)), sys.getsizeof(Ellipsis))
print("deques:", sys.getsizeof(collections.deque()), sys.getsizeof(collections.deque(range(63))), sys.getsizeof(collections.deque(range(64))), sys.getsizeof(collections.deque(range(200))))
print("descriptors:", sys.getsizeof(property()), sys.getsizeof(staticmethod(len)), sys.getsizeof(classmethod(len)))
