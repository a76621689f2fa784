# ExceptionGroup validation, SystemExit.code, Unicode error fields, duplicate bases and
# traceback objects (tb_lineno / tb_next / extract_tb / format_tb / limit / chain).
import sys
import traceback

for args in [("x", [1]), ("x", []), ("x", [KeyboardInterrupt()]), ("x", 5)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
g = BaseExceptionGroup("y", [ValueError()])
print(repr(g), type(g).__name__)
print(type(BaseExceptionGroup("z", [KeyboardInterrupt()])).__name__)

print(SystemExit().code, SystemExit(3).code, SystemExit("m").code, SystemExit(1, 2).code)

try:
    b"ab\xffcd".decode()
except UnicodeDecodeError as e:
    print(e, "|", e.encoding, e.object, e.start, e.end, e.reason)
try:
    "caf\xe9 \u2603".encode("ascii")
except UnicodeEncodeError as e:
    print(e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b"\xe9\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)


class A:
    pass


try:
    class B(A, A):
        pass
except TypeError as e:
    print(e)


def inner():
    raise RuntimeError("deep")


def middle():
    inner()


def outer():
    try:
        middle()
    except RuntimeError as e:
        raise KeyError("wrapped") from e


try:
    middle()
except RuntimeError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next.tb_lineno, tb.tb_next.tb_next.tb_next)
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line)
    print("".join(traceback.format_tb(tb, limit=2)), end="")
    print(sys.exc_info()[2].tb_lineno)

try:
    outer()
except KeyError as e:
    traceback.print_exception(e, limit=1, file=sys.stdout)
    print("--")
    traceback.print_exception(e, chain=False, file=sys.stdout)
