# CPython's compile-time SyntaxWarnings: "is" with a literal, always-true assertions. They
# are printed while the module compiles, before any of its output.
print("first line of output")
x = 1
a = x is -1
b = x is ()
c = x is (1, 2)
d = x is [1]
e = 1 is x
f = x is None is not True
g = x == 1 is 2
h = x is "a" "b"
i = x is f"a"
j = x is 1 + 1
k = x is not ...
n = x is not 5
def fn():
    return x is 3.5
class C:
    q = x is 1j
l = lambda: x is b""
assert (x,)
assert (x, "msg"), "real"
m = [x is 7 for _ in range(1)]
print(a, b, c, d, e, f, g, h, i, j, k, n, fn(), C.q, l(), m)
assert ()
