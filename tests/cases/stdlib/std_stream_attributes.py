# Attributes and methods of CPython's sys.stdout / sys.stderr TextIOWrappers.
import sys
for stream in (sys.stdout, sys.stderr):
    # (errors and seekable() depend on the locale and on what the stream is connected to)
    print(stream.name, stream.encoding, stream.mode, stream.closed, stream.writable(), stream.readable())
sys.stdout.writelines(["a\n", "b", "c\n"])
sys.stderr.writelines(("err1\n", "err2\n"))
sys.stdout.writelines([])
print(sys.stdout.write("x\n"))
