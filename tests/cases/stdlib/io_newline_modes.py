# Reading text with each newline= mode: which line ends split lines, which are
# translated, and the newlines attribute, for open() files and io.TextIOWrapper.
import io
import os
import tempfile

data = b"a\r\nb\rc\nd\r\n\re"
fd, path = tempfile.mkstemp()
os.write(fd, data)
os.close(fd)
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=nl) as f:
        print("open", repr(nl), f.readlines(), repr(f.newlines))
    with open(path, newline=nl) as f:
        print("  read", repr(f.read()), repr(f.newlines))
    with open(path, newline=nl) as f:
        print("  iter", [line for line in f])
    wrapper = io.TextIOWrapper(io.BytesIO(data), newline=nl)
    print("wrapper", repr(nl), wrapper.readlines(), repr(wrapper.newlines))

with open(path, "w") as f:
    print(f.newlines)
with open(path, "w", newline="") as f:
    f.write("one\rtwo\r")
with open(path, newline=None) as f:
    print(repr(f.newlines), repr(f.readline()), repr(f.newlines), f.readlines())
with open(path, "rb") as f:
    print(f.read())
os.remove(path)

# open()'s mode checks and the text layer's buffering attributes
for mode in ["rw", "r++", "rr", "", "b", "t", "rbt", "x+w", "z", "wa", "U", "r+b+", "+"]:
    try:
        open(__file__, mode)
    except ValueError as e:
        print(repr(mode), e)
scratch = tempfile.mkstemp()[1]
with open(scratch, "w", buffering=1) as f:
    print(f.line_buffering, f.write_through)
with open(scratch, "w") as f:
    print(f.line_buffering, f.write_through)
os.remove(scratch)
