# Walrus, star-unpacking in assignments, calls and literals; chained comparisons, ternaries.
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10], y)
while (item := data.pop()) != 5:
    print("popped", item)
print(data)

def f(values):
    return [total := 0] + [(total := total + v) for v in values]
print(f([1, 2, 3]))

first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(a, b), c = (1, 2), 3
print(a, b, c)
a, b = b, a
print(a, b)
x = y = z = [0]
print(x is z)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
try:
    p, *q, r, s = [1, 2]
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)

def show(*args, **kw):
    return args, kw
print(show(*[1, 2], *"ab", 3, **{"k": 1}, **{"j": 2}))
print([*range(3), *"xy", 9], (*[1, 2],), {*[1, 1, 2], 3}, {**{"a": 1}, "b": 2, **{"a": 3}})

age = 20
print("adult" if age >= 18 else "minor", "a" if 0 else "b" if None else "c")
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 != 2, 1 < 2 > 0 <= 0)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5), calls)
print(1 in [1] in [[1]], None is None is not False, "a" not in "bcd")
print(not 1 < 0, -2 ** 2, (-2) ** 2, 2 ** -1, 7 // 2 * 2 + 7 % 2)
print(True and 3, 0 or "x", None or 0, [] and 1, 1 and [] or "e")
