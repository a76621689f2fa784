# Sequence patterns with only wildcards or a `*_` read a sequence by length and index,
# never iterating it (as CPython's compiler does).
import collections.abc


class Numbers(collections.abc.Sequence):
    """A huge lazy sequence: iterating it would never end in time."""

    def __init__(self, n):
        self.n = n
        self.reads = []

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        self.reads.append(i)
        return i * 10


def describe(seq):
    match seq:
        case []:
            return "empty"
        case [_]:
            return "one item"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case [first, _, *_, last]:
            return f"first={first} last={last}"
        case [*_]:
            return "two items"


for n in (0, 1, 2, 10**12):
    s = Numbers(n)
    print(n, describe(s), s.reads)


class Broken(collections.abc.Sequence):
    __getitem__ = None

    def __len__(self):
        return 3


match Broken():
    case [*_]:
        print("matched by length only")
match Broken():
    case [_, _, _]:
        print("three wildcards")

match [1, 2, 3, 4, 5]:
    case [a, b, *_, c]:
        print(a, b, c)
match (1, 2):
    case [x, *rest]:
        print(x, rest)
