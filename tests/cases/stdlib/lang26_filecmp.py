import filecmp, os, tempfile
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    for base in ("left", "right"):
        os.makedirs(f"{base}/sub/deeper")
        os.makedirs(f"{base}/{base}_only_dir")
    files = {"same.txt": ("abc", "abc"), "diff.txt": ("one", "two"), "samesize.txt": ("aaa", "bbb")}
    for name, (l, r) in files.items():
        open(f"left/{name}", "w").write(l); open(f"right/{name}", "w").write(r)
    open("left/sub/s.txt", "w").write("x"); open("right/sub/s.txt", "w").write("y")
    open("left/only_left.py", "w").write(""); open("right/only_right.py", "w").write("")
    open("left/mixed", "w").write(""); os.mkdir("right/mixed")
    for p in ["left/samesize.txt", "right/samesize.txt"]: os.utime(p, (1e9, 1e9))
    print(filecmp.cmp("left/same.txt", "right/same.txt"), filecmp.cmp("left/diff.txt", "right/diff.txt"))
    print(filecmp.cmp("left/samesize.txt", "right/samesize.txt"), filecmp.cmp("left/samesize.txt", "right/samesize.txt", shallow=False))
    print(filecmp.cmp("left/sub", "right/sub"))
    print(filecmp.cmpfiles("left", "right", ["same.txt", "diff.txt", "missing.txt", "sub"]))
    dc = filecmp.dircmp("left", "right")
    print(dc.left_only, dc.right_only, dc.common, dc.common_dirs, dc.common_files, dc.common_funny)
    print(dc.same_files, dc.diff_files, dc.funny_files, sorted(dc.subdirs))
    dc.report()
    print("--")
    dc.report_full_closure()
    print("--")
    filecmp.dircmp("left", "right", ignore=["diff.txt"], hide=[]).report_partial_closure()
    try: dc.nothing
    except AttributeError as e: print("AttributeError", e)
    try: filecmp.cmp("left/nope", "right/nope")
    except FileNotFoundError as e: print(e.strerror)
    print(filecmp.DEFAULT_IGNORES, filecmp.dircmp[str])
