# open()'s buffering argument: 0 writes binary data through at once (another reader of the
# pipe sees it before close), 1 flushes text at each line end, text cannot be unbuffered,
# and the argument must be an integer.
import os
import tempfile

r, w = os.pipe()
raw = open(w, "wb", buffering=0)
print(raw.write(b"hi"), os.read(r, 10))
raw.close()
os.close(r)

r, w = os.pipe()
text = open(w, "w", buffering=1)
text.write("partial")
text.write(" line\n")
print(os.read(r, 100))
text.close()
os.close(r)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bin")
    for bad in ["x", 1.5, None]:
        try:
            open(path, "wb", buffering=bad).close()
            print("accepted", bad)
        except TypeError as e:
            print(e)
    try:
        open(path, "w", buffering=0)
    except ValueError as e:
        print(e)
    with open(path, "wb", buffering=0) as g:
        g.write(b"abc")
        with open(path, "rb") as again:
            print(again.read())
