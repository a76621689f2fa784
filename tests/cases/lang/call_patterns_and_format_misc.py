# Class patterns on built-ins (the subject itself is the one positional sub-pattern), their
# errors, walrus targets that are not names, zip(strict=True) messages, format() of built-in
# subclasses with an empty spec.
def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int(n):
            return f"int {n}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case dict(d):
            return f"dict of {len(d)}"
        case _:
            return "other"
for v in [True, -3, 7, "s", b"b", [9, 8], {"a": 1}, 1.5]:
    print(kind(v))

class MyInt(int):
    pass
match MyInt(5):
    case MyInt(v):
        print("MyInt matched", v)

for pattern in ["int(1, 2)", "str(a, b, c)"]:
    src = f"match 5:\n    case {pattern}: pass\n    case _: print('no match')\n"
    try:
        exec(src)
    except TypeError as e:
        print("TypeError:", e)

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

class P:
    __match_args__ = ("x",)
    def __init__(self):
        self.x = 1
try:
    match P():
        case P(1, x=1):
            pass
except TypeError as e:
    print("TypeError:", e)

class BadArgs:
    __match_args__ = ["x"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

for src in ["(x.y := 3)", "(a[0] := 1)", "(f() := 2)", "(1 := 2)", "(True := 1)", "(None := 1)", "(... := 1)", "('s' := 1)"]:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.offset, e.end_offset)

for its in [([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1]), ([1], [1, 2], [1, 2, 3]), ([1, 2], [1, 2, 3], [1, 2])]:
    try:
        print(list(zip(*its, strict=True)))
    except ValueError as e:
        print("ValueError:", e)

class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
class Ratio(float):
    def __str__(self):
        return "ratio!"
class Name(str):
    def __str__(self):
        return "NAME"
print(f"{Money(7)}", f"{Money(7):>5}", format(Money(3)), "{}".format(Money(2)))
print(f"{Ratio(0.5)}", f"{Ratio(0.5):.2f}", f"{Name('x')}", f"{Name('x'):>3}", str(Name("y")))
