# A number running straight into a keyword (`1if`, `0x1for`) still tokenizes, with CPython's
# SyntaxWarning "invalid decimal literal" (or hexadecimal, ...) shown before the script runs.
print(1if True else 2)
print([0x1for x in (1, 2)])
print(1or 2, 1and 3, 1in [1], 1 if 1not in [] else 0)
print([2for _ in range(2)])
x = 5
print(x if x>3else 0)
