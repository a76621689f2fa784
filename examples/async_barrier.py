"""Meeting points with asyncio.Barrier (new in Python 3.11).

A Barrier for N parties makes each `wait()` block until N tasks are waiting,
then releases them all together. Each released task gets a distinct index
0..N-1 from `wait()`. The barrier then resets itself for the next round.
`abort()` breaks it: current and future waiters get BrokenBarrierError.
"""
import asyncio


async def runner(barrier, name, rounds):
    for r in range(rounds):
        print(f"{name}: reached barrier in round {r}")
        index = await barrier.wait()
        # Exactly one task gets index 0; it can do once-per-round work.
        if index == 0:
            print(f"round {r}: everyone arrived, {name} got index 0")
    return name


async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "waiting:", barrier.n_waiting)
    await asyncio.gather(*(runner(barrier, f"r{i}", 2) for i in range(3)))
    print("broken after normal use:", barrier.broken)

    # Abort while a task is waiting: the waiter sees BrokenBarrierError.
    small = asyncio.Barrier(2)

    async def lonely():
        try:
            await small.wait()
        except asyncio.BrokenBarrierError:
            print("lonely: barrier broken while waiting")

    task = asyncio.create_task(lonely())
    await asyncio.sleep(0)
    print("n_waiting before abort:", small.n_waiting)
    await small.abort()
    await task
    print("broken:", small.broken)
    try:
        await small.wait()
    except asyncio.BrokenBarrierError:
        print("wait on a broken barrier raises BrokenBarrierError")

    # reset() repairs a broken barrier.
    await small.reset()
    print("after reset, broken:", small.broken)

    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("Barrier(0):", e)


asyncio.run(main())
