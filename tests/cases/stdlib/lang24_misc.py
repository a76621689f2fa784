# Small stdlib corners: in-memory streams' unsupported operations, imports below a module
# that is no package.
import io

for stream in (io.StringIO("text"), io.BytesIO(b"bytes")):
    name = type(stream).__name__
    for method in ("fileno", "detach"):
        try:
            getattr(stream, method)()
        except io.UnsupportedOperation as e:
            print(name, method, "UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
s = io.StringIO()
print(s.line_buffering, s.encoding, s.errors, s.newlines, s.isatty(), s.readable())

for name in ("os.nope", "json.nope", "math.nope", "collections.nope"):
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, "|", e.name)
try:
    import os.missing_child
except ModuleNotFoundError as e:
    print(e)
