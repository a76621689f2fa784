print({3, 1, 2})
print({10, 100, 1000, -1, 7})
print({"x", 1, 2.5, None, (1, 2)} == {(1, 2), None, 2.5, 1, "x"})
print(sorted(set("hello")), len(set("hello")))
print(set(range(20, 0, -3)), set([5, 500, 50, 5000]))
a = {1, 2, 3, 4, 5, 50, 100}
b = {4, 5, 6, 7, 100, 1000}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9, 8]), a.intersection([100, 1, 77]), a.difference([1, 2]), a.symmetric_difference([1, 99, 98]))
print(frozenset([3, 2, 1]), frozenset(), set())
s = set(range(10))
print([s.pop() for _ in range(3)], s)
s.add(100); s.discard(5); s.remove(6)
print(s)
c = a.copy(); c |= {-5, 33}; print(c)
c &= {1, 2, 33, 999}; print(c)
c = a.copy(); c -= {1, 2}; print(c)
c = a.copy(); c ^= {1, 2, 777}; print(c)
c = set(); c.update([1, 2], (3, 4), {5: 6}); print(c)
c.intersection_update([1, 2, 3]); print(c)
c.difference_update([1]); print(c)
c.symmetric_difference_update([2, 9]); print(c)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > {1}, {1, 2} == frozenset([2, 1]))
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((2,)), {1, 2}.isdisjoint([3]), {1}.isdisjoint({1}))
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset(["a"])) == hash(frozenset(["a"])))
print({frozenset([1]), frozenset([2]), frozenset([1, 2])})
print(frozenset([1, 2]) | {3}, type(frozenset([1]) | {3}).__name__, {3} | frozenset([1]))
print(sorted({"b", "a", "c"}), {x * 7 % 13 for x in range(10)})
print({*range(5), *"ab"} == set(range(5)) | set("ab"))
for bad in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1}.add([]), lambda: {1} | [2]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        victim.clear()
        return isinstance(o, K) and o.v == self.v
victim = {K(1)}
victim.add(K(2))
print(len(victim) <= 2)
print(len({K(1), K(1), K(2)}))
print({1} in {frozenset([1])}, set([1]) == frozenset([1]))
s = {1, 2, 3}
print(s.__len__(), s.__contains__(2), sorted(s.__iter__()))
