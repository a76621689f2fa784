# While a child runs, the descriptors a script opens get CPython's numbers: CPython 3.11's
# default child watcher waits in a thread and takes no descriptor. The subprocess's stdin
# writer is a pipe transport: no socket, peername or sockname, and its 'pipe' is a file over
# the pipe's descriptor.
import asyncio
import os


def next_fd():
    fd = os.open("/dev/null", os.O_RDONLY)
    os.close(fd)
    return fd


async def main():
    before = next_fd()
    sleeper = await asyncio.create_subprocess_exec("sleep", "0.2")
    print("free descriptor unchanged by a running child:", next_fd() == before)
    cat = await asyncio.create_subprocess_exec("cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    for key in ["socket", "peername", "sockname", "bogus"]:
        print(key, cat.stdin.get_extra_info(key), cat.stdin.transport.get_extra_info(key, "default"))
    pipe = cat.stdin.get_extra_info("pipe")
    print("pipe descriptors:", pipe.fileno() - before, cat.stdin.transport.get_extra_info("pipe") is pipe)
    print(cat.stdin.transport)
    print(await cat.communicate(b"through cat\n"))
    sleeper.kill()
    print(await sleeper.wait())
    print("free descriptor after both:", next_fd() == before)


asyncio.run(main())
