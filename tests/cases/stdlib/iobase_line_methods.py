# io.IOBase's own readline/readlines/writelines, which subclasses that only read or write inherit (CPython's _io._IOBase).
import io
class R(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
    def read(self, n=-1):
        if n < 0:
            n = len(self.data)
        out, self.data = self.data[:n], self.data[n:]
        return out
    def readable(self): return True
print(R(b"ab\ncd\nef").readlines(), R(b"ab\ncd\nef").readlines(3), list(R(b"x\ny")))
print(R(b"hello\nworld").readline(), R(b"hello\nworld").readline(3))
class W(io.RawIOBase):
    def __init__(self): self.got = []
    def write(self, b): self.got.append(b); return len(b)
    def writable(self): return True
w = W(); w.writelines([b"a", b"b"]); print(w.got)
w.close()
try:
    w.writelines([b"c"])
except ValueError as e:
    print(e)
