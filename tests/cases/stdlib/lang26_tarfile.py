import tarfile, os, tempfile, io, time

with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    os.makedirs("proj/src")
    with open("proj/README.md", "w") as f: f.write("# Project\n")
    with open("proj/src/main.py", "w") as f: f.write("print('hi')\n" * 50)
    for p in ["proj", "proj/src", "proj/README.md", "proj/src/main.py"]:
        os.utime(p, (1700000000, 1700000000))
    with tarfile.open("backup.tar", "w") as tar:
        tar.add("proj")
        data = b"generated content\n"
        info = tarfile.TarInfo(name="extra/gen.txt")
        info.size = len(data)
        info.mtime = 1600000000
        tar.addfile(info, io.BytesIO(data))
    print(os.path.getsize("backup.tar"), tarfile.is_tarfile("backup.tar"), tarfile.is_tarfile("proj/README.md"))
    with tarfile.open("backup.tar") as tar:
        print(tar.getnames())
        for m in tar.getmembers():
            print(m.name, m.size, m.isdir(), m.isfile(), oct(m.mode) if m.isfile() else "", m.mtime, m.type, repr(m).split(" at ")[0])
        f = tar.extractfile("proj/README.md")
        print(f.read())
        print(tar.extractfile("extra/gen.txt").readlines())
        print(tar.extractfile("proj"))
        m = tar.getmember("proj/src/main.py"); print(m.name, m.size, m.uname == "" or True)
        try: tar.getmember("nope")
        except KeyError as e: print("KeyError", e)
        tar.extractall("out")
    for root, dirs, files in sorted(os.walk("out")):
        print(root, sorted(dirs), sorted(files))
    print(open("out/extra/gen.txt").read(), os.path.getmtime("out/extra/gen.txt"))
    with tarfile.open("b.tar.gz", "w:gz") as tar:
        tar.add("proj/README.md", arcname="readme.txt")
        tar.add("proj/src", arcname="code", filter=lambda ti: None if ti.name.endswith(".py") else ti)
    with tarfile.open("b.tar.gz", "r:gz") as tar:
        print([(m.name, m.size) for m in tar])
    with tarfile.open("b.tar.gz") as tar:
        print(tar.getnames())
    with tarfile.open("backup.tar", "a") as tar:
        tar.add("proj/README.md", arcname="appended.md")
    with tarfile.open("backup.tar") as tar:
        print(tar.getnames()[-2:], os.path.getsize("backup.tar"))
    try: tarfile.open("proj/README.md")
    except tarfile.ReadError as e: print("ReadError", e)
    try: tarfile.open("nosuch.tar")
    except FileNotFoundError as e: print("FNF", e.strerror)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        ti = tarfile.TarInfo("x.txt"); ti.size = 3; tar.addfile(ti, io.BytesIO(b"abc"))
    print(len(buf.getvalue()))
    buf.seek(0)
    with tarfile.open(fileobj=buf) as tar:
        print(tar.getnames(), tar.extractfile("x.txt").read())
    print(repr(tarfile.TarInfo("a/b")).split(" at ")[0], tarfile.REGTYPE, tarfile.DIRTYPE, tarfile.DEFAULT_FORMAT == tarfile.PAX_FORMAT)
