# str and bytes operations that do not depend on str methods: indexing, slicing, %, repr, escapes.
s = "hello, world"
print(s[0], s[-1], s[1:5], s[::-1], s[::2], s[-5:], s[:-7], s[100:], s[3:1])
print(len(s), "world" in s, "xyz" not in s, s + "!", s * 2, s < "help", "a" < "b" < "c")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\nnl\\"), repr("\x00\x7f\u00e9\u4e2d"))
print("caf\u00e9", len("caf\u00e9"), "\N{GREEK SMALL LETTER ALPHA}", "\U0001F600" == "😀", len("😀"))
print(r"raw\n", b"bytes", rb"raw\x", "a" "b" 'c', """triple
quoted""")
print(str(1), str(1.5), str([1, "a"]), str(None), str(True), repr(None))
print(ord("a"), chr(97), chr(0x4e2d), ord("€"), [ord(c) for c in "AZ"])
print("%s and %s" % ("x", "y"), "%-5s|" % "ab", "%05.2f" % 3.14159, "%+d" % 5, "%c" % 65, "%(a)s-%(b)d" % {"a": "A", "b": 2})
print("%x %X %o %e %g %g" % (255, 255, 8, 0.000123, 1e20, 0.0001))
print("%r" % [1, "two"], "%s" % (("tuple",),), "%3d|%-3d|" % (1, 2), "%.3s" % "abcdef")
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("only",)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
print(f"{s!r} {s!s:>15} {'x'!a} {3 + 4 = } {s[0]:*^5}")
width = 8
print(f"{3.14159:{width}.{2}f}|{'nested'}|{'{'}{'}'}|{{literal}}")
print(format(123, "08b"), format(3.5, ".3e"), format("x", "^5"), format(1234567, ","))
b = b"abc\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b), b + b"!", b * 2, b"b" in b, 98 in b)
print(bytes(3), bytes([65, 66]), repr(b"'\""), b"\t\n\r\\")
print(b"abc" == b"abc", b"a" < b"b", hash(b"x") == hash(b"x"), bytes(b"q") is not None)
print(str(b"bytes"))
print("multi\
line", 'single' == "single", "a\x41\101\u0041")
print(sorted("banana"), list("abc"), tuple("ab"), set("aa"), max("abc"), min("xyz"))
print(str.__name__, type("") is str, isinstance("", str))
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    s[0] = "H"
except TypeError as e:
    print(e)
try:
    b"x" + "y"
except TypeError as e:
    print(e)
print(ascii("é☃"), repr("\u2028"), "\r\x1b")
