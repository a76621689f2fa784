"""Debug mode: scheduling from a thread other than the loop's raises CPython's RuntimeError
(call_soon_threadsafe is exempt); loop.close() logs 'Close <loop>' at DEBUG; all_tasks(loop)
lists only that loop's tasks."""
import asyncio
import logging
import threading

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def from_thread():
        for f in (lambda: loop.call_soon(print, "x"), lambda: loop.call_later(1, print),
                  lambda: fut.set_result(1)):
            try:
                f()
            except RuntimeError as e:
                print("err:", e)
        loop.call_soon_threadsafe(print, "threadsafe ok")

    t = threading.Thread(target=from_thread)
    t.start()
    t.join()
    await asyncio.sleep(0)
    print(fut.done())
    other = asyncio.new_event_loop()
    print(len(asyncio.all_tasks()), len(asyncio.all_tasks(other)))
    other.close()


asyncio.run(main(), debug=True)
