# Slice bounds and steps beyond 64 bits keep their exact values in slice.indices() and in
# range slicing (CPython computes them on ints); sequences still select the same items.
import sys
cases = [
    "slice(0, 10, 2**70).indices(5)",
    "slice(None, None, -2**70).indices(5)",
    "slice(-2**70, 2**70).indices(5)",
    "slice(1, 2**70).indices(2**80)",
    "slice(None).indices(2**100)",
    "slice(3, None, -1).indices(2**64)",
    "slice(0, 1).indices(-2**70)",
    "range(10)[::2**70]",
    "range(10)[::-2**70]",
    "list(range(10)[::2**70])",
    "list(range(10)[::-2**70])",
    "range(0, 10, 2**40)[::2**40]",
    "range(0, 2**61, 2**40)[2**70:]",
    "range(5)[-2**70:2**70]",
    "[1, 2, 3][::2**70]",
    "[1, 2, 3][::-2**70]",
    "'abcdef'[2**70:]",
    "'abcdef'[-2**70::2**65]",
    "len(range(10**30)[::10**20])",
    "getsizeof()",
    "getsizeof(1, 2, 3)",
    "getsizeof(obj=1)",
    "getsizeof(object=1.5)",
]
for expr in cases:
    try:
        print(expr, "->", eval(expr, {"getsizeof": sys.getsizeof}))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
