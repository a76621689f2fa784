# enumerate counts past sys.maxsize (and from any int) without wrapping, slice.indices()
# resolves bounds as CPython does, and a class pattern with a non-class says "must be a type"
# (CPython 3.11's wording).
import sys

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r)

show("enumerate big start", lambda: list(enumerate("ab", 10**20)))
show("enumerate at maxsize", lambda: list(enumerate("abc", sys.maxsize)))
show("enumerate negative", lambda: list(enumerate("ab", -5)))
show("enumerate bool start", lambda: list(enumerate("ab", True)))
show("indices", lambda: slice(1, 10, 2).indices(5))
show("indices none", lambda: slice(None).indices(3))
show("indices negative step", lambda: slice(None, None, -1).indices(4))
show("indices negative bounds", lambda: slice(-100, -1).indices(10))
show("indices negative length", lambda: slice(1).indices(-1))
show("indices zero step", lambda: slice(1, 2, 0).indices(3))
show("indices bad type", lambda: slice(1).indices("a"))
show("indices 0 args", lambda: slice(1).indices())
show("range from indices", lambda: list(range(*slice(None, None, 2).indices(7))))

def classify(x):
    match x:
        case len():
            return "len"
    return "no"

show("match non-class", lambda: classify(5))
