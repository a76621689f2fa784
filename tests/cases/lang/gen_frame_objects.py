# gi_frame / gi_running / gi_suspended / gi_yieldfrom of generators, as CPython 3.11 reports them.
import re


def shape(r):
    return re.sub(r"0x[0-9a-f]+", "0x?", r).replace(__file__, "FILE")


def g():
    x = 1
    yield x
    y = 2
    yield y


gen = g()
f = gen.gi_frame
print(type(f).__name__, f.f_lineno, f.f_code.co_name, f.f_back, f.f_locals)
next(gen)
f = gen.gi_frame
print(f.f_lineno, f.f_locals, f.f_globals is globals(), type(f.f_lasti).__name__)
print(shape(repr(f)))
print(gen.gi_running, gen.gi_suspended, gen.gi_yieldfrom)
next(gen)
print(gen.gi_frame.f_lineno, gen.gi_frame.f_locals)
for _ in gen:
    pass
print(gen.gi_frame, gen.gi_suspended, gen.gi_running)


def inner():
    yield 1
    return 5


def outer():
    r = yield from inner()
    yield r


o = outer()
print(o.gi_yieldfrom, o.gi_suspended)
next(o)
sub = o.gi_yieldfrom
print(sub.__name__, o.gi_frame.f_lineno, sub.gi_running, sub.gi_suspended, o.gi_running)
print(next(o), o.gi_yieldfrom, sub.gi_frame)


def selfref():
    yield gen2.gi_running
    yield gen2.gi_frame.f_lineno
    yield gen2.gi_suspended


gen2 = selfref()
print(next(gen2), next(gen2), next(gen2))


def lazy():
    yield 1


print(shape(repr(lazy())), shape(repr(g)))


def make():
    def local_gen():
        yield
    return local_gen()


print(shape(repr(make())))
