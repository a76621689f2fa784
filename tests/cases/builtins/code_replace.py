# code.replace(): a copy with a new name, qualname, file name or first line (how decorators
# rename the functions they make), and CPython's argument errors.
import types


def template(x):
    return x + 1


renamed_code = template.__code__.replace(co_name="plus_one", co_qualname="Math.plus_one")
plus_one = types.FunctionType(renamed_code, globals())
print(plus_one(4), plus_one.__name__, plus_one.__qualname__, renamed_code.co_name)
print(template.__code__.co_name, renamed_code is template.__code__, type(renamed_code).__name__)

moved = template.__code__.replace(co_firstlineno=100, co_filename="generated.py")
print(moved.co_firstlineno, moved.co_filename, moved.co_varnames, moved.co_argcount)
same = template.__code__.replace(co_varnames=template.__code__.co_varnames, co_argcount=1)
print(types.FunctionType(same, globals())(1))

for bad in (
    lambda: template.__code__.replace(1),
    lambda: template.__code__.replace(co_name=1),
    lambda: template.__code__.replace(co_filename=None),
    lambda: template.__code__.replace(co_firstlineno="x"),
    lambda: template.__code__.replace(co_firstlineno=-5),
    lambda: template.__code__.replace(bogus=1),
):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
