import genericpath, os, tempfile
print(genericpath.commonprefix(["/usr/lib/x", "/usr/local/y"]), genericpath.commonprefix([]))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f.txt")
    with open(p, "w") as f:
        f.write("12345")
    print(genericpath.exists(p), genericpath.isfile(p), genericpath.isdir(d), genericpath.getsize(p))
    print(genericpath.exists(p + "x"), genericpath.isfile(d), genericpath.samefile(p, os.path.join(d, ".", "f.txt")))
    print(genericpath.samestat(os.stat(p), os.stat(p)), genericpath.getmtime(p) == os.path.getmtime(p))
    with open(p) as a, open(p) as b:
        print(genericpath.sameopenfile(a.fileno(), b.fileno()))
print(sorted(genericpath.__all__))
