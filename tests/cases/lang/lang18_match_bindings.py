match (1, 2):
    case (x, 3):
        pass
    case _:
        try:
            print(x)
        except NameError as e:
            print("NameError", e)
match (5, 2):
    case (y, 1) | (y, 3):
        pass
    case _:
        try:
            print(y)
        except NameError as e:
            print("NameError", e)
match (7, 2):
    case (z, 1) | (z, 2):
        print("z", z)
class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
match P(1, 2):
    case P(a=q, b=5):
        pass
    case P(q2, r2):
        print(q2, r2)
try:
    print(q)
except NameError as e:
    print("NameError", e)
match {"k": 1, "j": 2}:
    case {"k": kk, "j": 3}:
        pass
    case {"k": kk2, **rest}:
        print(kk2, rest)
try:
    print(kk)
except NameError as e:
    print("NameError", e)
match [1, 2, 3, 4]:
    case [a1, *mid, 9]:
        pass
    case [a2, *mid2]:
        print(a2, mid2)
try:
    print(a1, mid)
except NameError as e:
    print("NameError", e)
match 5:
    case (1 as w) | (5 as w):
        print("w", w)
match [1, [2, 3]]:
    case [u, [v, 4]]:
        pass
    case [u2, [v2, w2]]:
        print(u2, v2, w2)
try:
    print(u)
except NameError as e:
    print("NameError", e)
def f(s):
    match s:
        case (n, 0) if n > 3:
            return "big", n
        case (m, 0):
            return "small", m
    return None
print(f((5, 0)), f((1, 0)), f((1, 2)))
# guard failing: names bound?
match (1, 0):
    case (g, 0) if g > 3:
        pass
    case _:
        print("g", g)

from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def classify(v):
    match v:
        case [a, b] | (b, a, _):
            return ("pair-ish", a, b)
        case {"x": x, "y": y, **rest} | Point(x=x, y=y, z=rest) if x > 0:
            return ("xy", x, y, rest)
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return ("axis", yy)
        case [1, *others] | [2, *others]:
            return ("starts12", others)
        case ((1 | 2) as n, [m, *_]) | (m, n, 7, 7):
            return ("nested", n, m)
        case str() as s if len(s) > 2:
            return ("str", s)
        case {"k": {"inner": [q, r]}}:
            return ("deep", q, r)
        case _:
            return "other"
for v in [[1, 2], (1, 2, 3), {"x": 1, "y": 2, "z": 3}, {"x": -1, "y": 2}, Point(0, 5), Point(4, 0),
          Point(3, 3), [1, 9, 8], [2], (1, [5, 6]), (3, 4, 7, 7), "hello", "hi", {"k": {"inner": [1, 2]}},
          {"k": {"inner": [1]}}, 42]:
    print(v, "->", classify(v))
def gen(items):
    for it in items:
        match it:
            case (a, b) | [b, a, None]:
                yield a - b
            case _:
                yield None
print(list(gen([(5, 1), [1, 5, None], 7, (1, 2, 3)])))
# the order of stores in alternatives with many names
match (1, 2, 3):
    case (a, b, 9, c) | (b, a, c) if False:
        pass
    case (p, q, r) | [r, q, p]:
        print(p, q, r)
match [3, 2, 1]:
    case (p, q, r, 0) | [r, q, p] if False:
        pass
    case x:
        print(x)
for i in range(3):
    match i, i * 2:
        case (0, z) | (z, 4):
            print("zz", z)
        case (n, m):
            print("nm", n, m)
try:
    match 5:
        case (x, y):
            pass
        case int(q) if q > 10:
            pass
    print(q)
except NameError as e:
    print("NameError", e)
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **kw}:
        print(kw)
class C:
    __match_args__ = ("a",)
    a = 5
match C():
    case C(a) | C(a=a):
        print("a", a)
