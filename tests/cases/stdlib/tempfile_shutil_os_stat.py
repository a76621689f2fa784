import tempfile, os, shutil
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("tmp"), len(os.path.basename(d)), os.listdir(d))
    p = os.path.join(d, "a.txt")
    with open(p, "w") as f:
        f.write("hello\n")
    st = os.stat(p)
    print(st.st_size, type(st.st_mtime), st[6], len(st), oct(st.st_mode & 0o777), os.path.getsize(p))
    shutil.copy(p, os.path.join(d, "b.txt"))
    os.mkdir(os.path.join(d, "sub"))
    shutil.copy(p, os.path.join(d, "sub"))
    shutil.copy2(p, os.path.join(d, "c.txt"))
    print(sorted(os.listdir(d)), os.listdir(os.path.join(d, "sub")))
    shutil.copytree(os.path.join(d, "sub"), os.path.join(d, "sub2"))
    shutil.move(os.path.join(d, "c.txt"), os.path.join(d, "sub2"))
    print(sorted(os.listdir(os.path.join(d, "sub2"))))
    shutil.rmtree(os.path.join(d, "sub"))
    print(sorted(os.listdir(d)))
    try:
        shutil.rmtree(os.path.join(d, "nope"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)
    shutil.rmtree(os.path.join(d, "nope"), ignore_errors=True)
    with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=d) as tf:
        tf.write("data"); tf.seek(0); print(tf.read(), tf.name.endswith(".log"), os.path.exists(tf.name))
    print(os.path.exists(tf.name))
    tf = tempfile.NamedTemporaryFile(delete=False, dir=d, prefix="keep_")
    tf.write(b"xyz"); tf.close(); print(os.path.basename(tf.name).startswith("keep_"), open(tf.name, "rb").read())
    fd, name = tempfile.mkstemp(dir=d, suffix=".bin")
    os.write(fd, b"raw"); os.close(fd); print(open(name, "rb").read(), oct(os.stat(name).st_mode & 0o777))
    sd = tempfile.mkdtemp(dir=d); print(os.path.isdir(sd), oct(os.stat(sd).st_mode & 0o777))
    with tempfile.TemporaryFile() as t:
        t.write(b"abc"); t.seek(0); print(t.read())
    for e in sorted(os.scandir(d), key=lambda e: e.name):
        if e.name in ("a.txt", "sub2"):
            print(e, e.is_file(), e.is_dir())
    try:
        shutil.copyfile(p, p)
    except shutil.SameFileError as e:
        print("same file")
print(os.path.exists(d))
t = tempfile.TemporaryDirectory(); n = t.name; print(repr(t) == f"<TemporaryDirectory {n!r}>"); t.cleanup(); print(os.path.exists(n))
print(os.access(".", os.R_OK), os.access("/nonexistent", os.F_OK))
try: os.stat("/nonexistent/x")
except FileNotFoundError as e: print(e)
sp = tempfile.SpooledTemporaryFile()
sp.write(b"hi"); sp.seek(0); print(sp.read())
