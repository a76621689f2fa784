"""Prints how CPython reports the SyntaxError of each file given on the command line (as
`python3 file.py` would, with the file named `t.py`), each followed by a `=====` line;
`OK` when the file compiles."""
import io
import sys

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        src = f.read()
    try:
        compile(src, "t.py", "exec")
        print("OK")
    except SyntaxError as e:
        # The interpreter's own display (what `python3 t.py` prints), which differs from the
        # traceback module's in places: one caret for IndentationError, for one.
        out, sys.stderr = sys.stderr, io.StringIO()
        sys.excepthook(type(e), e.with_traceback(None), None)
        shown, sys.stderr = sys.stderr.getvalue(), out
        print(shown, end="")
    print("=====")
