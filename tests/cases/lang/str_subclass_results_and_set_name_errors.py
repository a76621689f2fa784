# __repr__, __str__ and __format__ may return a str subclass (CPython checks PyUnicode_Check),
# and an exception from __set_name__ is wrapped in RuntimeError with the original as its cause
# (CPython 3.11's type_new_set_names).
import enum


class Status(enum.StrEnum):
    OK = "ok"


class S(str):
    pass


class Job:
    status = Status.OK

    def __repr__(self):
        return S("Job<sub>")

    def __str__(self):
        return self.status

    def __format__(self, spec):
        return S("formatted " + spec)


class E(Exception):
    def __str__(self):
        return S("error text")


class SN:
    def __set_name__(self, owner, name):
        raise ValueError("bad set_name")


j = Job()
print(repr(j), str(j), f"{j:>5}", format(j, "x"), [j], "%r|%s" % (j, j), "{!r}".format(j), ascii(j))
print(str(E()), repr(E("x")))
try:
    type("C", (), {"x": SN()})
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
class Field:
    def __set_name__(self, owner, name):
        if name.startswith("_"):
            raise AttributeError(f"private field {name}")
        self.name = name
class Model:
    ok = Field()
print(Model.ok.name)
class Bad:
    _hidden = Field()
