class D(dict): pass
d = D(a=1, b=2)
print(list(reversed(d)), list(reversed({'x': 1, 'y': 2})))
try:
    D() + 1
except TypeError as e: print(e)
from collections import namedtuple
Point = namedtuple('Point', 'x y')
try:
    Point(1, z=3)
except TypeError as e: print(e)
def f(x, y): pass
from collections import namedtuple
P = namedtuple('P', 'x y z', defaults=[0])
for args, kw in [((1,), {'q': 3}), ((1,), {'x': 2}), ((), {}), ((1, 2, 3, 4), {}), ((1,), {'y': 2, 'w': 1}), ((1,), {'z': 5}), ((1,), {'y': 2})]:
    try:
        print(P(*args, **kw))
    except TypeError as e:
        print(e)
class L(list): pass
try:
    L() + 1
except TypeError as e: print(e)
class I(int): pass
try:
    I(1) + "a"
except TypeError as e: print(e)
x = D(a=1)
try:
    x += 1
except TypeError as e: print(e)
print(I(2) + 3, L([1]) + [2], list(reversed(D(p=1, q=2).items())))
