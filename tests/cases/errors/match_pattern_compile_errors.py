# SyntaxErrors CPython's compiler raises for match patterns, with its locations.
SOURCES = [
    "match x:\n    case [a] | [b]:\n        pass",
    "match x:\n    case [a] | b:\n        pass",
    "match x:\n    case C(a) | C(b=[c]):\n        pass",
    "match x:\n    case {1: a} | {1: (b as c)}:\n        pass",
    "match x:\n    case [*a, *b]:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case a:\n        pass\n    case 1:\n        pass",
    "try:\n    pass\nexcept* :\n    pass",
    "match x:\n    case [" + ", ".join(f"a{i}" for i in range(300)) + ", *rest]:\n        pass",
]

for src in SOURCES:
    try:
        compile(src, "<match>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, columns {e.offset}-{e.end_offset})")
