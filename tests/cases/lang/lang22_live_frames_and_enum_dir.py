# Frame objects follow their code as it runs: a generator's gi_frame is one object whose
# f_lineno/f_locals move with the generator, and a frame from inspect.currentframe() shows
# its call's current line. Enum members list their class's public methods in dir().
import asyncio
import enum
import inspect
import sys


def countdown(n):
    label = 'count'
    while n > 0:
        yield n
        n -= 1
    done = True
    yield label


g = countdown(2)
frame = g.gi_frame
print(frame.f_lineno, frame.f_locals)
next(g)
print(frame.f_lineno, frame.f_locals, frame is g.gi_frame)
next(g)
print(frame.f_lineno, frame.f_locals['n'], g.gi_frame.f_lineno)
print(list(g), g.gi_frame)


async def worker():
    total = 0
    await asyncio.sleep(0)
    total += 1
    return total


c = worker()
cframe = c.cr_frame
c.send(None)
print(cframe.f_lineno, cframe.f_locals, cframe is c.cr_frame)
c.close()


def where():
    frame = inspect.currentframe()
    first = frame.f_lineno
    step = 'one'
    second = frame.f_lineno
    info = inspect.getframeinfo(frame)
    print(first, second, info.lineno, sorted(frame.f_locals), sys._getframe().f_lineno)
    return frame


kept = where()
print(kept.f_code.co_name, kept.f_back.f_code.co_name)


class Status(enum.Enum):
    PENDING = 'pending'
    DONE = 'done'

    def describe(self):
        return self.value.title()

    @property
    def upper(self):
        return self.value.upper()

    @classmethod
    def parse(cls, text):
        return cls(text)


print(dir(Status.PENDING))
print(dir(Status))
print(Status.parse('done').describe(), Status.DONE.upper)


class Loud:
    def __dir__(self):
        return ['extra'] + object.__dir__(self)


print([n for n in dir(Loud()) if not n.startswith('__')])
