# glob, fnmatch (3.11's translate with atomic groups), keyword, gc, os.path additions.
import fnmatch, glob, gc, keyword, os

base = f"/tmp/corio-glob-{os.getpid()}"
for d in ["sub/deep"]:
    os.makedirs(os.path.join(base, d))
for f in ["a.py", "b.txt", ".hidden.py", "sub/c.py", "sub/deep/d.py"]:
    open(os.path.join(base, f), "w").close()
os.chdir(base)
print(sorted(glob.glob("*.py")), sorted(glob.glob("**/*.py", recursive=True)), sorted(glob.glob("**", recursive=True)))
print(sorted(glob.glob("*/*.py")), glob.glob("nothing*"), glob.glob("a.py"), sorted(glob.glob("*", include_hidden=True)))
print([p[len(base):] for p in sorted(glob.glob(base + "/s*/*"))], glob.escape("a*b?[c]"), glob.has_magic("x*"))
print(sorted(glob.iglob("sub/**/", recursive=True)), sorted(glob.glob("*.py", root_dir=base + "/sub/deep")))
for f in ["sub/deep/d.py", "sub/c.py", "a.py", "b.txt", ".hidden.py"]:
    os.remove(f)
os.rmdir("sub/deep"); os.rmdir("sub"); os.chdir("/"); os.rmdir(base)
print(os.path.commonpath(["/usr/lib/x", "/usr/lib/y", "/usr/local"]), os.path.splitdrive("/a/b"), os.path.normcase("/A/b"))
os.environ["CORIO_GLOB_VAR"] = "val"
print(os.path.expandvars("$CORIO_GLOB_VAR/x ${CORIO_GLOB_VAR} ${NOPE_X} $NOPE"))
for p in ['*.py', 'a?c', '[!a-c]x', '[a-]', '*[0-9]*', '[]]', 'x[', '**/*']:
    print(repr(fnmatch.translate(p)))
print(fnmatch.fnmatch("main.py", "*.py"), fnmatch.filter(["a.py", "b.txt", "c.PY"], "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"))
print(keyword.iskeyword("async"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(gc.collect(), gc.isenabled(), gc.get_threshold())
