# Function arguments: defaults, *args, **kwargs, keyword-only, positional-only, binding errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 4, "z": 5}))

def pos(a, b, /, c, *, d):
    return a + b + c + d

print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))

def default_list(x, acc=[]):
    acc.append(x)
    return acc

print(default_list(1), default_list(2))
print(f.__name__, f.__defaults__, f.__kwdefaults__)

def check(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

def g(a, b):
    pass

def h(a, *, k):
    pass

def none():
    pass

def kwo(*, a, b):
    pass

check(g, 1)
check(g)
check(g, 1, 2, 3)
check(g, 1, b=2, c=3)
check(g, 1, a=2)
check(h, 1)
check(h, 1, 2)
check(none, 1)
check(kwo)
check(kwo, 1)
check(pos, 1, b=2, c=3, d=4)
check(pos, 1, 2, 3, 4)
check(f)
check(g, **{"a": 1, "b": 2, "c": 3})

def opt(a, b=1, c=2):
    pass
check(opt)
check(opt, 1, 2, 3, 4)

class K:
    def m(self, x):
        return x
check(K().m)
check(K().m, 1, 2)
check(len)
check(len, 1, 2)
try:
    g(*5)
except TypeError as e:
    print(e)
try:
    g(**[1])
except TypeError as e:
    print(e)
try:
    g(1, *None)
except TypeError as e:
    print(e)

def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated(1), annotated.__annotations__)

def doc():
    "docstring here"
print(doc.__doc__)

def recurse(n):
    return 1 if n <= 1 else n * recurse(n - 1)
print(recurse(20))

def star_only(*args):
    return args
print(star_only(), star_only(1, *[2, 3], *(4,)))

def kw_only_dict(**kw):
    return kw
print(kw_only_dict(a=1, **{"b": 2}, c=3))
try:
    kw_only_dict(a=1, **{"a": 2})
except TypeError as e:
    print(e)
