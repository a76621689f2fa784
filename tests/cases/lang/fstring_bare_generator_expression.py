# An f-string field holding a bare generator expression is valid (3.11 parses fields in parentheses).
y = [3, 1, 2]
print(f"{x for x in y}"[:25])
print(f"{sum(x for x in y)} {list(x * 2 for x in y)} {max(x for x in y if x < 3)}")
print(f"{', '.join(str(v) for v in y)}")
try:
    eval("x for x in y")
except SyntaxError as e:
    print(e)
