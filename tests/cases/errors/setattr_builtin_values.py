# Assigning attributes on built-in types and values: CPython's messages for immutable types,
# read-only getset descriptors and methods, and function name checks.
for stmt in ["(1).real = 5", "[].x = 1", "'s'.upper = 1", "(1.5).imag = 0", "int.x = 1",
             "str.upper = None", "ValueError.extra = 1", "object().y = 2", "(lambda: 0).__name__ = 5",
             "(lambda: 0).__qualname__ = None", "None.x = 1"]:
    try:
        exec(stmt)
        print("ok", stmt)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

class Mine:
    pass
Mine.added = 1
class MyErr(ValueError):
    pass
MyErr.code = 7
def f():
    pass
f.__name__ = "renamed"
f.custom = 3
print(Mine.added, MyErr.code, f.__name__, f.custom)
