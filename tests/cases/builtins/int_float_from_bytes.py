# int() and float() accept bytes and bytearray like ASCII str; errors show the object's repr.
print(int(b"ff", 16), int(bytearray(b"12")), int(b" 12 "), int(b"0x1f", 0), int(b"-1_000"))
print(int(bytearray(b"777"), 8), float(b"1.5"), float(bytearray(b" -2e3 ")), float(b"inf"))
for f in [
    lambda: int(b"zz"),
    lambda: int(bytearray(b"1.5")),
    lambda: int(b"12", 1),
    lambda: int(b"\xff"),
    lambda: int(b"1", 2, 3),
    lambda: int(1.5, 2),
    lambda: float(b"x"),
    lambda: float(bytearray(b"")),
]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
