import sys
def classify(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["look"]:
            return "looking"
        case [("drop" | "take") as verb, *items] if items:
            return f"{verb} {items}"
        case _:
            return "unknown"
def guarded(x):
    match x:
        case int(n) if n > 10:
            return "big"
        case int():
            return "int"
        case _ if isinstance(x, str):
            return "str"
        case _:
            return "other"
def only(x):
    match x:
        case _:
            return "any"
def default_guard(x):
    match x:
        case 1:
            r = "one"
        case _ if x == 2:
            r = "two"
    return locals().get("r", "none")
def pt(p):
    match p:
        case {"x": 0, "y": 0}:
            return "origin"
        case {"x": x, **rest}:
            return f"x={x} {rest}"
        case _:
            pass
    return "fell through"
def gen(x):
    match x:
        case [a, b]:
            yield a + b
        case _:
            yield None
for f in (classify, guarded, only, default_guard, pt, gen):
    print(f.__name__, f.__code__.co_stacksize, f.__code__.co_consts[:3])
print([classify(c) for c in ["go north", "look", "take a b", "drop", "x y z"]])
print([guarded(v) for v in [11, 3, "s", 2.0]], only(5), [default_guard(v) for v in (1, 2, 3)])
print([pt(p) for p in [{"x": 0, "y": 0}, {"x": 1, "z": 2}, {"y": 1}, 5]], list(gen([1, 2])), list(gen(3)), sys.getsizeof(gen([1, 2])))
def err():
    match 5:
        case _:
            1 / 0
try:
    err()
except ZeroDivisionError as e:
    import traceback; traceback.print_exc(file=sys.stdout)
def err2(v):
    match v:
        case 1:
            pass
        case _ if 1 / 0:
            pass
try:
    err2(2)
except ZeroDivisionError as e:
    import traceback; traceback.print_exc(file=sys.stdout)

# class bodies keep CPython's constants (None when no method uses __class__)
class A:
    """doc"""
    x = 1
    def f(self): return __class__
class B(A):
    def g(self): return super().f()
class C:
    pass
class D:
    y = None
import dis
for k in (A, B, C, D):
    pass
src = "class A:\n    '''doc'''\n    x = 1\n    def f(self): return __class__\nclass C:\n    pass\nclass D:\n    y = None\nclass E:\n    def m(self): return super()\n"
code = compile(src, "<s>", "exec")
for c in code.co_consts:
    if hasattr(c, "co_consts"):
        print(c.co_name, [x for x in c.co_consts if type(x).__name__ != "code"], c.co_names)
print(B().g() is A)
