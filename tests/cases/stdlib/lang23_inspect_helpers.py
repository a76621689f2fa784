# inspect's closure, argument, class-tree and comment helpers, and getsource/getfile of code
# objects, frames and tracebacks, as CPython 3.11 has them.
import inspect
import os
import sys

LIMIT = 10


def make_counter(step):
    count = 0

    def bump(times=1):
        nonlocal count
        count += step * times
        return min(count, LIMIT), len(str(count)), undefined_helper
    return bump


bump = make_counter(3)
cv = inspect.getclosurevars(bump)
print(cv)
print(cv.nonlocals, sorted(cv.builtins), cv.unbound, type(cv).__name__)
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print(e)


class Box:
    size = 3

    def grow(self, by):
        return self.size + by

print(inspect.getclosurevars(Box().grow))


def traced(a, b=2, *rest, key=None, **extra):
    frame = inspect.currentframe()
    info = inspect.getargvalues(frame)
    print(inspect.getargs(frame.f_code))
    print(inspect.formatargvalues(*info))
    print(inspect.getlineno(frame), inspect.getabsfile(frame) == os.path.abspath(__file__))
    return frame


f = traced(1, 5, 6, key="k", flag=True)
print(inspect.getsource(f.f_code), end="")
print(inspect.getsourcelines(traced.__code__)[1])


class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
class Puppy(Dog): pass

for entry in inspect.getclasstree([Puppy, Cat, Dog, Animal]):
    print(entry)
print(inspect.getclasstree([Dog, Cat], unique=True))

# A comment about Helper,
# over two lines.
class Helper:
    # The method's comment.
    def method(self):
        return 1

    @property
    def prop(self):
        return 2


def uncommented():
    pass


print(repr(inspect.getcomments(Helper)), repr(inspect.getcomments(Helper.method)), inspect.getcomments(uncommented))
print(repr(inspect.getcomments(sys.modules[__name__])))
lines, start = inspect.findsource(Helper.method)
print(start, lines[start].strip())
print([name for name, _ in inspect.getmembers_static(Helper) if not name.startswith("__")])
print(type(inspect.getmembers_static(Helper)[0]), inspect.getmembers_static(Helper, inspect.isfunction)[0][0])
print(inspect.indentsize("\t  x"), inspect.indentsize("    y"))


def failing():
    value = 7
    raise RuntimeError(value)


try:
    failing()
except RuntimeError as exc:
    tb = exc.__traceback__.tb_next
    print(inspect.getfile(tb) == __file__, inspect.getsource(tb), end="")
    print(inspect.getsourcelines(tb.tb_frame)[1], inspect.getframeinfo(tb.tb_frame).function)
