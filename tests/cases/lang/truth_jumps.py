# Conditional jumps and `and`/`or` over the values the dispatch loop tests inline (bools, ints,
# None) and over those that go through `__bool__`/`__len__`.
def count(n):
    c = 0
    for i in range(n):
        if i and (i % 3 or i % 5) and not (i & 4 and i & 8):
            c += 1
        x = i or None
        y = None or [] or i
        z = "" and 1
        w = [1] and ()
    return c, x, y, z, w


print(count(1000))
n = 5
while n:
    n -= 1
print(n, 0 or 0.0, 0.0 or 0, None and 1, -1 and 2, 2**70 and 3, 0 or 2**70)


class T:
    def __bool__(self):
        print("bool called")
        return False

    def __repr__(self):
        return "T()"


class L:
    def __len__(self):
        return 0


print(T() and 1, T() or 2, L() or "empty")
if not T():
    print("T() is false")


class Broken:
    def __bool__(self):
        raise ValueError("no truth")


for test in (lambda: Broken() and 1, lambda: Broken() or 1, lambda: 1 if Broken() else 2):
    try:
        test()
    except ValueError as e:
        print("ValueError:", e)
