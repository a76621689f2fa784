# Exceptions: hierarchy, try/except/else/finally ordering, chaining, custom classes, args.
def order(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order(False), order(True))

def finally_return():
    try:
        return "try"
    finally:
        return "finally"
print(finally_return())

def finally_swallows():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return i
print(finally_swallows())

def finally_runs_on_return():
    try:
        return 1
    finally:
        print("cleanup")
print(finally_runs_on_return())

for exc in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError, StopIteration, KeyboardInterrupt, UnicodeDecodeError, NotImplementedError, ModuleNotFoundError):
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])

try:
    {}["k"]
except (IndexError, KeyError) as e:
    print(type(e).__name__, e, e.args, repr(e))
try:
    1 / 0
except ArithmeticError as e:
    print(repr(e), isinstance(e, Exception))

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing")
except AppError as e:
    print(e, repr(e), e.args, e.code, type(e).__name__)

class Plain(Exception):
    pass
print(repr(Plain()), str(Plain()), repr(Plain("a", 1)), str(Plain("a", 1)), str(Plain("only")))

def reraise():
    try:
        raise TypeError("inner")
    except TypeError:
        raise
try:
    reraise()
except TypeError as e:
    print("re-raised", e)

try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise RuntimeError("second") from e
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        raise ValueError("x")
    except ValueError:
        raise KeyError("y") from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

def name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return str(e)
print(name_cleared())

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

e = Exception("a", "b")
e.args = ("changed",)
print(e, e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)

import sys
try:
    raise IndexError("info")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())

def nested_handlers():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError as inner:
            print(repr(inner.__context__))
        print(repr(sys.exc_info()[1]))
nested_handlers()

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e))
print(BaseException.__subclasses__ is not None, issubclass(KeyError, LookupError))
try:
    raise SystemExit(4)
except SystemExit as e:
    print("SystemExit", e.code)
