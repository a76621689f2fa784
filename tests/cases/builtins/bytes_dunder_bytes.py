# bytes() uses __bytes__ (bytearray() does not), whose result must be bytes or a bytes subclass; %b too.
class By:
    def __bytes__(self): return b'hi'
    def __iter__(self): return iter([65])
print(bytearray(By()), bytes(By()))
class Bad:
    def __bytes__(self): return "x"
class BA:
    def __bytes__(self): return bytearray(b"x")
class Sub(bytes): pass
class R:
    def __bytes__(self): return Sub(b"sub")
for f in (lambda: bytes(Bad()), lambda: bytes(BA()), lambda: bytes(R()), lambda: b"%b" % Bad(), lambda: b"%b" % R()):
    try: print(f())
    except TypeError as e: print(e)
