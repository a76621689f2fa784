# Objects with __index__ (and IntEnum members) work as sequence subscripts and repeat counts.
from enum import IntEnum

class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n

class Pos(IntEnum):
    FIRST = 0
    SECOND = 1

data = [10, 20, 30]
print(data[Idx(1)], data[Pos.SECOND], (1, 2, 3)[Idx(-1)], "abc"[Idx(2)], b"xyz"[Idx(0)], range(10)[Idx(3)])
data[Idx(0)] = 11
data[Pos.SECOND] = 21
print(data)
del data[Idx(2)]
print(data, bytearray(b"ab")[Idx(1)])
print("ab" * Idx(2), Idx(3) * [0], (1,) * Pos.SECOND, b"-" * Idx(4), bin(Idx(5)), hex(Idx(255)))

class BadIndex:
    def __index__(self): return "x"

for f in [lambda: data[BadIndex()], lambda: data[Idx(5)], lambda: data["k"], lambda: "ab" * 1.5]:
    try:
        f()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
