"""Prints how CPython reports the SyntaxError of each file given on the command line (as
`python3 file.py` would, with the file named `t.py`), each followed by a `=====` line;
`OK` when the file compiles."""
import sys
import traceback

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        src = f.read()
    try:
        compile(src, "t.py", "exec")
        print("OK")
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(type(e), e)), end="")
    print("=====")
