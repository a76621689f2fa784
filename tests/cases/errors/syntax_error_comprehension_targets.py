# Malformed comprehension targets get CPython's messages and ranges; a def's parameter list gets no 'forgot a comma' hint.
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} | {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset} | {e.text!r}")
