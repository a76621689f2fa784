# list, tuple, dict, set, range: operations, slicing (assignment, deletion, steps), reprs.
nums = list(range(10))
print(nums[2:8:2], nums[::-3], nums[-3:], nums[:-8:-1], nums[8:2:-2], nums[::], nums[-100:100])
nums[2:5] = ["a", "b"]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
del nums[::3]
print(nums)
del nums[1:3]
nums[len(nums):] = [99]
print(nums, len(nums))
try:
    nums[::2] = [1]
except ValueError as e:
    print(e)
try:
    nums[::0]
except ValueError as e:
    print(e)
try:
    [][0]
except IndexError as e:
    print(e)

lst = [3, 1, 2]
lst.append(4); lst.extend([5, 6]); lst.insert(0, 0); lst.remove(6)
print(lst, lst.pop(), lst.pop(0), lst.index(2), lst.count(1))
lst.sort(); print(lst); lst.sort(reverse=True); print(lst); lst.reverse(); print(lst)
print(sorted(["bb", "a", "ccc"], key=len, reverse=True), lst.copy() == lst, lst.copy() is lst)
lst.clear(); print(lst, [] == [], [1, 2] < [1, 3], [1, [2]] == [1, [2]], [1, 2] + [3])
rec = [1, 2]
rec.append(rec)
print(rec, [[...]] if False else "rec ok")
d = {"a": 1}
d["self"] = d
print(d)

t = (1, "two", 3.0, None, (4,), [])
print(t, t[1:3], t[::-1], len(t), (1,), (), tuple([1, 2]), (1, 2) + (3,), t.count(3.0), t.index("two"))
print((1, 2) < (1, 2, 0), (2,) > (1, 9), hash((1, 2)) == hash((1, 2)))

d = {"b": 2, "a": 1}
d["c"] = 3
d.update({"a": 10}, z=26)
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("q"), d.get("q", 0), d.pop("z"), d.setdefault("e", 5), d.setdefault("e", 6), "a" in d, len(d))
print(d.popitem(), d, dict(a=1, b=2), dict([("x", 1)]), {1: "one", 1.0: "float one"})
del d["a"]
print(d, {} == dict(), {"a": 1} == {"a": 1}, d.copy(), sorted(d.items(), key=lambda kv: -kv[1]))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print(e)
for k in list(d):
    if k == "b":
        del d[k]
print(d, {**d, "n": None})
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)

s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1} <= {1, 2}, {1, 2} > {1})
print(set(), frozenset([1, 2]), len(s), 2 in s, set([1, 1, 2]), {frozenset([1]): "fs"}, set("a"))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    {[]}
except TypeError as e:
    print(e)

r = range(2, 20, 3)
print(r, list(r), len(r), r[1], r[-1], r[1:3], 5 in r, 6 in r, list(range(5, 0, -2)), range(0), list(range(-3)))
print(r.start, r.stop, r.step, reversed(range(3)) is not None, list(reversed(range(3))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
print(slice(1, 5, 2), "abcdef"[slice(None, None, -2)], [1, 2, 3][slice(2)])
nested = {"list": [1, (2, 3), {"k": {4}}], "t": ((),), "f": 1.5, "n": None, "b": True, "s": "x'y"}
print(nested)
print([None, True, 1.0, "s", b"b", (1,), {}, set(), frozenset()])
