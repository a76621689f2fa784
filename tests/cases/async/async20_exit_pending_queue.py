# A consumer blocked on a queue a module global holds, under an old-style loop: CPython
# frees it as the module is cleared, reporting it while it still runs, then closing it.
import asyncio

async def consume(queue):
    try:
        while True:
            item = await queue.get()
            print("got", item)
    finally:
        print("consumer finally")

async def produce(queue):
    for i in range(2):
        await queue.put(i)
        await asyncio.sleep(0)

loop = asyncio.get_event_loop()
queue = asyncio.Queue()
loop.create_task(consume(queue))
loop.run_until_complete(produce(queue))
print("done")
