# Argument errors of str and set methods, with CPython's wording for each calling convention:
# Argument Clinic ("str.strip() takes no keyword arguments", "center expected at least 1
# argument, got 0", "split() takes at most 2 arguments (3 given)"), PyArg_ParseTuple
# ("find() takes no keyword arguments", "count() takes at least 1 argument (0 given)") and
# METH_O/METH_NOARGS ("str.zfill() takes exactly one argument", "str.upper() takes no arguments").
s = "Hello, World"
attempts = [
    lambda: s.strip(chars="H"),
    lambda: s.strip("H", "W"),
    lambda: s.upper(1),
    lambda: s.upper(x=1),
    lambda: s.zfill(),
    lambda: s.center(),
    lambda: s.center(20, "*", 3),
    lambda: s.replace("o"),
    lambda: s.replace("o", "0", count=1),
    lambda: s.find(),
    lambda: s.find("o", start=1),
    lambda: s.count("o", 1, 2, 3),
    lambda: s.startswith(prefix="H"),
    lambda: s.split(",", 1, x=1),
    lambda: s.split(",", 1, 2),
    lambda: s.split(sep=",", maxsplit=1, x=2),
    lambda: s.splitlines(True, keepends=False),
    lambda: s.expandtabs(4, 8),
    lambda: s.encode("utf-8", "strict", "x"),
    lambda: s.partition(),
    lambda: {1, 2}.union([3], key=None),
    lambda: {1, 2}.update(x=[3]),
    lambda: {1, 2}.symmetric_difference(),
    lambda: b"abc".find(b"a", start=0),
]
for attempt in attempts:
    try:
        print(repr(attempt()))
    except TypeError as e:
        print("TypeError:", e)
# Calls CPython accepts keep working.
print(s.split(sep=",", maxsplit=1), s.rsplit(maxsplit=1), s.splitlines(keepends=True))
print(s.encode(encoding="ascii", errors="strict"), s.expandtabs(tabsize=4), s.center(16, "*"))
print(s.find("o", 5), s.count("l", 0, 5), s.startswith(("He", "x"), 0), s.replace("l", "L", 2))
print(sorted({1, 2}.union([3], (4,))), sorted({1, 2, 3}.difference([1], [2])), {1}.issubset([1, 2]))
