# Python 2 forms CPython names (except A, B: / tuple parameters) and the var-keyword ordering caret.
sources = [
    "try:\n    pass\nexcept A, B:\n    pass\n",
    "try:\n    pass\nexcept A, B as e:\n    pass\n",
    "try:\n    pass\nexcept (A, B), e:\n    pass\n",
    "try:\n    pass\nexcept A, e:\n    pass\n",
    "try:\n    pass\nexcept* A, B:\n    pass\n",
    "try:\n    pass\nexcept A.x, B.y, C:\n    pass\n",
    "try:\n    pass\nexcept (A, B) as e:\n    pass\n",
    "def f(x, (a, b)): pass\n",
    "def f((a, b)): pass\n",
    "def f(x, (a, b), y): pass\n",
    "def f(x, (a)): pass\n",
    "def f(**k, **j): pass\n",
    "def f(**k, *a): pass\n",
    "def f(**k, *, a): pass\n",
    "def f(**k, a=1): pass\n",
    "lambda **k, *a: 0\n",
    "def f(**k, /): pass\n",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} | {e.lineno}:{e.offset}-{e.end_offset} | {e.text!r}")
