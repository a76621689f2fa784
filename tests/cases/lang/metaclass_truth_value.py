# A class's truth value comes from its metaclass's __bool__ or __len__, as for any object.
class Empty(type):
    def __len__(cls): return 0
class E(metaclass=Empty): pass
class F(type):
    def __bool__(cls): return False
class G(metaclass=F): pass
print(bool(E), bool(G), bool(int), bool(type), not G, "yes" if G else "no", G or "fallback", E and "x")
if not E: print("E is falsy")
while G: break
else: print("loop skipped")
print([c.__name__ for c in (E, G, int) if c], any([E, G]), all([int, str]))
class Bad(type):
    def __bool__(cls): return 1
class B(metaclass=Bad): pass
try: bool(B)
except TypeError as e: print(e)
