# locals() in a function returns one dict per frame, refreshed on every call (CPython's
# PyFrame_FastToLocals): names stored into it by exec() stay, unbound locals drop out.
import sys


def same_dict():
    first = locals()
    a = 1
    second = locals()
    print(first is second, sorted(second))
    second["extra"] = 3
    print("extra" in locals(), locals()["extra"])


def exec_names():
    exec("zz = 1")
    print(locals()["zz"])
    exec("yy = zz + 1")
    print(sorted(locals()))


def unbound_drop():
    x = 1
    snapshot = locals()
    del x
    locals()
    print("x" in snapshot, sorted(snapshot))


def closure_names():
    outer = "o"

    def inner():
        print(sorted(locals()), outer)

    inner()
    print(sorted(locals()))


def frame_locals():
    v = 5
    f = sys._getframe()
    print(f.f_locals["v"])


def dir_in_function(p, q=2):
    r = p + q
    print(dir())


same_dict()
exec_names()
unbound_drop()
closure_names()
frame_locals()
dir_in_function(1)


def gen():
    a = yield locals()
    yield sorted(locals())


g = gen()
first = next(g)
print(sorted(first), g.send(10))

# StopIteration.value is a member, not an instance-dict entry.
e = StopIteration(5, 6)
print(e.value, e.args, e.__dict__)
e.value = 9
print(e.value, e.args, e.__dict__)
del e.value
print(e.value)


class Box:
    def __iter__(self):
        return self

    def __next__(self):
        err = StopIteration("first")
        err.value = "assigned"
        raise err


def delegate():
    result = yield from Box()
    print("yield from got", result)


list(delegate())
