# ast.unparse gives CPython's text (layout, quotes, parentheses) and parses back to the same tree.
import ast

SOURCE = '''
"""Module doc."""
import os, sys as system
from ..pkg import name as alias, other

@decorator(1)
@other.attr
async def fetch(url: str, /, *args, retries=3, timeout: float = 1.5, **kw) -> dict:
    """Fetch it.

    Indented text.
    """
    async with session.get(url) as resp, lock:
        data = await resp.json()
    async for item in stream():
        yield item
    for i, j in enumerate(range(10)):
        if i % 2 == 0 and not i > 5 or i in (1, 2):
            continue
        elif i is None:
            break
        elif j is not None:
            pass
        else:
            x += i ** 2
    else:
        z = None
    while True:
        try:
            y: int = 5
            (w): list[int]
            del a[0], b.c
        except (ValueError, KeyError) as e:
            raise RuntimeError("bad") from e
        except TypeError:
            raise
        else:
            pass
        finally:
            print(f"done {x!r:>10} and {y:{width}} {{braces}}\\n", 'it\\'s', "quote\\"d")
    return {k: v for k, v in data.items() if v}

class Point(Base, metaclass=Meta):
    """A point."""
    x: int = 0

    def __init__(self, x=1, /, y=2, *, z, **extra):
        self.x = [i * 2 for i in range(x) if i if i > 1] + list({j for j in y})
        gen = (g async for g in agen())
        lam = lambda a, *b, c=1: (a, b[1:2], c[::-1], ...)
        global G
        nonlocal_ = None
        v = x if x else -y
        w = yield x
        w2 = yield from gen()
        assert x > 0, "positive"
        match command.split():
            case [action]:
                pass
            case [action, obj] if obj:
                pass
            case Point(0, y=0) | {"k": v, **rest}:
                pass
            case [1, *others] | (2 | 3 as n):
                pass
            case None | True | -1.5 | 2j | b"x":
                pass
            case _:
                pass
        n = (m := 10)
        s = b"bytes\\x00" + 0x1F + 1_000 + 3.14 + 2j + True + 1e400
        t = a if b else (c if d else e)
        u = (a, b), [c, *d], {**e, 'f': 1}, {1, 2}, set(), ()
        return (x ** -y) ** z, -(-x), not not x, (await y) if False else 0

try:
    pass
except* OSError as eg:
    pass
'''

tree = ast.parse(SOURCE)
text = ast.unparse(tree)
print(text)
print(ast.dump(ast.parse(text)) == ast.dump(tree))

for e in ["(a + b) * c", "a ** -b ** c", "a - (b - c)", "(a - b) - c", "-(-x)", "not (a and b)",
          "(a or b) and c", "lambda: (yield)", "x if (y if z else w) else v", "a[1:2, ::3]",
          "a[()]", "a[*b]", "(1,)", "()", "{*()}", "{**a, 'b': 1}", "3 .real", "1e400", "-1e400j",
          "'\\'' + \"\\\"\"", "await x", "(yield)", "[*a, *b]", "f(*args, **kw, key=1)",
          "x = (y := 2)", "'''a\\nb'''", "b'\\x00'", "print(*(1, 2))", "a < b < c",
          "(a, b) = c, d = e", "f'{x!r}' f'{y:>{w}}'", "f'{\"q\"}'", "f'{ {1: 2}[1]}'",
          "'tab\\there'", "x = -1 ** 2", "(-1) ** 2", "(a.b)(c)", "(1).real", "{'a': (yield)}"]:
    try:
        print(repr(e), "->", ast.unparse(ast.parse(e)))
    except SyntaxError as err:
        print("SyntaxError", err)
