# Step-1 slices of lists, tuples, str, bytes and bytearray copy one run; a full slice of an
# immutable sequence is the object itself, as in CPython.
l = list(range(10)); t = tuple(l); s = "héllo wörld"; b = b"hello world"; ba = bytearray(b)
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(5, 2), slice(-100, 100), slice(None, -1), slice(3, 3), slice(None, None, 2), slice(8, 1, -2), slice(None, None, -1), slice(100, 200)]:
    print(sl, l[sl], t[sl], s[sl], b[sl], ba[sl])
print(t[:] is t, s[:] is s, b[:] is b, l[:] is l, ba[:] is ba, t[0:10] is t, s[0:] is s)
class I:
    def __index__(self): return 2
print(l[I():], s[:I()], b[I():I()])
try:
    l["a":]
except TypeError as e: print(e)
