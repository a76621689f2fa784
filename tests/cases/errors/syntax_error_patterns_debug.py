# Compile-time SyntaxErrors for match patterns and for binding __debug__, with CPython's
# messages and locations (line, offset, end offset).
sources = [
    "def f(__debug__): pass",
    "lambda *__debug__: 0",
    "def f(a, *, __debug__=1): pass",
    "def __debug__(): pass",
    "class __debug__: pass",
    "f(__debug__=1)",
    "x.__debug__ = 1",
    "import os as __debug__",
    "from os import path as __debug__",
    "match x:\n    case 1 + 1:\n        pass",
    "match x:\n    case 1j + 1j:\n        pass",
    "match x:\n    case -1 - 2j:\n        pass",
    "match x:\n    case {**rest, 'a': 1}:\n        pass",
    "match x:\n    case {1: _, **_}:\n        pass",
    "match x:\n    case a | b:\n        pass",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass",
    "match x:\n    case (_ as z):\n        pass\n    case 1:\n        pass",
    "match x:\n    case y if y:\n        pass\n    case 1:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case [a, *a]:\n        pass",
    "match x:\n    case {'k': a, **a}:\n        pass",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass",
    "match x:\n    case {1: 1, True: 2}:\n        pass",
    "match x:\n    case P(x=1, x=2):\n        pass",
    "match x:\n    case P(__debug__=1):\n        pass",
    "match x:\n    case __debug__:\n        pass",
    "match x:\n    case [_, y] | (y):\n        pass",
    "match x:\n    case 1 | 2 | _ | 3:\n        pass",
    "match x:\n    case [1, _] | [_, 1]:\n        pass\n    case _:\n        pass",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiles:", src.splitlines()[0])
    except SyntaxError as e:
        print(f"{e.msg!r} line {e.lineno} cols {e.offset}-{e.end_offset}")
