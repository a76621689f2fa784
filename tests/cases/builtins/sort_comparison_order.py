# list.sort/sorted make the same `<` calls, in the same order, as CPython's timsort: natural
# runs (descending ones reversed), binary insertion up to the minimum run, powersort merges,
# galloping. A comparison that raises leaves the list partially sorted, as CPython leaves it.
import random

random.seed(2024)
log = []


class Key:
    __slots__ = ("v", "i")

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        log.append((self.i, other.i))
        return self.v < other.v


def make(n, kind):
    if kind == "random":
        return [random.randrange(n) for _ in range(n)]
    if kind == "few":
        return [random.randrange(4) for _ in range(n)]
    if kind == "sorted":
        return list(range(n))
    if kind == "reversed":
        return list(range(n, 0, -1))
    if kind == "runs":
        out = []
        while len(out) < n:
            run = sorted(random.randrange(1000) for _ in range(random.randrange(1, 90)))
            if random.random() < 0.5:
                run.reverse()
            out += run
        return out[:n]
    return [i % 7 for i in range(n)]


def digest(pairs):
    # A short order-sensitive checksum of the comparison log.
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b) % (1 << 61)
    return h


for n in (0, 1, 2, 5, 17, 64, 65, 200, 1000, 3000):
    for kind in ("random", "few", "sorted", "reversed", "runs", "cycle"):
        items = [Key(v, i) for i, v in enumerate(make(n, kind))]
        log.clear()
        out = sorted(items)
        fwd = (len(log), digest(log), digest((k.i, 0) for k in out))
        log.clear()
        items.sort(reverse=True)
        print(n, kind, fwd, (len(log), digest(log), digest((k.i, 0) for k in items)))


class Fragile:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global budget
        budget -= 1
        if budget == 0:
            raise ValueError("comparison failed")
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


for budget_start in (1, 5, 30, 120, 400):
    data = [Fragile(random.randrange(60)) for _ in range(150)]
    budget = budget_start
    try:
        data.sort()
        print("sorted", data[:10])
    except ValueError as e:
        print(e, "after", budget_start, "comparisons:", data)

mixed = [3, 1, "a", 2, 0]
try:
    mixed.sort()
except TypeError as e:
    print(e, mixed)
print(sorted([3, float("nan"), 1, 2]), sorted(["b", "a", "B", "ä", "ab", ""]), sorted([2, 1.5, True, -0.0, 0]))
print(sorted(range(20), key=lambda i: (i % 3, -i)), sorted("hello world", reverse=True))
