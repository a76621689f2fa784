# CPython's forced ':' (after else/try/finally and a def's parameters or return annotation) says "expected ':'".
sources = [
    'if 1:\n    pass\nelse if y:\n    pass\n',
    'try x:\n    pass\nfinally:\n    pass\n',
    'try:\n    pass\nfinally x:\n    pass\n',
    'for x in y z:\n    pass\n',
    'def f() x:\n    pass\n',
    'class A x:\n    pass\n',
    'while x y:\n    pass\n',
    'try:\n    pass\nexcept:\n    pass\nelse x:\n    pass\n',
    'while 1:\n    pass\nelse 2:\n    pass\n',
    'def f() -> int x:\n    pass\n',
    'def f() -> :\n    pass\n',
    'async def f(a, b) c:\n    pass\n',
    'def f(a) -> list[int] x:\n    pass\n',
    'def f(a) -> (a b):\n    pass\n',
    'x = a if b else c d\n',
    'def f(x) = 3\n',
    'def f(x) -> int = 3\n',
    'else = 3\n',
    'try = 1\n',
    'def f():\n    pass\nelse\n',
    'def f(a) -> list[int x]:\n    pass\n',
    'def f(a) -> (a b):\n    pass\n',
    'def f(a) -> f(1)(2 3):\n    pass\n',
    'def f() -> 1 +:\n    pass\n',
    'def f() -> int:\n    pass\n',
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} | {e.lineno}:{e.offset}-{e.end_offset} | {e.text!r}")
