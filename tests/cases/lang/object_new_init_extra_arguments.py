# object.__new__ / object.__init__ called directly: CPython's checks on the type (not safe for
# built-in types, "takes no arguments" when neither is overridden) and on extra arguments.
class MyInt(int): pass
class A: pass
class B:
    def __init__(self, x):
        super().__init__()
        self.x = x
class C:
    def __new__(cls, *a):
        return super().__new__(cls)
class D:
    def __init__(self, name):
        super().__init__(name)  # a classic mistake: object.__init__ takes no arguments
class E:
    def __new__(cls, *a):
        self = super().__new__(cls)
        self.__init__(*a)
        return self
class F(E):
    def __init__(self, *a):
        object.__init__(self, *a)

tests = [
    lambda: object.__new__(int),
    lambda: object.__new__(MyInt),
    lambda: object.__new__(dict),
    lambda: object.__new__(1),
    lambda: object.__new__(),
    lambda: object.__new__(A, 1),
    lambda: object.__new__(A, x=1),
    lambda: object.__new__(B, 1).__class__.__name__,
    lambda: object.__new__(C, 1),
    lambda: C(1, 2).__class__.__name__,
    lambda: B(5).x,
    lambda: A(1),
    lambda: D("x"),
    lambda: E(1, 2).__class__.__name__,
    lambda: F(1),
    lambda: object().__init__(1),
    lambda: A().__init__(1),
    lambda: object.__init__(A(), k=1),
    lambda: object.__init__(C(), 1),
]
for t in tests:
    try:
        print(repr(t()))
    except TypeError as e:
        print(type(e).__name__, e)
