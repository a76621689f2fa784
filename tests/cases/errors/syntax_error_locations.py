# Where CPython locates common syntax errors found by the parser, and how it draws the caret
# line: one caret for IndentationError, the span's width for a one-line SyntaxError, the rest of
# the first line for a span running onto later lines. (Errors found after parsing, such as
# 'async with' outside an async function, are in syntax_error_compile_stage*.py: compile() of a
# string gives them no source text.)
import sys

SOURCES = [
    "def f():\nreturn 1\n",
    "def f():\nfoo(1)\n",
    "def f():\n    if x:\n        from os import path, *\n",
    "try:\n    pass\nx = 1\n",
    "try:\n    pass\nfoo(1)\n",
    "try:\n    pass\nelse:\n    pass\n",
    "for x in y:\n    try:\n        pass\n    return 1\n",
    "1 = x\n",
    "f() = 3\n",
    "print 'hello'\n",
    "lambda x=1, y: x\n",
    "f(a=1, 2)\n",
    "x = 0123\n",
]

for src in SOURCES:
    try:
        compile(src, "case.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        sys.stdout.flush()
        # The interpreter's own display (what an uncaught SyntaxError prints).
        sys.excepthook(type(e), e, None)
        sys.stderr.flush()
    else:
        print("compiled:", repr(src))

for args in [("x", ("f", 1, 1, "foo(1)\n", 1, 4)), ("x", ("f", 1, 2, "foo(1)\n", 2, 4))]:
    for cls in (SyntaxError, IndentationError, TabError):
        sys.excepthook(cls, cls(*args), None)
