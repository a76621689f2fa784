"""get_event_loop() per CPython 3.11's default policy, the policy objects, and
loop.shutdown_asyncgens() called directly."""
import asyncio
import threading

loop = asyncio.get_event_loop()  # made on demand in the main thread
print(type(loop).__name__, asyncio.get_event_loop() is loop)


def in_thread():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)


t = threading.Thread(target=in_thread, name="worker")
t.start()
t.join()


async def agen():
    try:
        yield 1
    finally:
        print("agen finalized")


async def start():
    g = agen()
    await g.__anext__()
    return g


g = loop.run_until_complete(start())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.run_until_complete(loop.shutdown_default_executor())
loop.close()

asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, isinstance(policy, asyncio.AbstractEventLoopPolicy))
other = policy.new_event_loop()
print(type(other).__name__)
other.close()
try:
    asyncio.set_event_loop_policy(1)
except TypeError as e:
    print("TypeError:", e)
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
