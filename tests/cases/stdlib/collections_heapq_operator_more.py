import collections, heapq, bisect, copy, operator, functools, itertools
from collections import namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p._fields, p._field_defaults, Point.__name__, Point.x, p.count(3), p.index(4), hash(p) == hash((3, 4)))
print(Point(x=1, y=2), Point(*[5, 6]), Point._make(range(2)), p._asdict(), type(p._asdict()))
x, y = p; print(x, y, p[::-1], p + (1,), p * 2, p == Point(3, 4), p < Point(4, 0))
try: p.x = 5
except AttributeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
try: p._replace(z=1)
except ValueError as e: print(e)
print(repr(Point), Point.__doc__, Point._fields_defaults if hasattr(Point, "_fields_defaults") else "")
class P2(namedtuple("P2", "a b")):
    __slots__ = ()
    @property
    def total(self): return self.a + self.b
    def __str__(self): return f"P2<{self.a},{self.b}>"
print(P2(1, 2), repr(P2(1, 2)), P2(1, 2).total)
d = deque(range(10), maxlen=5); print(d, d.maxlen, list(reversed(d)), d * 2 if False else "", 7 in d)
d.extend([10, 11]); print(d); d.clear(); print(d, bool(d))
d = deque([1, 2, 3]); d.insert(1, 9); d.remove(9); print(d, d.copy(), d == deque([1, 2, 3]), d + deque([4]))
try: deque([1], maxlen=1).insert(0, 2)
except IndexError as e: print(e)
try: d.remove(99)
except ValueError as e: print(e)
c = Counter(cats=4, dogs=8); c2 = Counter({"cats": 1, "fish": 2})
print(c + c2, c - c2, c | c2, c & c2, c == Counter(dogs=8, cats=4), c.most_common(1), Counter("aaabbc").most_common(2))
c3 = Counter(); c3["x"] += 1; c3.update(["x", "y"]); c3.update({"z": 5}); print(c3, sorted(c3.elements()), c3.total())
del c3["x"]; print(c3, Counter("abc") - Counter("abd"), Counter(a=0, b=-1), +Counter(a=0, b=-1, c=2), -Counter(a=-2))
print(repr(Counter()), Counter("ab").keys(), list(Counter("ba").values()), Counter({1: 2}) <= Counter({1: 3}))
od = OrderedDict.fromkeys("abc", 0); od["a"] = 5; print(od, list(od.keys()), od == {"a": 5, "b": 0, "c": 0}, od == OrderedDict([("b", 0), ("a", 5), ("c", 0)]))
print(list(reversed(od)), od.copy(), OrderedDict(sorted({"b": 2, "a": 1}.items())), od | {"z": 1})
dd = defaultdict(set); dd["a"].add(1); dd["b"]; print(dd, dd.default_factory, defaultdict(None), dict(dd))
try: defaultdict(None)["x"]
except KeyError as e: print(repr(e))
nested = defaultdict(lambda: defaultdict(int)); nested["a"]["b"] += 1; print(dict(nested["a"]), len(nested))
cm = ChainMap({"a": 1}, {"b": 2}); cm2 = cm.new_child(); cm2["a"] = 10; print(cm2, cm2["a"], cm["a"], cm2.maps[0], "b" in cm2, cm2.get("zz", 0))
try: del cm["b"]
except KeyError as e: print(e)
h = []
for item in [(3, "c"), (1, "a"), (2, "b")]: heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, {"a": 3, "b": 5, "c": 1}.items(), key=lambda kv: kv[1]))
try: heapq.heappop([])
except IndexError as e: print(e)
scores = [60, 70, 80, 90]; grades = "FDCBA"
print([grades[bisect.bisect(scores, s)] for s in [33, 99, 77, 70, 89, 90, 100]], bisect.bisect_left([1, 2, 2, 3], 2), bisect.insort_left(scores, 75) or scores)
a = [1, [2, 3]]; b = copy.copy(a); c = copy.deepcopy(a); a[1].append(4); print(b, c)
class C:
    def __init__(self): self.items = [1]
    def __copy__(self): print("copying"); n = C(); n.items = self.items; return n
    def __deepcopy__(self, memo): print("deep"); n = C(); n.items = copy.deepcopy(self.items, memo); return n
copy.copy(C()); copy.deepcopy(C())
r = [1]; r.append(r); r2 = copy.deepcopy(r); print(r2[1] is r2, copy.deepcopy((1, 2)) , copy.copy({1: [2]}))
print(operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.truth([]), operator.contains([1], 1), operator.getitem({"a": 1}, "a"), operator.index(5), operator.concat([1], [2]), operator.is_(None, None), operator.not_(1))
print(list(map(operator.itemgetter("n"), [{"n": 1}, {"n": 2}])), operator.attrgetter("x", "y")(p), operator.methodcaller("split", ",", 1)("a,b,c"), operator.itemgetter(slice(1, 3))("abcd"))
print(repr(operator.methodcaller("split", ",", maxsplit=1)), repr(operator.itemgetter(1, 2)), repr(operator.attrgetter("a", "b.c")))
dd = defaultdict(int, a=1); print(dd | {"b": 2}, {"z": 0} | dd, type(dd | {}), OrderedDict(a=1) | OrderedDict(b=2), {"q": 1} | OrderedDict(a=1))
od2 = OrderedDict(a=1); od2 |= {"b": 2}; print(od2, type(od2.copy()), reversed(OrderedDict()) is not None)
for f in [lambda: heapq.heapreplace([], 1), lambda: heapq.heappop(1), lambda: operator.methodcaller(1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(repr(operator.methodcaller('f')), repr(operator.methodcaller('f', 1, 'a', k=[2])))
