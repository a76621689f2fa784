# Index and count arguments are C Py_ssize_t in CPython: an int beyond 64 bits raises
# OverflowError instead of being clamped, and is converted before the container is looked at.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r)

B = 10**20
show("list.pop", lambda: [1].pop(B))
show("list.pop neg", lambda: [1].pop(-B))
show("empty list.pop", lambda: [].pop(B))
show("list.insert", lambda: [1].insert(B, 5))
show("str.split", lambda: "a b".split(" ", B))
show("str.rsplit", lambda: "a b".rsplit(None, -B))
show("str.replace", lambda: "a".replace("a", "b", B))
show("bytes.replace", lambda: b"a".replace(b"a", b"b", B))
show("bytes.split", lambda: b"a b".split(None, B))
show("bytearray.pop", lambda: bytearray(b"a").pop(B))
show("empty bytearray.pop", lambda: bytearray().pop(B))
show("to_bytes huge", lambda: (1).to_bytes(B, "big"))
show("to_bytes unallocatable", lambda: (1).to_bytes(2**62, "big"))
show("list.pop ok", lambda: [1, 2, 3].pop(-2))
show("list.insert clamp", lambda: (lambda l: (l.insert(-100, 0), l)[1])([1, 2]))
