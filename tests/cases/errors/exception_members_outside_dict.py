class E(Exception): pass
for f in [lambda: AttributeError(foo=1), lambda: NameError(obj=1), lambda: ValueError(x=1), lambda: ImportError(foo=1), lambda: KeyError(a=1), lambda: ModuleNotFoundError(foo=1), lambda: E(x=1), lambda: UnboundLocalError(foo=1), lambda: AttributeError(name=1, obj=2, foo=3), lambda: AttributeError("a", "b", name=1).args, lambda: OSError(2, "x", foo=1)]:
    try: print(f())
    except TypeError as x: print(x)
e = AttributeError("a", name="n", obj=1); print(e.name, e.obj, e.args, e.__dict__)
del e.name; print(e.name)
e.name = 5; print(e.name, e.__dict__)
try: [].foo
except AttributeError as x: print(x.name, x.obj, x.__dict__)
try: undefined_thing
except NameError as x: print(x.name, x.__dict__)
try: import no_such_module_xyz
except ImportError as x: print(x.name, x.path, x.msg, x.__dict__)
try: from os import no_such_name_xyz
except ImportError as x: print(x.name, x.__dict__)
e = OSError(2, "No such file", "a.txt", None, "b.txt"); print(e, e.filename, e.filename2, e.__dict__, e.args)
e.filename = "c"; e.errno = 5; print(e, e.__dict__)
e = SystemExit(3); e.code = 4; print(e.code, e.__dict__)
e = SyntaxError("m", ("f", 1, 2, "t", 1, 3)); e.lineno = 9; print(e.lineno, e.__dict__)
class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg); self.code = code
e = MyErr("m", 3); print(e.__dict__, e.args)
class MyAttr(AttributeError): pass
print(MyAttr("x", name="q").name)
e = StopIteration(5); e.value = 6; print(e.value)
for e in [OSError(2, "x", "f"), StopIteration(5), SystemExit(3), ImportError("m", name="n", path="p"), SyntaxError("m", ("f", 1, 2, "t", 1, 3)), KeyError(1), UnicodeDecodeError("utf-8", b"x", 0, 1, "r"), ExceptionGroup("g", [ValueError()]), AttributeError("a", name="n", obj=1), NameError("x", name="y"), StopAsyncIteration(), BaseException()]:
    print(type(e).__name__, e.__dict__)
e = ValueError()
e.__traceback__ = None
e.__cause__ = None
e.__notes__ = ["x"]
print(e.__dict__)
try:
    raise KeyError(1)
except KeyError as k:
    print(k.__dict__)
