# inspect.getsource/getsourcelines: decorators, multi-line signatures, nested classes,
# one-liners, lambdas, __wrapped__, modules, and code with no source file.
import inspect, functools

def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner

@deco
def decorated(x,
              y=2):
    # comment inside
    return x + y


def one_liner(): return 1

class Outer:
    """Doc."""
    x = 1

    class Inner:
        def method(self, a):
            if a:
                return a

            return None

    def m(self):
        pass

@deco
class Deco:
    pass

sq = lambda v: v * v

for obj in [decorated, one_liner, Outer, Outer.Inner, Outer.Inner.method, Outer().m, Deco, sq, deco]:
    print(repr(inspect.getsource(obj)))
print(inspect.getsourcelines(one_liner))
try:
    inspect.getsource(len)
except TypeError as e:
    print(type(e).__name__, e)
ns = {}
exec("def made(): pass", ns)
try:
    inspect.getsource(ns['made'])
except OSError as e:
    print(type(e).__name__, e)
print(inspect.getsourcelines(Outer.Inner)[1], inspect.getsourcelines(decorated)[1], inspect.getsourcelines(Deco)[1])
import sys
print(len(inspect.getsourcelines(sys.modules[__name__])[0]) > 10, inspect.getsourcelines(sys.modules[__name__])[1])
