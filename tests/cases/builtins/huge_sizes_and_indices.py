# Sizes and indices far beyond memory or 64 bits raise CPython's exceptions (never abort).
tests = [
    lambda: [1, 2, 3][10**20],
    lambda: "abc" * 10**20,
    lambda: [0] * 10**20,
    lambda: "abc"[10**20:],
    lambda: (1, 2)[-10**20],
    lambda: bytes(10**20),
    lambda: bytearray(10**20),
    lambda: bytes(-10**20),
    lambda: bytes(2**62),
    lambda: bytearray(-1),
    lambda: bytes(3),
    lambda: list(range(5))[2:10**30],
    lambda: [1, 2][True],
    lambda: 10**400 * 1.0,
    lambda: float(10**400),
    lambda: round(1e308 * 10),
    lambda: divmod(10**30, 7),
    lambda: (10**20).to_bytes(2, "big"),
    lambda: chr(10**20),
    lambda: chr(2**31),
    lambda: chr(-2**31 - 1),
    lambda: chr(2**31 - 1),
    lambda: "%d" % 10**30,
    lambda: hex(-10**25),
    lambda: 1 << 10**20,
]
for t in tests:
    try:
        r = t()
        print(type(r).__name__, str(r)[:40])
    except Exception as e:
        print(type(e).__name__, e)
