# Source nested too deeply: CPython reports bracket nesting past 200 as a SyntaxError, overflows
# its parser stack on long chains of prefix operators, `**`, `lambda` or conditional
# expressions (MemoryError), and stops compiling past about 3,000 levels (RecursionError).
# None of these may crash the interpreter.


def outcome(src, mode="eval"):
    try:
        compile(src, "<deep>", mode)
        return "ok"
    except SyntaxError as e:
        return f"SyntaxError: {e.msg}"
    except (RecursionError, MemoryError) as e:
        return f"{type(e).__name__}: {e}"


shapes = {
    "unary minus": lambda n: "-" * n + "1",
    "not": lambda n: "not " * n + "x",
    "parentheses": lambda n: "(" * n + "1" + ")" * n,
    "lists": lambda n: "[" * n + "]" * n,
    "attributes": lambda n: "a" + ".b" * n,
    "calls": lambda n: "f" + "()" * n,
    "additions": lambda n: "1" + "+1" * n,
    "powers": lambda n: "1" + "**1" * n,
    "lambdas": lambda n: "lambda: " * n + "1",
    "conditionals": lambda n: "1 if 1 else " * n + "1",
}
for name, make in shapes.items():
    print(f"{name:13}", [outcome(make(n)) for n in (10, 199, 201, 2500, 5000, 100_000)])

print(outcome("x = " + "-" * 100_000 + "1", "exec"))
print(outcome("x = 1" + " + (1, 2)" * 10_000, "exec"))
print(outcome("def f():\n    return 1" + "+1" * 5000 + "\n", "exec"))
# A syntax error anywhere is reported before the nesting.
print(outcome("x = 1" + "+1" * 5000 + "\ny = )\n", "exec"))
print(eval("-" * 2001 + "1"), eval("not " * 1001 + "True"), eval("~" * 2000 + "5"))
