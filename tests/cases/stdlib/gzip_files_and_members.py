import gzip, io, os, tempfile, shutil
data = b"line one\nline two\n" * 100
c = gzip.compress(data, mtime=0)
print(len(c), c[:12].hex(), c[-8:].hex(), gzip.decompress(c) == data)
print(gzip.compress(b"abc", compresslevel=1, mtime=12345).hex(), gzip.compress(b"abc", 6, mtime=1).hex())
print(gzip.decompress(gzip.compress(b"a", mtime=0) + gzip.compress(b"b", mtime=0)))
for bad in [b"not gzip data", c[:-4], c[:5], c[:-8] + b"\x00" * 8]:
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, e)
d = tempfile.mkdtemp()
path = os.path.join(d, "notes.txt.gz")
with gzip.GzipFile(path, "wb", mtime=0) as f:
    f.write(b"hello\n"); f.write(b"world\n")
raw = open(path, "rb").read()
print(raw.hex())
with gzip.open(path) as f:
    print(f.read(), f.mtime)
with gzip.open(path, "rt", encoding="utf-8") as f:
    for line in f:
        print(repr(line))
with gzip.open(path, "wt") as f:
    f.write("text mode ü\n" * 3)
with gzip.open(path, "rt") as f:
    print(f.readlines())
with gzip.open(path, "rb") as f:
    print(f.readline(), list(f))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
    g.write(data)
print(buf.getvalue()[:16].hex(), gzip.decompress(buf.getvalue()) == data)
try:
    gzip.open(path, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
try:
    with gzip.open(path, "rb") as f:
        f.write(b"x")
except OSError as e:
    print(type(e).__name__, e)
shutil.rmtree(d)
