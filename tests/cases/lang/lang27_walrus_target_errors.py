# SyntaxError messages for walrus targets that are not plain names, and comprehension
# loops rebinding a walrus target.
sources = [
    "((a, b) := (1, 2))",
    "[a, b] := [1, 2]",
    "if (a, b) := f(): pass",
    "while [x for x in y] := 1: pass",
    "{a: 1} := 2",
    "{a} := 2",
    "(x for x in y) := 1",
    "() := 1",
    "(lambda: x := 1)",
    "lambda: x := 1",
    "f(lambda: x := 1)",
    "y = lambda: x := 1",
    "print((a, b) := 1)",
    "y = (a, b) := 1",
    "y = x.a := 1",
    "print(x.a := 1)",
    "return x.a := 1",
    "x[a.b := 1]",
    "(a, x.b := 1)",
    "[a, x.b := 1]",
    "f(a, x.b := 1)",
    "x = [1, 2]; x[0] := 5",
    "[i for i in range(5) if (j := 0) for j in range(5)]",
    "[i for i in range(5) if (j := 0) for j, k in [(0, 1)]]",
    "{i for i in range(5) if (j := 0) for j in range(5)}",
    "def f():\n    return [i for i in range(5) if (j := 0) for j in range(5)]",
]
for src in sources:
    try:
        compile(src, "<walrus>", "exec")
    except SyntaxError as e:
        print(f"{src!r}: {e.msg} (col {e.offset}-{e.end_offset})")
    else:
        print(f"{src!r}: compiles")
