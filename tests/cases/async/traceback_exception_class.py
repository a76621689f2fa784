# traceback.TracebackException (from_exception, stack, cause/context/exceptions, format with
# and without chain, limit, compact, SyntaxError fields, print) formats as CPython does.
import traceback, sys

def inner():
    raise ValueError("inner problem")

def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("outer problem") from e

try:
    outer()
except RuntimeError as exc:
    te = traceback.TracebackException.from_exception(exc)
    print(te.exc_type, str(te), te.__suppress_context__)
    print(type(te.stack).__name__, [(f.name, f.lineno, f.line) for f in te.stack])
    print(te.__cause__.exc_type.__name__, te.__context__)
    print("".join(te.format()), end="")
    print("---")
    print("".join(te.format(chain=False)), end="")
    print(list(te.format_exception_only()))
    te.print(file=sys.stdout)
    te2 = traceback.TracebackException(type(exc), exc, exc.__traceback__, limit=1)
    print("".join(te2.format()), end="")
    print(te == traceback.TracebackException.from_exception(exc))
    tc = traceback.TracebackException.from_exception(exc, compact=True)
    print(tc.__context__ is None, tc.__cause__ is not None)

try:
    compile("x = (", "<s>", "exec")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.offset, te.msg, te.end_lineno)
    print("".join(te.format_exception_only()), end="")

try:
    raise ExceptionGroup("grp", [KeyError("a"), ExceptionGroup("sub", [OSError("b")])])
except ExceptionGroup as eg:
    te = traceback.TracebackException.from_exception(eg)
    print(len(te.exceptions), te.exceptions[1].exceptions[0].exc_type)
    print("".join(te.format()), end="")

e = ValueError("noted")
e.add_note("a note")
te = traceback.TracebackException.from_exception(e)
print(te.__notes__, te.stack, list(te.format()))
te = traceback.TracebackException(None, None, None)
print(list(te.format()), list(te.format_exception_only()))
