"""Prints CPython's AST of each file given on the command line in the compact form of
src/syntax/dump.rs (one line per file; `ERROR <msg>` when it does not parse)."""
import ast
import json
import struct
import sys

SKIP = {"type_comment", "kind", "type_ignores"}


def fmt(v):
    if isinstance(v, ast.AST):
        name = type(v).__name__
        parts = [fmt(getattr(v, f)) for f in v._fields if f not in SKIP]
        if not parts and "lineno" not in v._attributes:
            return name
        pos = ""
        if "lineno" in v._attributes:
            pos = f"@{v.lineno}:{v.col_offset}-{v.end_lineno}:{v.end_col_offset}"
        return f"{name}{pos}(" + " ".join(parts) + ")"
    if isinstance(v, list):
        return "[" + " ".join(fmt(x) for x in v) + "]"
    if v is None:
        return "_"
    if v is Ellipsis:
        return "..."
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "f" + struct.pack(">d", v).hex()
    if isinstance(v, complex):
        return "j" + struct.pack(">d", v.imag).hex()
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, bytes):
        return "b" + v.hex()
    return repr(v)


for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        src = f.read()
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        print("ERROR", e.msg)
        continue
    print(fmt(tree))
