import io, os, tempfile, zipfile

with tempfile.TemporaryDirectory() as tmp:
    archive = os.path.join(tmp, "bundle.zip")
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("README.md", "# bundle\n")
        z.writestr("src/pkg/__init__.py", "")
        z.writestr("src/pkg/core.py", "VALUE = 1\n")
        z.writestr("data/", "")
        z.writestr("data/table.csv", "a,b\n1,2\n")
    root = zipfile.Path(archive)
    print(repr(root).replace(tmp, "TMP"), str(root).replace(tmp, "TMP"), root.name, root.is_dir(), root.exists())
    print(sorted(p.name for p in root.iterdir()))
    src = root / "src"
    print(repr(src).replace(tmp, "TMP"), src.is_dir(), src.exists(), src.is_file())
    core = src / "pkg" / "core.py"
    print(core.name, core.suffix, core.stem, core.suffixes, core.is_file(), core.read_text())
    print(core.read_bytes(), repr(core.parent).replace(tmp, "TMP"), repr(core.parent.parent.parent).replace(tmp, "TMP"))
    print(root.joinpath("data", "table.csv").read_text().splitlines())
    with core.open() as f:
        print(type(f).__name__, f.readline().strip())
    with core.open("rb") as f:
        print(f.read(5))
    missing = root / "nope.txt"
    print(missing.exists(), missing.is_file(), missing.is_dir())
    for action in (lambda: missing.read_text(), lambda: src.open(), lambda: core.iterdir(),
                   lambda: core.open("rb", "utf-8")):
        try:
            action()
        except Exception as e:
            print(type(e).__name__, str(e).replace(tmp, "TMP"))
    print(str(core.filename).replace(tmp, "TMP"), root.filename.name, str(root.parent) == tmp)
    with zipfile.ZipFile(archive) as z:
        p = zipfile.Path(z, "src/")
        print(sorted(x.name for x in p.iterdir()), p.name)
    with zipfile.ZipFile(archive, "a") as z:
        p = zipfile.Path(z)
        with (p / "new.txt").open("w") as f:
            f.write("written through Path")
    print(zipfile.Path(archive, "new.txt").read_text(), "Path" in zipfile.__all__)
