"""A worker process's exception reaches the parent with CPython's remote traceback as its
__cause__ (concurrent.futures.process._RemoteTraceback for ProcessPoolExecutor,
multiprocessing.pool.RemoteTraceback for Pool): the worker's formatted traceback between
triple quotes, through the pool's own frames."""
import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def compute(x):
    if x == 3:
        raise KeyError(x)
    return x * 10


def describe(e):
    cause = e.__cause__
    lines = str(cause).splitlines()
    print(type(e).__name__, repr(e), type(cause).__module__, type(cause).__name__)
    # the first and last lines (the frames name interpreter-specific paths)
    print(repr(lines[0]), lines[1], lines[-2], lines[-1])
    print([line.split(", in ")[-1] for line in lines if line.startswith("  File")][1:])
    print(e.__suppress_context__, e.__traceback__ is not None)


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(await asyncio.gather(*(loop.run_in_executor(pool, compute, i) for i in range(3))))
        try:
            await loop.run_in_executor(pool, compute, 3)
        except KeyError as e:
            describe(e)
        fut = pool.submit(compute, 3)
        describe(fut.exception())


if __name__ == "__main__":
    asyncio.run(main())
    with multiprocessing.Pool(2) as p:
        print(p.map(compute, [1, 2]))
        for call in (lambda: p.map(compute, range(5)), lambda: p.apply(compute, (3,)),
                     lambda: p.starmap(compute, [(3,)])):
            try:
                call()
            except KeyError as e:
                describe(e)
