# sys.stdout/sys.stderr with another codec: reconfigure() (checks, the new encoding and
# error handler, strict by default), codecs.getwriter/getreader stream wrappers, and a
# TextIOWrapper over sys.stdout.buffer closing the shared stream when it is collected.
import codecs
import io
import sys

b = io.BytesIO()
w = codecs.getwriter("gbk")(b)
w.write("中文")
w.writelines(["一", "二"])
print(b.getvalue(), type(w).__name__, isinstance(w, codecs.StreamWriter))
r = codecs.getreader("utf-8")(io.BytesIO("第一行\n第二行\nthird".encode()))
print(repr(r.readline()), repr(r.read()), repr(r.read()))
r = codecs.getreader("gbk")(io.BytesIO("甲\n乙\n".encode("gbk")))
print([line for line in r])
r = codecs.getreader("utf-8")(io.BytesIO("abcdé".encode()))
print(repr(r.read(3)), repr(r.read(2)), repr(r.read()))
print(codecs.lookup("utf-8").streamwriter.__name__, codecs.getreader("latin-1").__name__)

sys.stdin.reconfigure(encoding="utf-8")
sys.stdout.reconfigure(encoding="utf-8")
print("重新配置", sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(encoding="gbk", errors="replace")
print("gbk 输出 €", sys.stdout.encoding, sys.stdout.errors, repr(sys.stdout))
sys.stdout.write("写入\n")
sys.stdout.reconfigure(encoding="UTF8")
print(sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(errors="replace", line_buffering=True)
print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering)
for bad in [dict(encoding=1), dict(bogus=1), dict(encoding="nope"), dict(newline="x")]:
    try:
        sys.stdout.reconfigure(**bad)
    except (TypeError, LookupError, ValueError) as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure("utf-8")
except TypeError as e:
    print(e)

wrapper = codecs.getwriter("utf-8")(sys.stdout.buffer)
wrapper.write("编解码器写入\n")
sys.stdout.flush()
sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8")
print("包装后", sys.stdout.encoding, type(sys.stdout).__name__)
sys.stdout.flush()
sys.stdout = sys.__stdout__
try:
    print("the wrapper closed the shared stream")
except ValueError as e:
    print("ValueError:", e, file=sys.stderr)

sys.stderr.reconfigure(encoding="ascii", errors="backslashreplace")
print("错误", file=sys.stderr)
print(sys.stderr.encoding, sys.stderr.errors, file=sys.stderr)
raise ValueError("中文")
