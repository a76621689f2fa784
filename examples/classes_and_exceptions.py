"""Classes, the dunder protocol, and exceptions with chaining."""


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __len__(self):
        return 2

    def __iter__(self):
        yield self.x
        yield self.y


class Named(Vector):
    def __init__(self, name, x, y):
        super().__init__(x, y)
        self.name = name

    @property
    def label(self):
        return f"{self.name}@{tuple(self)}"

    @staticmethod
    def origin():
        return Named("origin", 0, 0)

    @classmethod
    def kind(cls):
        return cls.__name__


v = Vector(1, 2) + Vector(3, 4.5)
print(v, len(v), list(v), v == Vector(4, 6.5))
n = Named("p", 1, 1)
print(n.label, Named.origin().label, Named.kind(), isinstance(n, Vector))
print([c.__name__ for c in Named.__mro__])


class ConfigError(Exception):
    pass


def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key!r}") from e


try:
    load("b")
except ConfigError as e:
    print(type(e).__name__, e, "caused by", repr(e.__cause__))

try:
    try:
        int("x")
    finally:
        print("finally runs first")
except ValueError as e:
    print("then the handler:", e)


class Resource:
    def __enter__(self):
        print("acquire")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("release", exc_type.__name__ if exc_type else None)
        return exc_type is ZeroDivisionError  # swallow only this one


with Resource() as r:
    print(1 / 0)
print("after with", f"{3.14159:.2f}", f"{42:>6}|", "%s-%05d" % ("id", 42))
