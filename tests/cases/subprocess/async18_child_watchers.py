# asyncio's child watcher API (3.11): the policy's watcher, set_child_watcher, add_child_handler.
import asyncio, os, sys

print(sorted(n for n in dir(asyncio) if "atcher" in n))
print([n for n in asyncio.__all__ if "atcher" in n])
w = asyncio.get_child_watcher()
print(type(w).__name__, type(w).__module__, w is asyncio.get_child_watcher(), w.is_active())
print(isinstance(w, asyncio.AbstractChildWatcher), asyncio.unix_events.ThreadedChildWatcher is asyncio.ThreadedChildWatcher)
with w as entered:
    print(entered is w)
asyncio.set_child_watcher(asyncio.ThreadedChildWatcher())
print(asyncio.get_child_watcher() is w)
try:
    asyncio.AbstractChildWatcher().is_active()
except NotImplementedError:
    print("abstract")

async def main():
    watcher = asyncio.get_child_watcher()
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    import subprocess
    child = subprocess.Popen(["sh", "-c", "exit 5"])
    pid = child.pid
    def cb(p, rc, tag):
        done.set_result((p == pid, rc, tag))
    watcher.add_child_handler(pid, cb, "tag")
    print(await done)
    print(watcher.remove_child_handler(pid))
    proc = await asyncio.create_subprocess_exec("sh", "-c", "exit 3")
    print(await proc.wait())
    sw = asyncio.SafeChildWatcher()
    print(sw.is_active())
    sw.attach_loop(loop)
    print(sw.is_active())
    sw.close()

asyncio.run(main())
asyncio.set_child_watcher(None)
