# Which error wins when several arguments are wrong, and counts past a C ssize_t.
from collections import deque

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def imul(seq, n):
    seq *= n
    return seq

lst = [1, 2, 3]
show("list *= 2**70", lambda: imul(lst, 2**70))
print("list after", lst)
show("list *= 2", lambda: imul([1, 2], 2))
show("list *= -1", lambda: imul([1, 2], -1))
show("deque *= 2**70", lambda: imul(deque([1]), 2**70))
show("deque * 2", lambda: deque([1, 2]) * 2)
show("bytearray *= 2**70", lambda: imul(bytearray(b"ab"), 2**70))
show("{}.pop([1])", lambda: {}.pop([1]))
show("{}.pop([1], 'dflt')", lambda: {}.pop([1], "dflt"))
show("{1: 2}.pop([1])", lambda: {1: 2}.pop([1]))
show("b.hex(1, 1.5)", lambda: b"abc".hex(1, 1.5))
show("b.hex('-', 2)", lambda: b"abcdef".hex("-", 2))
show("b.index(2**70)", lambda: b"abc".index(2**70))
show("b.count(True)", lambda: b"a\x01\x01".count(True))
show("b.find(256)", lambda: b"abc".find(256))

def setitem(obj, key, value):
    obj[key] = value
    return obj

show("ba[-100] = 2**70", lambda: setitem(bytearray(b"xy"), -100, 2**70))
show("ba[2**70] = {}", lambda: setitem(bytearray(b"xy"), 2**70, {}))
show("ba[5] = 1", lambda: setitem(bytearray(b"xy"), 5, 1))
show("ba[::0] = 1", lambda: setitem(bytearray(b"xy"), slice(None, None, 0), 1))
show("ba[0:1] = 1", lambda: setitem(bytearray(b"xy"), slice(0, 1), 1))
show("ba.insert(2**70, -1)", lambda: bytearray(b"xy").insert(2**70, -1))
show("ba.insert(1, 300)", lambda: bytearray(b"xy").insert(1, 300))
show("ba.insert(-10, 65)", lambda: bytearray(b"xy").insert(-10, 65))
