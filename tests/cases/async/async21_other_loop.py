# Futures of one loop handed to another: run_until_complete refuses them (it used to wait
# forever), as CPython's tasks._ensure_future does; gather() outside a running loop makes its
# future on the default loop, so another loop cannot run it either.
import asyncio


async def c(n):
    await asyncio.sleep(0)
    return n


loop = asyncio.new_event_loop()
other = asyncio.new_event_loop()
f = other.create_future()
try:
    loop.run_until_complete(f)
except ValueError as e:
    print("ValueError:", e)
t = other.create_task(c(1))
try:
    loop.run_until_complete(t)
except ValueError as e:
    print("ValueError:", e)
g = asyncio.gather(c(2), c(3))
print(g.get_loop() is asyncio.get_event_loop(), g.get_loop() is loop)
try:
    print(loop.run_until_complete(g))
except ValueError as e:
    print("ValueError:", e)
print(asyncio.get_event_loop().run_until_complete(g))
try:
    asyncio.ensure_future(f, loop=loop)
except ValueError as e:
    print("ValueError:", e)
print(other.run_until_complete(t))


async def main():
    try:
        await f
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" coro=")[0], "...", str(e).split("> got ")[1])


loop.run_until_complete(main())
f.cancel()
for lp in (loop, other, asyncio.get_event_loop()):
    lp.close()
print("closed")
