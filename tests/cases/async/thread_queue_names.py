# queue and threading types show CPython's names: queue.Empty and SimpleQueue live in _queue,
# threading.RLock() is a _thread.RLock (owner=0 while free); queue.Queue[int] and
# SimpleQueue[str] are generic aliases; the event loop policy is asyncio.unix_events'.
import asyncio
import queue
import threading

print(queue.Queue[int], queue.LifoQueue[str], queue.SimpleQueue[str])
print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Empty.__doc__)
try:
    queue.Queue().get_nowait()
except queue.Empty as e:
    print(type(e), repr(e))
r = threading.RLock()
print(type(r), repr(r).split(" at ")[0])
with r:
    print(repr(r).split(" owner=")[0], repr(r).split(" count=")[1].split(" ")[0])
print(type(asyncio.get_event_loop_policy()))
print(asyncio.DefaultEventLoopPolicy.__module__, asyncio.DefaultEventLoopPolicy.__qualname__)
