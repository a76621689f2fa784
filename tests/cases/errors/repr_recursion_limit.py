# Deeply nested containers: repr counts each nesting level against the recursion limit and
# raises CPython's RecursionError message (lists, tuples and dicts alike).
def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
for n in (100, 900, 990, 995, 997, 998, 999, 1000, 5000):
    try:
        print(n, len(repr(nest(n))))
    except RecursionError as e:
        print(n, e)
def f(n):
    try:
        return len(str(nest(n)))
    except RecursionError as e:
        return str(e)
print(f(990), f(996))
d = {}
for _ in range(2000):
    d = {"k": d}
try:
    print(str(d)[:5])
except RecursionError as e:
    print(e)
