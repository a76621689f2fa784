# pow() with a modulus, divmod() by a float zero and sum() with a bytes start: the errors
# CPython raises (its ternary_op tries each operand type's power slot in turn).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for args in [(2, 10, 7), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (1j, 2, 3), (2, 1j, 3), (2, 3, 1j), ('a', 2, 3), (2, 'a', 3), (2, 3, 'a'), ('a', 1j, 2), (2.5, 1j, 3), (None, None, None), (True, 2, 3), (2, -1, 7), (2, -1, 4), (2, 3, 0), (10**30, 10**20, 97)]:
    show(lambda: pow(*args))
for a, b in [(7.5, 0), (7, 0.0), (7, 0), (True, False), (0.0, 0.0), (-7.5, 2), (7, -2.0)]:
    show(lambda: divmod(a, b))
for start in [b'', bytearray(), '', [], 0.5]:
    show(lambda: sum([], start))
for a in [('a', 2.5, 3), (2, 3, 2.5), ('a','b',1.5)]:
    try: pow(*a)
    except Exception as e: print(type(e).__name__, e)
