# CPython 3.11 reports a SyntaxError's columns in UTF-8 bytes when the source reaches it as
# bytes (as a script file or an imported module does) without a coding comment, and in
# characters when it is text; errors its compiler finds after parsing are in bytes either way.
SOURCES = [
    "é = 1 +\n",
    "x = ('é' 'ü' 1)\n",
    "x = 'ééé' = 3\n",
    "x = b'café'\n",
    "x = 1 \u2013 2\n",
    "é = 1; return 1\n",
    "def f(é, é): pass\n",
    "# -*- coding: utf-8 -*-\né = 1 +\n",
    "ascii = (1 2)\n",
]

for src in SOURCES:
    for given in (src, src.encode()):
        try:
            compile(given, "t.py", "exec")
        except SyntaxError as e:
            print(type(given).__name__, repr(e.msg), e.lineno, e.offset, e.end_offset, repr(e.text))
