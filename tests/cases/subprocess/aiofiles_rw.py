# aiofiles: open as an awaitable and as an async context manager; reads, writes, seeks and
# line iteration run in the loop's default executor, so other tasks keep running.
import asyncio
import os

try:
    import aiofiles
    aiofiles_open = aiofiles.open
except ImportError:
    # The reference python3 may lack the third-party package (corio ships its own).
    from standin.aiofiles import open_ as aiofiles_open

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_aiofiles_rw.tmp')


async def ticker(events):
    for i in range(3):
        events.append(f'tick {i}')
        await asyncio.sleep(0)


async def main():
    events = []
    async with aiofiles_open(PATH, 'w', encoding='utf-8') as f:
        await asyncio.gather(f.write('one\ntwo\nthree\n'), ticker(events))
        print('written, tell =', await f.tell())
    print(len(events), 'ticks while writing')

    f = await aiofiles_open(PATH)
    print(repr(await f.readline()))
    async for line in f:
        print('line', repr(line))
    await f.seek(0)
    print(await f.readlines())
    await f.seek(4)
    print(repr(await f.read(3)))
    await f.close()
    print('closed', f.closed)

    async with aiofiles_open(PATH, 'rb') as f:
        print(await f.read())
    async with aiofiles_open(PATH, 'a') as f:
        await f.write('four\n')
    async with aiofiles_open(PATH) as f:
        print(repr(await f.read()))

    async def read_one(name):
        async with aiofiles_open(PATH) as f:
            return name, len(await f.read())
    print(await asyncio.gather(*(read_one(n) for n in 'abc')))


try:
    asyncio.run(main())
finally:
    os.remove(PATH)
print(os.path.exists(PATH))
