# In eval mode a statement is "invalid syntax" where the expression stops, even when the
# statement parser would report a target error of its own.
for src in ["[1] += (2,)", "a, b += 1", "f() += 1", "x += 1", "f() = 3", "x = 1", "del x", "x if y"]:
    for mode in ("eval", "exec"):
        try:
            compile(src, "<s>", mode)
            print(mode, repr(src), "ok")
        except SyntaxError as e:
            print(mode, repr(src), e.msg, e.offset, e.end_offset)
