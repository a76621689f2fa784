# Where CPython's symbol table refuses an assignment expression (`:=`) in a comprehension,
# and where it allows one (binding in the enclosing function).
SOURCES = [
    "[y for x in (y := [1, 2])]",
    "[y for x in range(3) for z in (w := [1])]",
    "[y for x in [lambda: (w := 1)]]",
    "[x := 1 for x in range(3)]",
    "[[(x := 1) for z in w] for x in y]",
    "[(a, b) for a, (b, c) in d if (c := 1)]",
    "class C:\n    [(n := i) for i in range(3)]",
]

for src in SOURCES:
    try:
        compile(src, "<walrus>", "exec")
        print("compiles:", src)
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, columns {e.offset}-{e.end_offset})")


def last_square(values):
    squares = [(last := v * v) for v in values]
    return squares, last


print(last_square([1, 2, 3]))
total = 0
print([total := total + v for v in range(5)], total)
