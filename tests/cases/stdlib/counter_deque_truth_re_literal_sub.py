import collections, re
c = collections.Counter("abracadabra")
print(c, c.most_common(3))
c.update(["a", "z", "z"])
c.update({"q": 5})
c.update(x=2)
print(c)
class MyC(collections.Counter):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
m = MyC("aab")
print(m)
class GetC(collections.Counter):
    def get(self, k, d=None):
        return 10
print(GetC("ab"))
try:
    collections.Counter([[1]])
except TypeError as e:
    print(e)
d = {}
from collections import Counter
Counter.update(Counter(), "xyz")
c3 = Counter([1.5, 1.5, True, 1, 2])
print(c3)
print(collections.Counter(iter(range(5))))
print(re.sub("o", "0", "foo boo"), re.subn(r"\d", "", "a1b22c"), re.sub(r"(a)", r"<\1>", "banana"), re.sub("a", lambda m: m.group().upper(), "banana"))
print(re.sub(b"o", b"0", b"foo"), re.sub("x*", "-", "abc"), re.sub("", "|", "ab"))
try:
    re.sub("a", b"x", "aa")
except TypeError as e:
    print(e)
import collections as C
q = C.deque([1, 2, 3])
print(len(q), bool(q), bool(C.deque()))
class D(C.deque):
    def __len__(self):
        return 42
print(len(D([1])), bool(D()))
