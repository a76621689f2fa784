"""PGO training: plain interpretation. Recursive calls, methods, closures, keyword calls,
loops over ranges, lists, dicts and strings, f-strings and exceptions."""


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {amount}")
        self.balance += amount
        self.history.append(amount)
        return self.balance


def make_counter():
    count = 0

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


def words(n):
    counts = {}
    lines = []
    for i in range(n):
        word = f"w{i % 97:03d}"
        line = f"{word}|{i * 7:06d}|{i / 3:.2f}|{i:x}"
        lines.append(line)
        counts[word] = counts.get(word, 0) + 1
        if i % 5 == 0:
            counts.setdefault(line[:3], 0)
    text = "\n".join(lines[-50:])
    parts = [p.split("|") for p in text.splitlines()]
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return len(lines), len(parts), top, sum(len(w) for w in counts)


def main():
    total = 0
    for _ in range(6):
        total += fib(22)
    p = Point(0, 0)
    for i in range(60_000):
        p = p.moved(1, dy=-1 if i & 1 else 1)
    acc = Account("ann")
    errors = 0
    for i in range(60_000):
        try:
            acc.deposit(i % 50)
        except ValueError:
            errors += 1
    step = make_counter()
    for i in range(60_000):
        step(by=2)
    squares = [x * x for x in range(50_000) if x % 3]
    table = {k: v for k, v in zip(range(20_000), reversed(range(20_000)))}
    checksum = 0
    for ch in "".join(str(x) for x in range(20_000)):
        checksum = (checksum * 31 + ord(ch)) % 1_000_003
    print(total, p.norm1(), acc.balance, errors, step(0), len(squares), len(table), checksum)
    print(words(120_000))


main()
