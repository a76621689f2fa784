# staticmethod and classmethod objects show what they wrap (CPython 3.10+ sm_repr/cm_repr).
class Named:
    def __repr__(self):
        return "Named()"

    def __call__(self):
        return 1


class K:
    s = staticmethod(len)
    c = classmethod(Named())
    nested = staticmethod(staticmethod(abs))


print(K.__dict__["s"])
print(repr(K.__dict__["c"]))
print(K.__dict__["nested"])
print([staticmethod(str.upper), classmethod(print)])
print(K.s("abc"), K.nested.__func__ is abs if hasattr(K.nested, "__func__") else K.nested)
