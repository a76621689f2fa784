# How deep a recursion that passes through special methods gets before RecursionError, and the
# message it ends with: CPython 3.11 counts each Python frame once, plus the C-level checks of
# repr(), str(), comparisons and calls of classes and callable instances.


def deepest(start):
    depth = [0]

    def count():
        depth[0] += 1

    try:
        start(count)
    except RecursionError as e:
        return depth[0], str(e)


class GetAttr:
    def __init__(self, count):
        self.count = count

    def __getattr__(self, name):
        self.count()
        return self.also_missing


print("__getattr__", deepest(lambda c: GetAttr(c).missing))


class SetAttr:
    def __init__(self, count):
        object.__setattr__(self, "count", count)

    def __setattr__(self, name, value):
        self.count()
        self.other = value


def set_it(c):
    SetAttr(c).x = 1


print("__setattr__", deepest(set_it))


class GetItem:
    def __init__(self, count):
        self.count = count

    def __getitem__(self, i):
        self.count()
        return self[i + 1]


print("__getitem__", deepest(lambda c: GetItem(c)[0]))


class Add:
    def __init__(self, count):
        self.count = count

    def __add__(self, other):
        self.count()
        return self + other


print("__add__", deepest(lambda c: Add(c) + 1))


class Eq:
    def __init__(self, count):
        self.count = count

    def __eq__(self, other):
        self.count()
        return self == other


print("__eq__", deepest(lambda c: Eq(c) == 1))


class Repr:
    def __init__(self, count):
        self.count = count

    def __repr__(self):
        self.count()
        return repr(self)


print("__repr__", deepest(lambda c: repr(Repr(c))))


class FRepr:
    def __init__(self, count):
        self.count = count

    def __repr__(self):
        self.count()
        return f"<{self!r}>"


print("f-string !r", deepest(lambda c: repr(FRepr(c))))


class Prop:
    def __init__(self, count):
        self.count = count

    @property
    def value(self):
        self.count()
        return self.value


print("property", deepest(lambda c: Prop(c).value))


class Init:
    def __init__(self, count):
        count()
        Init(count)


print("__init__", deepest(Init))


class Call:
    def __init__(self, count):
        self.count = count

    def __call__(self):
        self.count()
        return self()


print("__call__", deepest(lambda c: Call(c)()))


class Enter:
    def __init__(self, count):
        self.count = count

    def __enter__(self):
        self.count()
        with self:
            pass

    def __exit__(self, *exc):
        return False


def enter(c):
    with Enter(c):
        pass


print("__enter__", deepest(enter))


class Hash:
    def __init__(self, count):
        self.count = count

    def __hash__(self):
        self.count()
        return hash(self)


print("__hash__", deepest(lambda c: hash(Hash(c))))


def gen(c):
    c()
    yield from gen(c)


print("yield from", deepest(lambda c: list(gen(c))))


def for_gen(c):
    c()
    for x in for_gen(c):
        yield x


print("for over a generator", deepest(lambda c: list(for_gen(c))))


def plain(c):
    c()
    plain(c)


print("plain", deepest(plain))
