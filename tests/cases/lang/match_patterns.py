# match statements: mapping, sequence, class, guard, or- and as-patterns.
def t(v):
    match v:
        case {"k": [a, b]}:
            return ("map-seq", a, b)
        case {"k": x, **rest}:
            return ("map", x, rest)
        case [1, *others]:
            return ("seq", others)
        case (x, y) if x > y:
            return ("guard", x, y)
        case str() as s:
            return ("str", s)
        case int(n) | float(n):
            return ("num", n)
        case _:
            return "other"
for v in [{"k": [1, 2]}, {"k": 3, "z": 4}, [1, 2, 3], (5, 2), "hi", 7, 2.5, None, {"k": [1]}]:
    print(t(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
match Point(1, 2):
    case Point(x=1, y=yy):
        print("kw", yy)
match Point(3, 4):
    case Point(a, b):
        print("pos", a, b)
