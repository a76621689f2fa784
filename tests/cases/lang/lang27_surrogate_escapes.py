# A lone surrogate escape in a str literal compiles (CPython keeps the surrogate; corio's
# UTF-8 strs hold U+FFFD instead, as chr(0xdc80) does), so such programs run.
marker = "-\u5171\u0141\u2661\u0363\uDC80"
print(len(marker), marker[:5])
pair = "\ud83d\ude00"
print(len(pair))
try:
    eval(r"'\U00110000'")
except SyntaxError as e:
    print(e.msg)
try:
    eval(r"'\ud8'")
except SyntaxError as e:
    print(e.msg)
