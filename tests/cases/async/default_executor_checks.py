# loop.set_default_executor accepts only a ThreadPoolExecutor (CPython 3.11's message), and the
# default executor set there runs run_in_executor(None, ...) work until it is shut down.
import asyncio
import concurrent.futures


def square(x):
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    for bad in (5, None, concurrent.futures.Executor()):
        try:
            loop.set_default_executor(bad)
        except TypeError as e:
            print(type(bad).__name__, e)
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="mine")
    loop.set_default_executor(pool)
    print(await loop.run_in_executor(None, square, 7))
    await loop.shutdown_default_executor()
    try:
        pool.submit(square, 1)
    except RuntimeError as e:
        print(e)


asyncio.run(main())
