# With SyntaxWarning turned into an error by a warnings filter, compile() raises a
# SyntaxError located at the offending node (CPython's compiler_warn), and the warnings
# after it are not shown.
import warnings

sources = [
    'x is 1',
    'if x is not "a": pass',
    'assert(x, "msg")',
    'assert x, "msg"',
    '[(1, 2) (3, 4)]',
    'y = "abc"[1, 2]',
    'def f():\n    return (1, 2)[None]',
    'a = 1\nb = a is ()\nc = a is 2',
]
with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    for src in sources:
        try:
            compile(src, "<check>", "exec")
            print(repr(src), "compiles")
        except SyntaxError as e:
            print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset), e.text)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile('a = 1\nb = a is ()\nc = a is 2', "<check>", "exec")
    print([(str(w.message), w.lineno) for w in caught])
