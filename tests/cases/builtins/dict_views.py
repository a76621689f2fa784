d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i, "z" in k)
d["d"] = 4
print(k, list(v), list(i))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(sorted(k & {"a", "d", "x"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted({"a", "x"} & k), sorted({"x"} | k), sorted({"a", "x"} - k), sorted(["a", "y"] ^ k))
print(sorted(i & {("a", 1), ("b", 5)}), k == {"a", "b", "c", "d"}, k == {"a"}, i == {("a", 1)})
print(k.isdisjoint(["x"]), k.isdisjoint(["a"]))
try:
    for key in d.keys():
        d[key + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
e = {}
print(e.keys(), e.values(), e.items())
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
class D(dict):
    pass
x = D.fromkeys("xy", 5)
print(type(x).__name__, x)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, z=2))
print({"a": 1} | {"b": 2})
f = {"a": 1}
f |= {"c": 3}
print(f)
try:
    hash(d.keys())
except TypeError as exc:
    print(type(exc).__name__, exc)
for kk, vv in d.items():
    print(kk, vv, end="; ")
print()
