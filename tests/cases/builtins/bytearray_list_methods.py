# bytearray's list-like mutators: insert (index clamps), remove, reverse, copy, with CPython's
# errors.
ba = bytearray(b"hello")
ba.insert(0, 72)
ba.insert(-1, ord("L"))
ba.insert(100, 33)
ba.insert(-100, 32)
print(ba)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba, bytearray().copy(), type(ba.copy()).__name__)
c = ba.copy()
c.append(63)
print(ba, c, c is ba)
for f in [lambda: ba.remove(0), lambda: ba.insert(0, 256), lambda: ba.insert(0, -1), lambda: ba.insert(0, "x"),
          lambda: ba.insert("0", 1), lambda: ba.remove(300), lambda: bytearray().remove(1), lambda: ba.insert(0)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
