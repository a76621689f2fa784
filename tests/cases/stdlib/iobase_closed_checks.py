import io
class R(io.RawIOBase):
    def readinto(self, b): return 0
    def readable(self): return True
r = R(); r.close()
for op in ("enter", "iter"):
    try:
        r.__enter__() if op == "enter" else iter(r)
    except ValueError as e:
        print(op, e)
class B(io.BufferedIOBase):
    pass
b = B(); print(b.closed); b.close(); print(b.closed)
try:
    with b: pass
except ValueError as e:
    print(e)
