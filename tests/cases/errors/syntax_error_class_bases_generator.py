# A bare generator expression is not allowed in a class's base list: CPython's grammar has no
# genexp-call form for `class`, so it is "invalid syntax" at the `for` (not a NameError at run
# time); with more arguments it is the call's "Generator expression must be parenthesized".
import sys

SOURCES = [
    "class C(x for x in y): pass\n",
    "class C(x  for x in y): pass\n",
    "class C(x async for x in y): pass\n",
    "class C(x for x in y, z): pass\n",
    "class C((x for x in y)): pass\n",
    "f(x for x in y)\n",
]

for src in SOURCES:
    try:
        compile(src, "case.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        sys.stdout.flush()
        sys.excepthook(type(e), e, None)
        sys.stderr.flush()
    else:
        print("compiled:", repr(src))
