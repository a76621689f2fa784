# Counter: CPython 3.11 semantics (unary ops, in-place ops keep positives, comparisons, subclass repr).
from collections import Counter
c = Counter("abracadabra"); c2 = Counter(a=1, b=5)
print(-c2, +Counter(a=-1, b=2), c == Counter(dict(c)), Counter(a=1) == Counter(a=1, b=0))
class MyC(Counter): pass
print(MyC("aab"), MyC(), MyC("ab").copy(), type(MyC("a").copy()).__name__)
x = Counter(a=3, b=1); x -= Counter(a=1, b=2); print(x)
x += Counter(c=2); print(x); x |= Counter(a=5); print(x); x &= Counter(a=1, c=1); print(x)
try: Counter.fromkeys("ab")
except NotImplementedError as e: print(e)
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) > Counter(a=1), Counter("ab") != Counter("ba"))
print(Counter({"a": 2, "b": 2, "c": 3}).most_common(2), Counter("zzyx").most_common(0))
import copy
print(copy.deepcopy(c) == c, copy.copy(c))
try: hash(c)
except TypeError as e: print(e)
c3 = Counter(); c3.update({"a": 2}); c3.update(Counter(a=1)); print(c3, dict(c3))
print(Counter(cats=4, dogs=8).total(), sorted(Counter("hello").elements()))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1)[0][0], Counter("abc") + Counter("bcd"))
