# linecache.cache holds CPython's (size, mtime, lines, fullname) entries: scripts register
# source for made-up file names, and getline/traceback's StackSummary read it back.
import linecache
import traceback

src = "def f():\n    return 1 / 0\n"
linecache.cache["<dyn>"] = (len(src), None, src.splitlines(True), "<dyn>")
ns = {}
exec(compile(src, "<dyn>", "exec"), ns)
print(repr(linecache.getline("<dyn>", 2)), linecache.getlines("<dyn>")[0], end="")
try:
    ns["f"]()
except ZeroDivisionError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in frames][1:])
lines = linecache.getlines(__file__)
size, mtime, cached, name = linecache.cache[__file__]
print(cached is lines, name == __file__, size > 0, isinstance(mtime, float))
linecache.checkcache(__file__)
print(__file__ in linecache.cache, repr(linecache.getline(__file__, 1)))
linecache.clearcache()
print(linecache.cache, linecache.getline("<nope>", 1) == "")
