# Assigning an instance's __dict__ (the __setstate__ idiom) replaces its attributes; a
# non-dict value is a TypeError with CPython's message.
class C: pass
c = C(); c.a = 1
d = {"y": 2}
c.__dict__ = d
print(c.__dict__, vars(c), c.y, hasattr(c, "a"))
try: c.__dict__ = 5
except TypeError as e: print(e)
try: c.__dict__ = [("a", 1)]
except TypeError as e: print(e)
class State:
    def __init__(self): self.x = 1; self.cache = "big"
    def __getstate__(self):
        s = self.__dict__.copy(); del s["cache"]; return s
    def __setstate__(self, s):
        self.__dict__ = s
        self.cache = None
import copy, pickle
s2 = copy.copy(State()); print(vars(s2))
s3 = copy.deepcopy(State()); print(vars(s3))
class D(dict): pass
c.__dict__ = D(z=3); print(c.z, vars(c))
c.__dict__ = c.__dict__; print(c.z)
class S:
    __slots__ = ("a",)
try: S().__dict__ = {}
except AttributeError as e: print(e)
