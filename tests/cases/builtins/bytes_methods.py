b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.split(), b"a,b,,c".split(b","), b"a,b,c".rsplit(b",", 1))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"aaa".replace(b"a", b"b", 2))
print(b"banana".find(b"an"), b"banana".rfind(b"an"), b"banana".count(b"a"), b"banana".index(b"n"), b"banana".find(97))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"Hi".upper(), b"Hi".lower(), b"hi there".title())
print(b"123".isdigit(), b"abc".isalpha(), b"  ".isspace(), b"ABC".isupper(), b"abc".islower(), b"a1".isalnum())
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"), b"\xff".decode("utf-8", "replace"))
print(b"\x01\xab\xff".hex(), b"\x01\xab\xff".hex(":"), bytes.fromhex("01 ab ff"), bytearray.fromhex("0a0b"))
print(bytes("héllo", "utf-8"), bytes(3), bytes([65, 66]), bytes(range(3)), bytearray(b"xy"), bytearray("ab", "ascii"), bytes())
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba.extend([103])
print(ba, ba.pop(), ba.pop(0), ba, len(ba), ba.upper())
print(b"%s-%d" % (b"x", 5) if hasattr(bytes, "__mod__") and False else "skip")
for bad in [lambda: b"\xff".decode(), lambda: bytes("x"), lambda: bytes([300]), lambda: bytes(-1),
            lambda: bytearray().pop(), lambda: ba.append(256), lambda: b"a".join(["x"]), lambda: bytes.fromhex("zz"),
            lambda: b"a".startswith("a"), lambda: bytes(1.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
