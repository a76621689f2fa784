"""Task creation order: what runs when.

`asyncio.create_task` only *schedules* a coroutine; nothing runs until the
current task gives control back to the event loop (at an `await` that really
suspends). Awaiting a bare coroutine, by contrast, runs it inline, right now,
inside the current task, without going through the loop at all.
"""
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name}: step {i}")
        # sleep(0) yields to the loop exactly once: every other ready task
        # gets one turn before this one resumes.
        await asyncio.sleep(0)
    print(f"{name}: done")
    return name


async def inline(label):
    # No suspension point: when awaited directly this finishes before the
    # awaiting line returns, and no other task can run in between.
    print(f"inline {label}")
    return label + "!"


async def main():
    print("main: creating tasks")
    a = asyncio.create_task(worker("a", 2))
    b = asyncio.create_task(worker("b", 3))
    # Both tasks exist but neither has printed anything yet.
    print("main: tasks created, a.done() =", a.done())

    # Awaiting a coroutine runs it inline: tasks a and b still wait.
    value = await inline("first")
    print("main: inline returned", value)

    # The first real suspension: a and b now run in creation order.
    await asyncio.sleep(0)
    print("main: back after one loop turn")

    # Awaiting a task waits for it to finish and hands back its result.
    print("main: a returned", await a)
    print("main: b returned", await b)

    # A task started after the others still runs in FIFO order.
    c = asyncio.create_task(worker("c", 1))
    d = asyncio.create_task(worker("d", 1))
    results = await asyncio.gather(d, c)
    # gather returns results in argument order, not completion order.
    print("main: gather ->", results)


asyncio.run(main())
