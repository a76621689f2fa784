# traceback.format_exception() returns CPython's pieces: one string per header, per frame (with
# its source and caret lines), per chain separator, the exception line whole (even when its
# message spans lines), then each note line; format_exception_only likewise.
import asyncio
import traceback


def f():
    raise ValueError("a\nb")


def g():
    try:
        f()
    except ValueError as e:
        raise KeyError("k") from e


try:
    g()
except KeyError as e:
    print(traceback.format_exception(e))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e, chain=False))
    print(traceback.format_exception(e, limit=1))
    print(traceback.format_tb(e.__traceback__))

e = ValueError("x")
e.add_note("n1\nn2")
e.add_note("n3")
print(traceback.format_exception_only(e))
try:
    compile("1 +* 2", "<x>", "eval")
except SyntaxError as e:
    print(traceback.format_exception_only(e))


def rec(n):
    return rec(n + 1)


try:
    rec(0)
except RecursionError as e:
    print(traceback.format_exception(e)[-3:])


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError


try:
    raise Unprintable()
except Unprintable as e:
    print(traceback.format_exception_only(e))
e1, e2 = ValueError(1), KeyError(2)
e1.__context__ = e2
e2.__context__ = e1
print(traceback.format_exception(e1))


async def bad():
    await asyncio.sleep(0)
    raise ValueError("in task")


async def main():
    try:
        await asyncio.create_task(bad())
    except ValueError as e:
        pieces = traceback.format_exception(e)
        print(pieces[0], pieces[-1], [p for p in pieces if "in bad" in p])


asyncio.run(main())
