# property objects have __get__/__set__/__delete__, with CPython 3.11's messages for a
# missing accessor; a metaclass's data descriptors handle stores on its classes; built-in
# getsets show as descriptors.
class C:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        "The x."
        return self._x

    @x.setter
    def x(self, v):
        self._x = v

    @x.deleter
    def x(self):
        print("deleting")


c = C()
p = C.__dict__["x"]
print(p.__get__(c), p.__get__(c, C), p.__get__(None, C) is p)
p.__set__(c, 5)
print(c.x)
p.__delete__(c)
print(p.__doc__, p.fget.__name__)
print(hasattr(property, "__get__"), hasattr(property, "__set__"), "__delete__" in dir(property))


class Outer:
    class Inner:
        @property
        def ro(self):
            return 1

        wo = property(None, lambda self, v: None)


i = Outer.Inner()
ro = Outer.Inner.__dict__["ro"]
for stmt in ["i.ro = 2", "del i.ro", "i.wo", "ro.__set__(i, 1)", "ro.__delete__(i)",
             "property().__get__(1)", "property().__get__(1, int)", "property.__get__(1, 2)",
             "type(property(len).__get__(None, int))", "ro.__get__()", "ro.__set__(i)", "ro.__delete__()",
             "(1).real = 2", "del (1).real", "int.real.__set__(1, 2)"]:
    try:
        if "=" in stmt or stmt.startswith("del"):
            exec(stmt)
            print(stmt, "ok")
        else:
            print(stmt, "=>", eval(stmt))
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)


class Meta(type):
    @property
    def cprop(cls):
        return "meta prop " + cls.__name__


class K(metaclass=Meta):
    pass


print(K.cprop)
try:
    K.cprop = 1
except AttributeError as e:
    print(e)
try:
    del K.cprop
except AttributeError as e:
    print(e)


class DataD:
    def __get__(self, o, t=None):
        return "got"

    def __set__(self, o, v):
        print("DataD set", type(o).__name__, v)

    def __delete__(self, o):
        print("DataD delete")


class Meta2(type):
    d = DataD()


class K2(metaclass=Meta2):
    pass


K2.d = 5
del K2.d
print(K2.d)
K2.other = 1
print(K2.other)

print(int.real, int.imag, int.numerator, float.real, complex.real, complex.imag)
print(BaseException.args, BaseException.__traceback__, BaseException.__suppress_context__)
print(OSError.errno, StopIteration.value, SyntaxError.msg, SystemExit.code, AttributeError.name)
print(int.real.__get__(5), repr(property(len)).startswith("<property object"))
