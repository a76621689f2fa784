"""'coroutine ... was never awaited' goes through the warnings machinery as in CPython: once per
line under the default filter, recorded by catch_warnings, silenced by a filter; freed at the
end of an except block, it reports the handler's last line."""
import asyncio
import warnings


async def work(n):
    return n


async def main():
    for i in range(3):
        work(i)
    print("loop done")
    coros = [work(i) for i in range(2)]
    del coros
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        work(1)
        work(2)
    print(len(w), [str(x.message) for x in w], w[0].category.__name__, w[0].lineno)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        work(5)
    print("ignored")
    try:
        raise ValueError(work(7))
    except ValueError:
        print("in handler")
        print("last line of handler")
    print("end main")


asyncio.run(main())
