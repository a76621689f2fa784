# super(C) unbound and its __get__, super() argument checks and attributes; deque.rotate,
# deque(maxlen=), itertools.islice and itertools.repeat with counts beyond Py_ssize_t.
import collections, itertools
d = collections.deque([1, 2, 3])
for n in [10**20, -10**20, 10**18 + 1]:
    try:
        d.rotate(n); print(d)
    except Exception as e: print(type(e).__name__, e)
for args in [(10**20,), (10**30,), (1, 10**20), (10**20, 10**21), (0, 10, 10**20), (-1,), (None, 10**20), ("a",), (1, 2, 0)]:
    try: print(list(itertools.islice(range(5), *args)))
    except Exception as e: print(type(e).__name__, e)
try: collections.deque([], maxlen=10**20)
except Exception as e: print(type(e).__name__, e)
try: collections.deque([], maxlen=-1)
except Exception as e: print(type(e).__name__, e)
print(list(itertools.repeat(1, 0)), list(itertools.repeat(1, -5)))
try: itertools.repeat(1, 10**20)
except Exception as e: print(type(e).__name__, e)
for t in ["a", 2.5, None, True]:
    try: print(list(itertools.repeat(1, t)) if t is not None else itertools.repeat(1, t))
    except Exception as e: print(type(e).__name__, e)
class A:
    def f(self): return "A"
    @classmethod
    def c(cls): return cls.__name__
class B(A):
    def f(self): return "B"
s = super(B)
print(s)
print(super(B, B()).f(), super(B, B).c())
try:
    s.f
except AttributeError as e:
    print(e)
print(s.__get__(B()).f(), s.__get__(None, B) is s)
print(super(B, B()).__self_class__, super(B, B()).__thisclass__, super(B).__self__, super(B).__self_class__, super(B, B).__self_class__)
for args in [(1, 2), (B, 1), (B, A()), (A, B), (B, A)]:
    try: print(super(*args).__thisclass__)
    except TypeError as e: print(e)
