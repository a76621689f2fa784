# An exception's traceback keeps the frames it ended alive, and with them their locals: an
# object only they refer to is finalized when the exception goes (the end of the `except`
# block, a `del`, shutdown for an uncaught one), as in CPython.
import asyncio


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def work(name, fail):
    r = Res(name)
    if fail:
        raise ValueError(name)
    return r.name


print(work("a", False))
try:
    work("b", True)
except ValueError as e:
    print("caught", e)
print("after handler b")

try:
    work("c", True)
except ValueError as e:
    err = e
print("after handler c")
del err
print("after del c")


def keep():
    try:
        work("d", True)
    except ValueError as e:
        return e


saved = keep()
print("saved", repr(saved))
saved = None
print("after dropping d")


async def task_body(name):
    r = Res(name)
    await asyncio.sleep(0)
    raise KeyError(name)


async def main():
    t = asyncio.create_task(task_body("t"))
    await asyncio.sleep(0.01)
    print("task done:", t.done(), repr(t.exception()))
    del t
    print("after del task")
    try:
        await asyncio.gather(task_body("g1"), task_body("g2"))
    except KeyError as e:
        print("gather raised", repr(e))
    print("end main")


asyncio.run(main())
print("last line")
work("z", True)
