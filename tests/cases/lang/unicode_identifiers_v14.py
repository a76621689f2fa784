# Identifiers follow Unicode 14 (CPython 3.11's database) and are NFKC-normalized.
ℌ = 1
ﬁx = 2
ｘ = 3
print(H, fix, x)
print(sorted(k for k in globals() if k in ("H", "fix", "x")))
ｉｆ = 4
print(globals()["if"])
café = "é"
print(café, "café".isidentifier())


def show(src):
    try:
        compile(src, "<src>", "exec")
        print("ok", ascii(src))
    except SyntaxError as e:
        print(ascii(src), "->", e.msg, e.offset, e.end_offset)


show("x\U00011F00 = 1")      # Kawi: assigned only in Unicode 15
show("\U00011F04 = 1")
show("a€b = 1")
show("€ = 1")
show("x = 1\xa0+ 2")          # no-break space is not printable
show("x\u200b = 1")           # zero-width space
show("x\u00b7 = 1")           # middle dot continues a name
show("\u00b7x = 1")
show("_\u0300 = 1")           # combining mark continues
