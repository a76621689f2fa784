# shutil.make_archive / unpack_archive with the tar and gzip'ed tar formats (and zip).
import os
import shutil
import tarfile
import tempfile

d = tempfile.mkdtemp()
src = os.path.join(d, "src")
os.makedirs(os.path.join(src, "sub"))
for name in ["a.txt", "sub/b.txt"]:
    with open(os.path.join(src, name), "w") as f:
        f.write(name * 3)

names = dict(shutil.get_archive_formats())
print(names["tar"], names["gztar"], names["zip"])
print([(n, exts) for n, exts, _ in shutil.get_unpack_formats() if n in ("tar", "gztar", "zip")])
for fmt in ["tar", "gztar", "zip"]:
    archive = shutil.make_archive(os.path.join(d, "out"), fmt, root_dir=src)
    print(os.path.relpath(archive, d))
    dest = os.path.join(d, "unpacked-" + fmt)
    shutil.unpack_archive(archive, dest)
    print(sorted(os.path.relpath(os.path.join(r, f), dest) for r, _, fs in os.walk(dest) for f in fs))

with tarfile.open(os.path.join(d, "out.tar.gz")) as tar:
    print(sorted(tar.getnames()), tar.extractfile("./sub/b.txt").read())

# base_dir picks a subtree; a relative base_name lands in the current directory
here = os.getcwd()
os.chdir(d)
print(shutil.make_archive("only-sub", "tar", root_dir=src, base_dir="sub") == os.path.join(d, "only-sub.tar"))
with tarfile.open("only-sub.tar") as tar:
    print(sorted(tar.getnames()))
shutil.unpack_archive("only-sub.tar", "by-format", format="tar")
print(sorted(os.listdir("by-format")))
os.chdir(here)

for call in (lambda: shutil.make_archive(os.path.join(d, "x"), "rar"),
             lambda: shutil.unpack_archive(os.path.join(d, "out.tar"), d, format="rar"),
             lambda: shutil.unpack_archive(os.path.join(src, "a.txt"), d),
             lambda: shutil.unpack_archive(os.path.join(src, "a.txt"), d, format="gztar")):
    try:
        call()
    except (ValueError, shutil.ReadError) as e:
        print(type(e).__name__, str(e).replace(d, "D"))
shutil.rmtree(d)
