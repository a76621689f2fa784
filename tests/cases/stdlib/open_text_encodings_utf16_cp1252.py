# Text files in encodings other than UTF-8: writing, reading whole/line by line/by size,
# BOM handling (written once, skipped once, not again when appending), seek(0), decode
# errors and the `errors=` handlers, and the LookupErrors of open().
import codecs
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "data.txt")
lines = ["row %d: café €5 ½\n" % i for i in range(3000)]
for enc in ["utf-16", "utf-16-be", "cp1252", "latin-1", "utf-8-sig", "utf-32", "iso-8859-15", "cp437"]:
    rows = [l.replace("€", "E") for l in lines] if enc in ("latin-1", "cp437") else lines
    if enc == "iso-8859-15":
        rows = [l.replace("½", "1/2") for l in rows]
    with open(p, "w", encoding=enc) as f:
        f.writelines(rows)
        print(enc, f.encoding, f.errors, f.tell())
    with open(p, "rb") as f:
        print("  head:", f.read(10), os.path.getsize(p))
    with open(p, encoding=enc) as f:
        print("  lines equal:", f.readlines() == rows)
        f.seek(0)
        print("  after seek:", repr(f.readline()), repr(f.read(7)))
    with open(p, encoding=enc) as f:
        print("  iterated:", sum(1 for _ in f))
    with open(p, "a", encoding=enc) as f:
        f.write("the end\n")
    with open(p, encoding=enc) as f:
        text = f.read()
        print("  appended:", repr(text[-20:]), text.count("\ufeff"))

# Several writes make one stream: a single BOM.
with open(p, "w", encoding="utf-16") as f:
    f.write("ab")
    f.write("cd")
print(open(p, "rb").read())

# Decode errors: the position counts from the start of what read() decoded.
with open(p, "wb") as f:
    f.write(b"\xff\xfea\x00b")
try:
    open(p, encoding="utf-16").read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(repr(open(p, encoding="utf-16", errors="replace").read()))
with open(p, "wb") as f:
    f.write(b"ok \x81 \x9d\n")
try:
    open(p, encoding="cp1252").read()
except UnicodeDecodeError as e:
    print(e)
print(repr(open(p, encoding="cp1252", errors="ignore").read()))
try:
    with open(p, "w", encoding="latin-1") as f:
        f.write("price: €")
except UnicodeEncodeError as e:
    print(e)
with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("naïve €\n")
print(open(p, "rb").read())

# newline translation happens before encoding.
with open(p, "w", encoding="utf-16-le", newline="\r\n") as f:
    f.write("a\nb\n")
print(open(p, "rb").read(), repr(open(p, encoding="utf-16-le", newline="").read()))

for bad in ["hex", "rot13", "no-such-codec"]:
    try:
        open(p, encoding=bad)
    except LookupError as e:
        print("LookupError:", e)

# The incremental coders the files use.
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.getstate())
enc.reset()
print(enc.encode("c"))
sig = codecs.getincrementalencoder("utf-8-sig")()
print(sig.encode("x"), sig.encode("y"))
dec = codecs.getincrementaldecoder("utf-16")()
print(repr(dec.decode(b"\xfe")), repr(dec.decode(b"\xff\x00a\x00")), repr(dec.decode(b"b")), dec.getstate())
dec = codecs.getincrementaldecoder("utf-8-sig")()
print(repr(dec.decode(b"\xef\xbb")), repr(dec.decode(b"\xbfz")), repr(dec.decode(b"\xef\xbb\xbfz")))
for data in [b"\xff\xfea\x00b", b"\xfe\xff\x00a\x00", b"a\x00\x00\xdc"]:
    try:
        print(data.decode("utf-16"))
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, e.encoding)

# encoding="locale" (3.10+) is the locale's encoding: UTF-8, reported as such.
with open(p, "w", encoding="locale") as f:
    f.write("héllo\n")
with open(p, encoding="locale") as f:
    print(repr(f.read()), f.encoding)
print(open(p, "rb").read())
