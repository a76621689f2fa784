import tarfile, os, tempfile, io, hashlib
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    os.makedirs("a/" + "deep" * 30 + "/x")
    long = "a/" + "deep" * 30 + "/x/file_with_a_long_name_" + "n" * 40 + ".txt"
    with open(long, "w") as f: f.write("L" * 700)
    with open("a/ünï.txt", "w") as f: f.write("unicode\n")
    os.symlink("ünï.txt", "a/link")
    for root, dirs, files in os.walk("a"):
        for n in dirs + files:
            os.utime(os.path.join(root, n), (1700000000, 1700000000), follow_symlinks=False)
    os.utime("a", (1700000000, 1700000000))
    for fmt in (tarfile.PAX_FORMAT, tarfile.GNU_FORMAT, tarfile.USTAR_FORMAT):
        name = f"f{fmt}.tar"
        try:
            with tarfile.open(name, "w", format=fmt) as t:
                t.add("a")
        except ValueError as e:
            print("ValueError", e)
        data = open(name, "rb").read()
        print(fmt, len(data), hashlib.md5(data).hexdigest())
        with tarfile.open(name) as t:
            for m in t:
                print(" ", len(m.name), m.name[-20:], m.type, m.linkname, m.mtime, m.size, sorted(m.pax_headers))
    with tarfile.open("f2.tar") as t:
        t.list(verbose=False)
        print(t.extractfile("a/link").read())
        t.extractall("out", filter="data")
        print(sorted(os.listdir("out/a")), os.readlink("out/a/link"))
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        for name in ["../evil.txt", "/abs.txt", "ok.txt"]:
            ti = tarfile.TarInfo(name); ti.size = 2; ti.mode = 0o777; t.addfile(ti, io.BytesIO(b"hi"))
    buf.seek(0)
    with tarfile.open(fileobj=buf) as t:
        for m in t.getmembers():
            for flt in (tarfile.data_filter, tarfile.tar_filter):
                try:
                    r = flt(m, "dest")
                    print(m.name, "->", r.name, oct(r.mode) if r.mode is not None else None, r.uid, r.uname)
                except tarfile.FilterError as e:
                    print(type(e).__name__, str(e).replace(os.path.realpath(d), "<tmp>"))
        try: t.extractall("dest", filter="data")
        except tarfile.OutsideDestinationError as e: print("outside", e.tarinfo.name)
        try: t.extractall("dest", filter="nope")
        except ValueError as e: print(e)
    ti = tarfile.TarInfo("x"); ti.mtime = None
    try: ti.tobuf()
    except ValueError as e: print(e)
    print(tarfile.TarInfo("d").tobuf(tarfile.USTAR_FORMAT)[:120], len(tarfile.TarInfo("é").tobuf()))
    try: tarfile.open("f2.tar", "r:bz2")
    except tarfile.ReadError as e: print("RE", e)
    try: tarfile.open("f2.tar", "r:zz")
    except tarfile.CompressionError as e: print("CE", e)
    try: tarfile.open("f2.tar", "q")
    except ValueError as e: print("VE", e)
    t = tarfile.open("f2.tar"); t.close()
    try: t.getnames()
    except OSError as e: print(e)
    with tarfile.open("f2.tar") as t:
        try: t.add("a")
        except OSError as e: print(e)

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as t:
    for i, (name, kind) in enumerate([("docs", tarfile.DIRTYPE), ("docs/a.txt", tarfile.REGTYPE), ("docs/l", tarfile.SYMTYPE), ("docs/h", tarfile.LNKTYPE)]):
        ti = tarfile.TarInfo(name); ti.type = kind; ti.mtime = 86400 * 365 * (i + 30); ti.uname = "alice"; ti.gname = "staff"; ti.uid = 1000; ti.gid = 50
        if kind == tarfile.REGTYPE:
            ti.size = 5; t.addfile(ti, io.BytesIO(b"hello"))
        else:
            if kind != tarfile.DIRTYPE: ti.linkname = "docs/a.txt" if kind == tarfile.LNKTYPE else "a.txt"
            if kind == tarfile.DIRTYPE: ti.mode = 0o755
            t.addfile(ti)
buf.seek(0)
with tarfile.open(fileobj=buf, mode="r:gz") as t:
    t.list()
    print(t.extractfile("docs/h").read(), t.extractfile("docs/l").read(), t.extractfile("docs"))
    print([(m.name, m.islnk(), m.issym(), m.isdir(), m.uid, m.gname) for m in t])
print(tarfile.is_tarfile(io.BytesIO(b"x" * 600)), tarfile.is_tarfile(buf))
