# Deleting (and setting) attributes that built-in values expose read-only: CPython's messages
# for getsets ("attribute 'real' of 'int' objects is not writable"), READONLY members
# ("readonly attribute"), methods ("'list' object attribute 'append' is read-only"),
# __class__ ("can't delete __class__ attribute"), and the exception and function getsets that
# refuse deletion with a TypeError.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)

for obj, name in [(1, "real"), (1, "zz"), ("s", "upper"), ([], "append"), (1.0, "imag"), (1j, "real"),
                  (range(3), "start"), (slice(1), "stop"), (len, "__name__"), ([].append, "__qualname__"),
                  (iter([]), "x"), (object(), "__class__"), (5, "__class__")]:
    attempt(f"del {type(obj).__name__}.{name}", lambda: delattr(obj, name))
    attempt(f"set {type(obj).__name__}.{name}", lambda: setattr(obj, name, 0))

e = ValueError("v")
for name in ["args", "__traceback__", "__context__", "__cause__", "__suppress_context__", "__notes__"]:
    attempt(f"del exc.{name}", lambda: delattr(e, name))
attempt("del oserror.args", lambda: delattr(OSError(2, "x"), "args"))
print(e.args)

def f():
    pass
for name in ["__name__", "__qualname__", "__code__", "__dict__", "__globals__", "__closure__",
             "__defaults__", "__kwdefaults__", "__doc__", "__module__", "__annotations__"]:
    attempt(f"del f.{name}", lambda: delattr(f, name))
print(f.__name__, f.__defaults__, f.__doc__, f.__module__, f.__annotations__)

class K:
    def __delattr__(self, name):
        print("custom delattr", name)
del K().__class__

# bytearray says "byte must be in range(0, 256)", bytes "bytes must be ...".
for g in [lambda: bytearray([256]), lambda: bytearray(range(250, 260)), lambda: bytearray(iter([-1])),
          lambda: bytearray(b"a").extend([999]), lambda: bytes([300]), lambda: bytes(iter([256]))]:
    attempt("bytes", g)

import operator
for g in [lambda: operator.itemgetter(), lambda: operator.attrgetter(), lambda: operator.methodcaller(),
          lambda: operator.attrgetter(1), lambda: operator.methodcaller(1), lambda: operator.itemgetter(a=1),
          lambda: operator.attrgetter("a", b=1)]:
    attempt("operator", g)
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real", "imag")(3j), operator.methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(operator.methodcaller("count", "a"), operator.itemgetter(1), operator.attrgetter("x.y"))
def f(a, b=2, *, c=3): return a, b, c
del f.__defaults__
try: f(1)
except TypeError as e: print(e)
print(f(1, 5, c=1))
del f.__kwdefaults__
try: f(1, 2)
except TypeError as e: print(e)
