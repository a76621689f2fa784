import tokenize, token, io
src = '''# header comment
import os
def f(a, b=2, *args, **kw) -> int:
    """Doc
    string."""
    x = [1, 2.5, 0x1F, 1_000j,
         3e-4]  # trailing
    if x and (a
              or b):
        return f'{a!r}' + r"raw\\n" + b'\\x00'.decode()

    s = 'cont\\
inued'
    y @= a ** -b // 3 != 4 >= 5 ... ; z := 1
\tpass
class K: pass
'''
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(tok)
print([token.tok_name[t.exact_type] for t in tokenize.generate_tokens(io.StringIO("a += (b<<2)\n").readline)])
toks = list(tokenize.tokenize(io.BytesIO("x = 'é'\nprint(x)".encode()).readline))
for t in toks: print(t)
print(tokenize.untokenize(toks))
print(repr(tokenize.untokenize([(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO("if a:\n    b = 1\nc()\n").readline)])))
print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx=1\n").readline), tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx=1\n").readline))
try:
    list(tokenize.generate_tokens(io.StringIO("x = (1,\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e.args)
try:
    list(tokenize.generate_tokens(io.StringIO("s = '''abc\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e.args)
try:
    list(tokenize.generate_tokens(io.StringIO("if x:\n        a\n    b\n").readline))
except IndentationError as e:
    print("IndentationError", e.args)
print(list(tokenize.generate_tokens(io.StringIO("a $ b").readline))[1:3])
print(token.ISTERMINAL(token.NAME), token.ISEOF(token.ENDMARKER), token.tok_name[token.OP], token.EXACT_TOKEN_TYPES["->"])
