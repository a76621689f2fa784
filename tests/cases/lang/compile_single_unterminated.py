# compile(..., "single") rejects what CPython's statement_newline rule rejects: no statement, or a one-line compound statement at the end of a source without a final newline.
srcs = ["for i in range(2): i", "for i in range(2): i\n", "if 1:\n  for i in x: i\n", "if 1:\n  for i in x: i", "if 1: pass\nelse:\n  7\n", "def f(): pass\n\n", "if 1:\n  5\n\n", "try:\n  pass\nfinally: pass\n", "class A: pass\n", "", "\n", "# c", "@d\ndef f():\n  pass", "with a: pass", "if 1:\n  5\nx = 1","if 1: 5\nx=1", "\n\n", "  # c\n", "\n# c\n\n", "for i in x: i  # c", "for i in x: i  ", "if 1:\n  5\n# c", "if 1:\n  5\n  ", "if 1: 5\n\n", "x", "x = 1  # c", "if 1:\n  5", "def f(): pass", "class A: pass", "while False: pass\nelse: 7"]
for s in srcs:
    try:
        compile(s, "<in>", "single"); print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
import sys
try:
    compile("if 1: 5\nelse: 6", "<in>", "single")
except SyntaxError as e:
    sys.excepthook(type(e), e, None)
