# Syntax errors inside an unclosed bracket: CPython reports "'(' was never closed" when its
# parser reads on to the end of the file (the bad token starts or continues an expression),
# and the error at the bad token otherwise.
sources = [
    'f(a :', 'f(1 ;', 'f(a b', 'f(1 "x"', 'f(1 (', 'f(a not', 'f(1 lambda', 'f(def',
    'f(1 else', 'f(1 @', 'f(1 True', 'f(1 await', 'f(1 yield', 'f(1 import', 'x = [1 2 3',
    'f(a, b c, d', 'f(1 ]', 'f(1 if', 'def g(:', 'if (a :', 'f(1 .', 'f(1 +=', 'f(1 ->',
    'f(1 -', 'f(1 ,', 'f(1 *', 'f(a for', 'print("abc', 'f(1, "abc', 'd = {1:',
    'x.[', '[!=', 'f(if', 'f(None 2', 'g(x.y z', 'x = (1 +\n\ny = 2', 'items = [\n  1,\n  2\nprint(items)',
]
for src in sources:
    try:
        compile(src, '<input>', 'exec')
    except SyntaxError as e:
        print(f'{src!r:32} {e.msg} (line {e.lineno}, offset {e.offset})')
