"""Tasks left pending when main() returns are cancelled by asyncio.run() in the order they
were made (CPython's set of tasks iterates in address order, which for a few tasks made one
after another is their creation order); each one's cleanup runs, and one that raises while
cancelled is reported after the others."""
import asyncio


async def worker(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled", n)
        raise


async def stubborn():
    try:
        await asyncio.get_running_loop().create_future()
    except asyncio.CancelledError:
        print("stubborn cancelled")
        raise ValueError("cleanup failed")


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("main returns")
    return "result"


async def main2():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)


print(asyncio.run(main()))
asyncio.run(main2())
print("end")
