# f-string field brackets are matched as CPython 3.11 does: a closing bracket that does not
# fit the open one, one left open, a stray one; and 3.12-style nested quotes report the
# error at the token after the literal.
sources = [
    'f"{a(}"',
    'f"{a[}"',
    'f"{a(]}"',
    'f"{a[)]}"',
    'f"{a{)}}"',
    'f"{a)}"',
    'f"{a]}"',
    'f"{(a}"',
    'f"{[a}"',
    'f"{x"',
    'f"{x!r"',
    'f"{(a, [b, {c: d}])}"',
    'print(f"{"nested"}")',
    'd = {}\nprint(f"{d["key"]}")',
    "f'{x['k']}'",
    'f"{"a" + "b"}"',
    'x = f"{a[}" if y else z',
    'x = f"{a(}"   ;y = 1',
    'x = f"{a b}" + 1',
]
for src in sources:
    try:
        compile(src, "<fstring>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_offset)
