# asyncio.Runner runs every run() without context= in one context, even when the program had
# made no context before the first run (its main task then makes the copy the runner keeps).
import asyncio
import contextvars

counter = contextvars.ContextVar("counter", default=0)
trail = contextvars.ContextVar("trail")


async def bump():
    counter.set(counter.get() + 1)
    return counter.get()


async def spawn_child():
    # A task made inside a run copies the runner's context at that point.
    return await asyncio.create_task(bump())


with asyncio.Runner() as runner:
    print(runner.run(bump()), runner.run(bump()), runner.run(bump()))
    print(runner.run(spawn_child()), runner.run(bump()))
    own = contextvars.Context()
    print(runner.run(bump(), context=own), runner.run(bump(), context=own), runner.run(bump()))
    print(counter.get(), own.get(counter))

# A runner started after contextvars came into use copies the context current then.
trail.set("outer")


async def read_trail():
    value = trail.get()
    trail.set(value + "+")
    return value


with asyncio.Runner() as runner:
    print(runner.run(read_trail()), runner.run(read_trail()))
print(trail.get())

# asyncio.run() starts from a fresh copy each time.
print(asyncio.run(bump()), asyncio.run(bump()))
