# `for` and `async for` over a value that is not iterable: CPython 3.11 puts GET_ITER and
# GET_AITER at the whole statement, so the traceback shows the line without carets (a
# comprehension marks the comprehension). A type with a dotted name (`_io.TextIOWrapper`) is
# named in full by `async with`.
import asyncio
import traceback


def plain(x):
    for i in [1, 2] and x:
        pass


def nested():
    for i in range(3):
        for j in i: pass


def multiline(x):
    for i in (
        x
    ):
        pass


def comprehension(x):
    return [i for i in x]


async def async_for(x):
    async for i in x:
        pass


async def async_comprehension(x):
    return [i async for i in x]


async def async_with_file():
    with open(__file__) as f:
        async with f:
            pass


def show(f, *args):
    try:
        r = f(*args)
        if asyncio.iscoroutine(r):
            asyncio.run(r)
    except TypeError:
        # From the innermost frame on (asyncio's own frames live elsewhere in CPython).
        lines = traceback.format_exc().splitlines()
        last = max(i for i, l in enumerate(lines) if l.startswith("  File"))
        print("\n".join(lines[last:]))


show(plain, 5)
show(nested)
show(multiline, None)
show(comprehension, 1.5)
show(async_for, [1, 2])
show(async_comprehension, 3)
show(async_with_file)
f = open(__file__)
try:
    f.missing
except AttributeError as e:
    print(e)
f.close()
