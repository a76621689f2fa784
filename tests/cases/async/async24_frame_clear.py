# frame.clear(): refused for a running frame, closes a suspended generator, drops locals.
import inspect
import sys


def gen():
    x = 5
    try:
        yield x
    finally:
        print('generator closed by frame.clear()')


g = gen()
next(g)
fr = g.gi_frame
print(fr.f_locals, inspect.getgeneratorstate(g))
fr.clear()
print(g.gi_frame, fr.f_locals, inspect.getgeneratorstate(g))
print(fr.clear())


def running():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print('RuntimeError:', e)


running()


def f():
    x = 1
    return sys._getframe()


fr = f()
print(fr.f_locals)
fr.clear()
print(fr.f_locals)

