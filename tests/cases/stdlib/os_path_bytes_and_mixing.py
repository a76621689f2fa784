import os.path, posixpath
print(os.path.join(b"a", b"b"), os.path.join(b"/x", b"/y", b"z"))
print(os.path.basename(b"/a/b.txt"), os.path.dirname(b"/a/b.txt"), os.path.split(b"/a/b"))
print(os.path.splitext(b"x.tar.gz"), os.path.splitext(b".bashrc"))
print(os.path.normpath(b"/a//b/../c/."), os.path.abspath(b"/a/./b"))
print(os.path.isabs(b"/a"), os.path.splitdrive(b"/a"))
print(os.path.commonprefix([b"/ab", b"/ac"]))
print(os.path.commonpath([b"/a/b", b"/a/c"]))
print(os.path.relpath(b"/a/b/c", b"/a"))
print(os.path.expanduser(b"x"), os.path.normcase(b"A"))
print(os.path.exists(b"/tmp"), os.path.isdir(b"/tmp"))
for f, args in [(os.path.join, ("a", b"b")), (os.path.join, (b"a", "b")), (os.path.join, (1, "a")),
                (os.path.join, ("a", 1)), (os.path.basename, (1,)), (os.path.splitext, (None,)),
                (os.path.commonpath, (["/a", b"/b"],)), (os.path.commonpath, ([],)),
                (os.path.relpath, ("a", b"b")), (os.path.normpath, (3,)), (os.path.dirname, (3.5,)),
                (os.path.commonpath, (["/a", "b"],)), (os.path.relpath, ("",)), (os.path.isabs, (1,))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(os.fsencode("a"), os.fsdecode(b"a"), os.fspath(b"x"))
import pathlib
print(os.path.join(pathlib.Path("a"), "b"), os.path.basename(pathlib.PurePath("/x/y.py")))
class Bad:
    def __fspath__(self): return 3
for f in (os.fspath, os.path.basename):
    try: f(Bad())
    except TypeError as e: print(e)
print(os.path.join("a"), os.path.join(b"a"), os.path.join("a/", "b", "", "c"))
print(os.path.normpath(b""), os.path.normpath(b"//a/.."), os.path.split(b"//"), os.path.dirname(b"///x"))
print(os.path.expanduser(b"~/x") == os.fsencode(os.path.expanduser("~/x")))
print(os.path.commonprefix(["abc", "abd"]), os.path.commonprefix([]))
print(os.path.splitext("a/b.c/d"), os.path.splitext("..x"), os.path.splitext(b"a/..b.c"))
