# CPU-bound work in a ProcessPoolExecutor from asyncio: built-in functions of modules are sent
# to the workers by reference, which needs their __module__ (math.factorial's is 'math').
import asyncio
import concurrent.futures
import math
import pickle
import time


def sum_of_squares(n):
    return sum(i * i for i in range(n))


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        print(await asyncio.gather(*(loop.run_in_executor(pool, sum_of_squares, n) for n in (10, 100))))
        print(await loop.run_in_executor(pool, math.factorial, 20))
        print(await loop.run_in_executor(pool, math.gcd, 84, 36))
        print(list(pool.map(math.isqrt, [1, 17, 10**12])))
        print(list(pool.map(len, ["a", "bcd"])))


asyncio.run(main())

for f in (math.factorial, math.sqrt, len, print, time.monotonic, time.sleep):
    print(f.__module__, f.__qualname__, pickle.loads(pickle.dumps(f)) is f)
print([].append.__module__, dict.fromkeys.__module__)
