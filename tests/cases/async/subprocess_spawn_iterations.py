"""create_subprocess_exec/_shell return after the loop iterations CPython's subprocess transport
takes (a _connect_pipes task, two iterations per pipe), which also uses Task-N numbers."""
import asyncio
tick = 0
def ticker(loop, n):
    global tick
    tick += 1
    if n:
        loop.call_soon(ticker, loop, n - 1)

async def main():
    global tick
    loop = asyncio.get_running_loop()
    P = asyncio.subprocess.PIPE
    for kw in [{}, {"stdout": P}, {"stdin": P, "stdout": P}, {"stdin": P, "stdout": P, "stderr": P}, {"stdout": P, "stderr": asyncio.subprocess.STDOUT}, {"stdout": asyncio.subprocess.DEVNULL}]:
        tick = 0
        ticker(loop, 20)
        p = await asyncio.create_subprocess_exec("true", **kw)
        print(sorted(kw), "spawned at", tick)
        await asyncio.sleep(0.03)
        if p.stdin:
            p.stdin.close()
        await p.wait()
    tick = 0
    ticker(loop, 20)
    p = await asyncio.create_subprocess_shell("true", stdout=P)
    print("shell at", tick)
    await p.wait()
    async def spawn(name):
        print(name, "start")
        p = await asyncio.create_subprocess_exec("echo", name, stdout=P)
        print(name, "spawned")
        out, _ = await p.communicate()
        return out
    print(await asyncio.gather(spawn("a"), spawn("b")))
    t = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name())
    await t

asyncio.run(main())
