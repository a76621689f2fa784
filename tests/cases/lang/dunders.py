# The dunder protocol: reprs, comparisons, hashing, containers, calls, arithmetic.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

a, b = Vec(1, 2), Vec(3, 4)
print(a, repr(a), [a], str(a), f"{a!r} {a}")
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), a / 2, b // 2, b % 2)
print(sum([a, b]), a == Vec(1, 2), a != b, a < b, b > a, a <= b)
print(sorted([b, a]), max(a, b), bool(Vec(0, 0)), bool(a))
print({a: "a", Vec(1, 2): "again"}, len({a, Vec(1, 2), b}))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a >= 1
except TypeError as e:
    print(e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __iter__(self):
        return iter(self.items)
    def __call__(self, *args):
        return ("called", args)
acc = Acc()
alias = acc
acc += 1
acc += 2
print(alias is acc, len(acc), 2 in acc, 5 in acc, acc[0], acc[-1], list(acc))
acc[0] = 10
del acc[1]
print(acc.items, acc(1, 2), bool(acc), bool(Acc()), callable(acc))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), 1 in Countdown(3))

class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "dyn_" + name
print(Dyn().real, Dyn().other)

class Guard:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value.upper())
    def __delattr__(self, name):
        print("del", name)
g = Guard()
g.name = "x"
print(g.name)
del g.name

class OnlyEq:
    def __eq__(self, other):
        return True
try:
    hash(OnlyEq())
except TypeError as e:
    print(e)
print(OnlyEq() == 3, OnlyEq() != 3, 3 == OnlyEq())

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq())

class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return 1.5
print([0, 1, 2, 3][Num(2)], hex(Num(255)), int(Num(7)), float(Num(1)))
print(acc.__len__(), Vec.__add__(a, b), type(a).__name__)
