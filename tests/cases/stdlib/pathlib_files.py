import json, tempfile, os, pathlib
with tempfile.TemporaryDirectory() as d:
    p = pathlib.Path(d) / "data.json"
    with open(p, "w") as f:
        json.dump({"a": [1, 2, {"b": None}], "c": "ü"}, f, indent=4, ensure_ascii=False)
    print(p.read_text(encoding="utf-8"))
    with p.open() as f:
        print(json.load(f))
    p.write_text("hello\nworld\n")
    print(p.read_text().splitlines(), p.stat().st_size, p.exists(), p.is_file(), p.is_dir(), p.suffix)
    (p.parent / "sub" / "deep").mkdir(parents=True)
    (p.parent / "sub" / "x.txt").write_bytes(b"\x00\x01")
    print(sorted(x.name for x in pathlib.Path(d).iterdir()), sorted(str(x.relative_to(d)) for x in pathlib.Path(d).rglob("*")))
    print(sorted(x.name for x in pathlib.Path(d).glob("*.json")), (p.parent / "sub" / "x.txt").read_bytes())
    q = p.rename(p.with_suffix(".txt")); print(q.name, p.exists(), q.exists())
    q.unlink(); print(q.exists())
    try: q.unlink()
    except FileNotFoundError as e: print("FNF", e.strerror)
    q.unlink(missing_ok=True)
    try: (p.parent / "sub").rmdir()
    except OSError as e: print(type(e).__name__, e.strerror)
    with open(os.path.join(d, "lines.txt"), "w") as f:
        f.writelines(["a\n", "b\n"]); print(f.tell())
    with open(os.path.join(d, "lines.txt")) as f:
        for i, line in enumerate(f, 1): print(i, repr(line))
    with open(os.path.join(d, "lines.txt"), "a") as f: f.write("c\n")
    with open(os.path.join(d, "lines.txt")) as f: print(f.readlines(), f.read(), f.name.endswith("lines.txt"), f.mode)
    print(pathlib.Path(d, "lines.txt").read_text().count("\n"), pathlib.Path(d).joinpath("a", "b").parts[-2:])
    print(list(os.walk(os.path.join(d, "sub"))) == [(os.path.join(d, "sub"), ["deep"], ["x.txt"]), (os.path.join(d, "sub", "deep"), [], [])])
    print(pathlib.Path(d).exists(), pathlib.Path(d, "nope").exists(), pathlib.Path(d).samefile(d), pathlib.Path(d, "sub").is_dir())
    try: open(os.path.join(d, "nope.txt"))
    except FileNotFoundError as e: print(type(e).__name__, e.errno, e.strerror, e.filename == os.path.join(d, "nope.txt"))
    print(pathlib.Path(d, "x.txt").touch() or pathlib.Path(d, "x.txt").stat().st_size)
print(pathlib.Path.home() == pathlib.Path(os.path.expanduser("~")), pathlib.Path.cwd() == pathlib.Path(os.getcwd()), pathlib.Path("a/b").resolve().is_absolute())
print(pathlib.Path("~").expanduser() == pathlib.Path.home(), pathlib.Path("/a/b/c.txt").stem, pathlib.PurePath("a", "b", "c"))
print(pathlib.Path("/a b/c").as_uri(), pathlib.PurePosixPath("/x").is_reserved())
try: pathlib.Path("rel").as_uri()
except ValueError as e: print(e)
with tempfile.TemporaryDirectory() as d:
    f = pathlib.Path(d, "m"); f.touch(); f.chmod(0o600); print(oct(f.stat().st_mode & 0o777), f.lstat().st_size, f.is_fifo(), f.is_socket(), pathlib.Path(d).is_mount(), pathlib.Path("/").is_mount())
    pathlib.Path(d, "m2").mkdir(mode=0o700); print(oct(pathlib.Path(d, "m2").stat().st_mode & 0o777))
