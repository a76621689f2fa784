# CPython's best_base: bases that extend different built-in layouts, or that both add
# __slots__ fields, cannot be combined ("multiple bases have instance lay-out conflict").
for bases in ["(int, str)", "(list, dict)", "(int, Exception)", "(ValueError, KeyError)",
              "(OSError, ValueError)", "(int, float)", "(dict, object)", "(type, int)", "(bytes, tuple)"]:
    try:
        exec(f"class X{bases}: pass")
        print(bases, "ok")
    except TypeError as e:
        print(bases, e)
try:
    type("Y", (str, bytes), {})
except TypeError as e:
    print(e)

class MyInt(int): pass
class MyStr(str): pass
try:
    class Z(MyInt, MyStr): pass
except TypeError as e:
    print(e)
class Z2(MyInt, int): pass
print(Z2(3) + 1, Z2.__mro__)

class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
class Empty:
    __slots__ = ()
class DictOnly:
    __slots__ = ("__dict__",)
try:
    class S3(S1, S2): pass
except TypeError as e:
    print(e)
class S4(S1, Empty, DictOnly): pass
class S5(S1): __slots__ = ("z",)
class S6(S5, S1): pass
s = S6(); s.x, s.z = 1, 2
print(s.x, s.z, [c.__name__ for c in S6.__mro__])
