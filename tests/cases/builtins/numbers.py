print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (255).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(3, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "big"))
print((10).as_integer_ratio(), (7).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator, True.real)
print((5).__index__(), (5).__int__(), (5).__float__(), round(1234, -2), round(1250, -2), round(1350, -2), (15).__round__(-1))
print(int("ff", 16), int("0b101", 0), int("  42  "), int("1_000"), int(3.9), int(-3.9), int(True))
print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e300).as_integer_ratio()[1])
print((3.7).__int__(), (3.7).__trunc__(), (-3.7).__floor__(), (-3.7).__ceil__(), (2.5).__round__(), (3.5).__round__(), (2.675).__round__(2))
print(round(2.5), round(-0.5), round(0.125, 2), round(1.5), round(2.675, 2), round(1e20, -5), round(123.456, -1))
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex(), float.fromhex("0x1.999999999999ap-4"), float.fromhex("-0x1p+1"), float.fromhex("inf"))
print((3.5).real, (3.5).imag, (3.5).conjugate())
class I(int):
    pass
print(I(7).bit_length(), I(3).to_bytes(1, "big"), float(I(2)))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
            lambda: float("nan").as_integer_ratio(), lambda: float("inf").as_integer_ratio(), lambda: int("12", 1),
            lambda: int("xyz"), lambda: int(float("inf")), lambda: round(float("nan")), lambda: float.fromhex("zz"),
            lambda: int(10 ** 5000).__str__()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(format(True, ""), format(True, "d"), format(5, ""), f"{True:d}", f"{255:#x}", f"{1234567:,}", f"{'abc':^9}|")
print(f"{3.14159:.2f}", f"{42:>10}|", f"{-42:010}", f"{0.5:%}", f"{12345.678:,.1f}", f"{7:b}", format(3.0, ""), format(1e16, ""))
