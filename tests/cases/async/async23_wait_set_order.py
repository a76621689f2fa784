# Looping over asyncio.wait()'s done and pending sets, and over all_tasks(), visits the tasks
# in CPython's order (a set of tasks iterates by their addresses' hashes).
import asyncio


async def job(i):
    await asyncio.sleep(0.001 * (5 - i))
    return i * i


async def main():
    tasks = set()
    for i in range(5):
        tasks.add(asyncio.create_task(job(i)))
    print("running:", len(asyncio.all_tasks()))
    for t in asyncio.all_tasks():
        print(" ", t.get_name())
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done))
    print([t.result() for t in done])


asyncio.run(main())
