# types.FunctionType(code, globals, name=None, argdefs=None, closure=None): a function
# built from another function's code, with CPython's checks of each argument.
import types


def make_adder(step):
    def add(value, extra=0):
        """Add the step."""
        return value + step + extra
    return add


adder = make_adder(10)
clone = types.FunctionType(adder.__code__, globals(), "clone", (5,), adder.__closure__)
print(clone(1), clone(1, 2), clone.__name__, clone.__qualname__, clone.__defaults__)
print(clone.__doc__, clone.__module__, clone.__closure__[0] is adder.__closure__[0])
print(type(clone) is types.FunctionType, clone.__globals__ is globals())


def double(x):
    return x * 2


namespace = {"__name__": "fake_module"}
bare = types.FunctionType(double.__code__, namespace)
print(bare(21), bare.__name__, bare.__module__, bare.__defaults__, bare.__globals__ is namespace)
named = types.FunctionType(code=double.__code__, globals={}, name="kw_made")
print(named.__name__, named(4))

# A fresh cell makes a closure of one's own.
cell_type = type(adder.__closure__[0])
own = types.FunctionType(adder.__code__, {}, None, None, (cell_type(100),))
print(own(1, 0), own.__name__)

bad_calls = [
    lambda: types.FunctionType(adder.__code__, globals(), "f", None, None),
    lambda: types.FunctionType(adder.__code__, globals(), "f", None, ()),
    lambda: types.FunctionType(adder.__code__, globals(), "f", None, [1]),
    lambda: types.FunctionType(adder.__code__, globals(), "f", None, (1,)),
    lambda: types.FunctionType(double.__code__, globals(), "f", None, adder.__closure__),
    lambda: types.FunctionType(double.__code__, 5),
    lambda: types.FunctionType(1, {}),
    lambda: types.FunctionType(double.__code__, {}, 3),
    lambda: types.FunctionType(double.__code__, {}, "x", [1]),
    lambda: types.FunctionType(double.__code__),
    lambda: types.FunctionType(),
    lambda: types.FunctionType(double.__code__, {}, "x", None, None, 6),
    lambda: types.FunctionType(double.__code__, {}, bogus=1),
]
for call in bad_calls:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# types.CellType: empty or holding a value.
empty = cell_type()
try:
    empty.cell_contents
except ValueError as e:
    print(e)
empty.cell_contents = 3
print(empty.cell_contents, cell_type("x").cell_contents)
del empty.cell_contents
try:
    empty.cell_contents
except ValueError as e:
    print("after del:", e)
for bad in (lambda: cell_type(1, 2), lambda: cell_type(contents=1)):
    try:
        bad()
    except TypeError as e:
        print(e)
