# __slots__: member descriptors, no instance __dict__, 3.11's AttributeError messages.
class P:
    __slots__ = ("x",)


p = P()
print(hasattr(p, "__dict__"), P.__slots__)
try:
    p.y = 1
except AttributeError as e:
    print(e)
try:
    print(p.x)
except AttributeError as e:
    print(e)
p.x = 5
print(p.x, getattr(p, "x"), P.x, type(P.x).__name__, P.x.__name__, P.x.__objclass__)
del p.x
for f in [lambda: p.x, lambda: delattr(p, "x"), lambda: delattr(p, "nope"), lambda: p.__dict__, lambda: vars(p)]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


class Q(P):
    __slots__ = ("z",)


q = Q()
q.x, q.z = 1, 2
print(q.x, q.z, hasattr(q, "__dict__"))


class R(P):
    pass


r = R()
r.w = 3
print(r.__dict__)


class S:
    __slots__ = ("a", "__dict__")


s = S()
s.b = 2
print(s.__dict__, S.__slots__)


class T:
    __slots__ = "single"

    def __init__(self):
        self.single = 9


print(T().single, T.single)


class Private:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = 1

    def reveal(self):
        return self.__secret


print(Private().reveal(), Private._Private__secret)

try:
    P.x.__get__(1)
except TypeError as e:
    print(e)

for body in ['__slots__ = ("v",)\n    v = 1', '__slots__ = (1,)', '__slots__ = ("a b",)',
             '__slots__ = ("__dict__", "__dict__")']:
    try:
        exec(f"class Bad:\n    {body}\n")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


import copy

pt = Point(1, 2)
c = copy.copy(pt)
c.x = 10
print(pt, c, copy.deepcopy(pt))
