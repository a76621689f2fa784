# except* re-raising: re-raised parts keep the original group shape, new ones come first; a naked exception is wrapped in a tuple-built group; derive keeps its sequence
def show(f):
    try: f()
    except BaseException as e: print(repr(e)); print(repr(e.__context__), repr(e.__cause__))
def a():
    try: raise ExceptionGroup("a", [ValueError(1), KeyError(2)])
    except* ValueError: raise TypeError(3)
show(a)
def b():
    try: raise ValueError(1)
    except* ValueError as g: raise g.exceptions[0]
show(b)
def c():
    try: raise ExceptionGroup("a", [ValueError(1), KeyError(2)])
    except* ValueError: raise
show(c)
def d():
    try: raise ValueError(1)
    except* ValueError: raise TypeError(9)
show(d)
def e():
    try: raise ExceptionGroup("a", [ValueError(1), KeyError(2)])
    except* ValueError: raise TypeError(3)
    except* KeyError: raise OSError(4)
show(e)
eg = ExceptionGroup("x", [ValueError(1), TypeError(2), ExceptionGroup("y", [ValueError(3)])])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.derive([1]) if False else repr(eg.derive([ValueError(5)])))
print(str(eg), eg.message, eg.exceptions)
try: ExceptionGroup("x", [])
except ValueError as ex: print(ex)
try: ExceptionGroup("x", [1])
except ValueError as ex: print(ex)
try: ExceptionGroup("x", ValueError())
except TypeError as ex: print(ex)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
try: ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as ex: print(ex)
e = ValueError("v"); e.add_note("note1"); e.add_note("n2"); print(e.__notes__)
try: e.add_note(3)
except TypeError as ex: print(ex)
def c():
    g = ExceptionGroup("a", [ValueError(1), KeyError(2)])
    g.add_note("hi")
    try: raise g
    except* ValueError: raise
show(c)
def c2():
    try: raise ExceptionGroup("a", [ValueError(1), KeyError(2), ExceptionGroup("b", [ValueError(3), OSError(4)])])
    except* ValueError: raise
    except* OSError: pass
show(c2)
def c3():
    try: raise ExceptionGroup("a", [ValueError(1), KeyError(2), ExceptionGroup("b", [ValueError(3), OSError(4)])])
    except* ValueError: raise
    except* OSError: raise RuntimeError("new")
show(c3)
def c4():
    try: raise ExceptionGroup("a", [ValueError(1), KeyError(2)])
    except* ValueError as g: raise g
show(c4)
print(repr(eg.derive((KeyError(1),))), repr(BaseExceptionGroup("m", (ValueError(),))))
