# Which argument error a builtin reports first, as CPython's argument parsing orders them;
# and an exhausted iterator keeps its type name.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("enumerate(2.5, 2.5)", lambda: enumerate(2.5, 2.5))
show("enumerate(None, 'x')", lambda: enumerate(None, "x"))
show("enumerate('ab', 2**70)", lambda: list(enumerate("ab", 2**70)))
show("int(1.5, 1)", lambda: int(1.5, 1))
show("int('z', 37)", lambda: int("z", 37))
show("int(1.5, 10)", lambda: int(1.5, 10))
show("int('z', 36)", lambda: int("z", 36))
show("sum(-0.0, '')", lambda: sum(-0.0, ""))
show("sum([], '')", lambda: sum([], ""))
show("sum([1], 2)", lambda: sum([1], 2))
it = iter([3, 1, 2])
show("sorted(it, default=1)", lambda: sorted(it, default=1))
show("next(it, 'empty')", lambda: next(it, "empty"))
show("sorted(5, default=1)", lambda: sorted(5, default=1))
show("min(reverse=True)", lambda: min(reverse=True))
show("max()", lambda: max())
show("max([1], reverse=True)", lambda: max([1], reverse=True))
show("str(1, None)", lambda: str(1, None))
show("str(b'a', None)", lambda: str(b"a", None))
show("format(1, None)", lambda: format(1, None))
show("compile('1', 'f', None)", lambda: compile("1", "f", None))
show("__import__(None)", lambda: __import__(None))

for make in [lambda: iter([1]), lambda: iter((1,)), lambda: iter("a"), lambda: iter(b"a"),
             lambda: iter(range(1)), lambda: iter({1: 2}), lambda: reversed([1]), lambda: enumerate([1]),
             lambda: zip([1]), lambda: map(abs, [1])]:
    it = make()
    before = type(it).__name__
    list(it)
    print(before, type(it).__name__, list(it))
