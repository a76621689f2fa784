# Work in child processes: multiprocessing.Pool, Process, ProcessPoolExecutor and
# loop.run_in_executor with a process pool. Results and exceptions come back to the parent.
import asyncio
import concurrent.futures
import multiprocessing


def square(x):
    return x * x


def add(a, b):
    return a + b


def describe(value):
    return (type(value).__name__, value)


def fail(x):
    raise ValueError(f"bad input: {x}")


def total(n):
    return sum(range(n))


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, total, n) for n in (10, 100, 1000)))
        print("run_in_executor:", results)
        try:
            await loop.run_in_executor(pool, fail, 7)
        except ValueError as e:
            print("run_in_executor raised:", repr(e))


if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        print("map:", pool.map(square, range(10)))
        print("starmap:", pool.starmap(add, [(1, 2), (3, 4), ("a", "b")]))
        print("apply:", pool.apply(add, (20, 22)))
        r = pool.apply_async(square, (12,))
        print("apply_async:", r.get(timeout=10), r.ready(), r.successful())
        print("imap:", list(pool.imap(square, [3, 2, 1])))
        print("values:", pool.map(describe, [None, True, 1.5, "s", b"b", [1], (2,), {"k": [3]}, {4}]))
        try:
            pool.map(fail, [2])
        except ValueError as e:
            print("map raised:", e)

    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(square, n) for n in range(5)]
        print("submit:", [f.result() for f in futures])
        print("executor map:", list(ex.map(add, [1, 2, 3], [10, 20, 30])))

    p = multiprocessing.Process(target=square, args=(3,))
    p.start()
    p.join()
    print("process exitcode:", p.exitcode)
    print("cpu_count is int:", isinstance(multiprocessing.cpu_count(), int))
    asyncio.run(main())
