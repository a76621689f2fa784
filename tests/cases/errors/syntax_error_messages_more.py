# More of CPython 3.11's specialised syntax-error messages and their locations: parenthesized
# lambda parameters, dict displays missing a value or a ':', yield as an assignment target,
# __debug__ as a target, digits outside a literal's base, numbers running into names, and
# empty f-string fields.
import sys

SOURCES = [
    "f = lambda (x, y): 1\n",
    "f = lambda x, (y): 1\n",
    "x = {1:}\n",
    "x = {1: 2, 3: }\n",
    "x = {1: *a}\n",
    "x = {1: 2, 3}\n",
    "x = {**a, 3}\n",
    "x = {1: (2, 3), 4}\n",
    "yield = 3\n",
    "x = yield = 3\n",
    "__debug__ = 1\n",
    "del __debug__\n",
    "for __debug__ in x: pass\n",
    "x = 0b2\n",
    "x = 0b12\n",
    "x = 0o19\n",
    "x = 12abc\n",
    "x = 1.5j3\n",
    "x = 0xg\n",
    "print(f'{=}')\n",
    "print(f'{!r}')\n",
    "print(f'{:x}')\n",
    "print(f'{ }')\n",
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
