# A decorator that raises is reported at its own `@` line (CPython 3.11 locates each
# decorator call at the decorator expression), for functions, classes and stacked decorators.
import traceback


def ok(f):
    return f


def bad(f):
    raise ValueError(f"cannot decorate {f.__name__}")


def where(exc):
    frames = traceback.extract_tb(exc.__traceback__)
    return [(fs.name, fs.lineno, fs.line) for fs in frames]


try:
    @bad
    def g():
        pass
except ValueError as e:
    print(e, where(e))

try:
    @ok
    @bad
    @ok
    class C:
        pass
except ValueError as e:
    print(e, where(e))

try:
    class A:
        @classmethod
        @undefined_name
        def y(cls):
            pass
except NameError as e:
    print(e, where(e))

print("".join(traceback.format_exception_only(ValueError, ValueError("x"))), end="")

@bad
def last():
    pass
