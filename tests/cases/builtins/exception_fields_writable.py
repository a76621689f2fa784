def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
e = SystemExit(2); e.code = "x"; print(e.code, e.args)
e = StopIteration(1); e.value = 5; print(e.value, e.args)
e = OSError(2, "no"); e.errno = 3; e.strerror = "s"; e.filename = "f"; e.filename2 = "g"; print(e, e.args)
e = ImportError("m", name="n"); e.name = "q"; e.path = "p"; e.msg = "mm"; print(e.name, e.path, e.msg, e)
e = SyntaxError("m", ("f", 1, 2, "t", 1, 3)); e.msg = "x"; e.lineno = 5; e.offset=1; e.text="y"; e.filename="z"; print(e, e.args)
e = AttributeError("a", name="n", obj=1); e.name = "m"; e.obj = 2; print(e.name, e.obj)
e = NameError("a", name="n"); e.name = "m"; print(e.name)
e = UnicodeDecodeError("utf-8", b"ab", 0, 1, "bad"); e.start = 1; e.reason = "r"; e.end = 2; print(e)
e = StopIteration(1)
t(lambda: delattr(e, "value"))
e = SystemExit(3)
t(lambda: delattr(e, "code"))
print(e.code)
e = KeyError(1); e.args = (2,); print(e)
e = BaseException(1); e.args = [3, 4]; print(e.args)
for a in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4, 5), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*a)
    print(repr(e), str(e), e.errno, e.strerror, e.filename)
e = OSError("x"); e.errno = 5; print(str(e))
e = OSError("x"); e.strerror = "bad"; print(str(e))
e = OSError("x"); e.errno = 5; e.strerror = "bad"; print(str(e), e.args)
try:
    raise SystemExit(4)
except SystemExit as e:
    e.code = 7
    print(e.code)
import sys
e = SyntaxError("m", ("f.py", 1, 2, "t", 1, 3)); e.lineno = 9; print(e)
raise SystemExit(1) from None
