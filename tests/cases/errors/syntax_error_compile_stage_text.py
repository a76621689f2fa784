# compile() of a string: errors found by the compiler (after parsing) take their source line
# from the named file, as CPython does, so a made-up file name shows no line; parser errors
# keep the compiled text.
import sys
for src in ["return 1\n", "__debug__ = 1\n", "x = 0b2\n", "def f():\n    x = 1\n    nonlocal x\n"]:
    for fn in ["case.py", sys.argv[0]]:
        try:
            compile(src, fn, "exec")
        except SyntaxError as e:
            print(repr(e.msg), repr(e.text), e.offset, e.end_offset)
            sys.excepthook(type(e), e, None)
