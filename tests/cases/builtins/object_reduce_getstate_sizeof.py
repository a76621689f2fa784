# Every object has object's __reduce_ex__/__reduce__/__getstate__/__sizeof__, so each name dir() lists can be fetched; super().__getstate__() reaches the default.
import copy, pickle, sys
class A:
    def __init__(self): self.x = 1
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
class G:
    def __init__(self): self.v = [1]; self.cache = "big"
    def __getstate__(self):
        state = super().__getstate__()
        del state["cache"]
        return state
    def __setstate__(self, st): self.__dict__.update(st); self.cache = None
class R:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (R, (self.n * 2,))
class RX(A):
    def __reduce_ex__(self, proto):
        print("RX.__reduce_ex__", proto)
        return super().__reduce_ex__(proto)
for o in [object(), A(), S(), 1, "s", [], A, len]:
    print(type(o).__name__, [n for n in dir(o) if not hasattr(o, n)])
print(A().__getstate__(), S().__getstate__(), object().__getstate__(), A().__reduce_ex__(2)[1:], type(A().__reduce__()[0]).__name__)
g2 = copy.deepcopy(G()); print(g2.v, g2.cache)
print(pickle.loads(pickle.dumps(G())).__dict__, copy.copy(R(3)).n, pickle.loads(pickle.dumps(RX())).x)
print(A().__sizeof__(), S().__sizeof__(), object().__sizeof__(), sys.getsizeof(A()) > 0)
try: object.__reduce_ex__()
except TypeError as e: print(e)
try: A().__reduce_ex__()
except TypeError as e: print(e)
obj = A()
print({n: type(getattr(obj, n)).__name__ for n in dir(obj) if n in ("__reduce__", "__sizeof__", "__getstate__", "x")})
