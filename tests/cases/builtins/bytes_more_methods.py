# bytes/bytearray: padding, splitlines, translate/maketrans, mixed concatenation, comparisons, 'in'.
b = b"hello"
print(b.center(11, b"*"), b.ljust(8), b.rjust(8, b"-"), b"42".zfill(5), b"-7".zfill(4), bytearray(b"x").center(3))
print(b"a\tb".expandtabs(4), b"l1\nl2\r\nl3".splitlines(), b"l1\nl2".splitlines(True), b.rindex(b"l"))
print(b.removeprefix(b"he"), b.removesuffix(b"lo"), b.isascii(), b"\xff".isascii(), b"Hello World".istitle())
t = bytes.maketrans(b"abc", b"xyz"); print(len(t), b"aabbcc".translate(t), b"hello".translate(None, b"l"), bytearray(b"abc").translate(t))
for f in [lambda: b.center(10, "*"), lambda: b.center(10, b"**"), lambda: b.translate(b"short"), lambda: bytes.maketrans(b"a", b"bc"), lambda: b.rindex(b"z")]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
a=bytearray(b"x"); print(a+b"y", b"y"+a, a+bytearray(b"z"), b"a"+bytearray(b"b"), a*2, 2*a)
a+=b"q"; print(a); a*=2; print(a)
b = a
b += bytearray(b"!"); print(a is b, a)
print(bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"), bytearray(b"a") < b"b", b"a" in bytearray(b"cab"), 97 in bytearray(b"a"))
