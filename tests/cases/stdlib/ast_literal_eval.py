# ast.literal_eval: every literal form it accepts, and CPython's errors (malformed nodes,
# syntax errors) for what it rejects; node reprs cut before their addresses.
import ast
good = ["1", "-1.5", "+2", "1+2j", "-1-2j", "'abc'", "b'x\\n'", "'a' 'b'", "[1, 2, (3, 4)]", "(1,)", "()", "{'a': 1, 'b': [None, True, False]}",
        "{1, 2, 3}", "set()", "{}", "...", "  [1,\n 2]", "0x1F", "1_000", "1e3", "(((5)))", "{'k': {'n': (1, 'x')}}", "[]", "'''multi\nline'''", "r'\\d'",
        "1,2", "'é'", "[-1, +2, -3.5]", "{**{}}" if False else "0o17", "3.14j", "2-1j"]
for s in good:
    try:
        v = ast.literal_eval(s)
        print(repr(s), '->', repr(v), type(v).__name__)
    except Exception as e:
        print(repr(s), 'ERR', type(e).__name__, str(e).split(' at 0x')[0])
bad = ["x", "1+2", "f(1)", "[1, x]", "{'a': b}", "2*3", "-'a'", "lambda: 0", "a.b", "a[0]", "1 if 2 else 3", "not 1", "f'x'", "{**a}", "[*a]", "1 < 2", "set([1])",
       "1 +", "(", "'unterminated", "import os", "", "1; 2", "x = 1"]
for s in bad:
    try:
        print(repr(s), '->', ast.literal_eval(s))
    except (ValueError, SyntaxError, TypeError) as e:
        print(repr(s), type(e).__name__, str(e).split(' at 0x')[0])
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
