# A lone star pattern needs a comma (`case *a:`), and `f(True=1)` names the constant
# (CPython's open_sequence_pattern and invalid_kwarg rules).
sources = [
    "match x:\n    case *a:\n        pass\n",
    "match x:\n    case (*a):\n        pass\n",
    "match x:\n    case *a,:\n        pass\n",
    "match x:\n    case (*a,):\n        pass\n",
    "match x:\n    case [*a]:\n        pass\n",
    "match x:\n    case a, *rest:\n        pass\n",
    "f(True=1)\n",
    "f(a, None = 2)\n",
    "f(False=0, x=1)\n",
    "f(x.y=1)\n",
    "f(x=1)\n",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} | line {e.lineno} cols {e.offset}-{e.end_offset} | {e.text!r}")
