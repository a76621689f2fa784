# int() and float() follow CPython's PyNumber_Long/PyNumber_Float: __int__, __index__, then
# __trunc__ (deprecated), results checked to be int/float, and str/bytes subclasses parsed.
class S(str): pass
class B(bytes): pass
class F(float): pass
class I(int): pass
print(int(S("5")), float(S("1.5")), int(B(b"7")), float(F(2.5)), int(F(2.5)), float(I(3)), int(I(4)), type(int(I(4))).__name__, type(float(F(1.0))).__name__)
class T:
    def __trunc__(self): return 3
class TI:
    def __index__(self): return 9
print(int(T()), int(TI()), float(TI()))
class TB:
    def __trunc__(self): return "x"
try: int(TB())
except TypeError as e: print(e)
class IB:
    def __index__(self): return 1.5
try: int(IB())
except TypeError as e: print(e)
try: float(IB())
except TypeError as e: print(e)
class Bo:
    def __int__(self): return True
print(int(Bo()), type(int(Bo())).__name__)
class Fl:
    def __float__(self): return 1
class Nt:
    def __int__(self): return 1.5
class FSub(float): pass
class RetSub:
    def __float__(self): return FSub(2.5)
for f in (lambda: float(Fl()), lambda: int(Nt()), lambda: float(RetSub()), lambda: int(S("ff"), 16), lambda: int(S("x"))):
    try: print(f())
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
