# The loop takes three descriptors when made (CPython's epoll and self-pipe pair) and frees
# them at close, so sockets get CPython's numbers (the first is 6 under asyncio.run); the
# TransportSocket repr shows the peer of a connected socket; a subprocess pipe read to its
# end is closed (no descriptor left behind per process), as is one never read once the
# Process is dropped. Signal handlers use the loop's self-pipe as the wake-up descriptor,
# taking no descriptor of their own.
import asyncio
import os
import re
import signal
import socket


def free_fd():
    s = socket.socket()
    fd = s.fileno()
    s.close()
    return fd


FIRST = free_fd()


def nfds():
    return len(os.listdir("/proc/self/fd"))


def masked(o):
    return re.sub(r"\d{4,5}\)", "PORT)", repr(o))


async def handle(reader, writer):
    print("accepted", writer.get_extra_info("socket").fileno() - FIRST)
    await reader.read()
    writer.close()


async def main():
    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    print("listening", srv.sockets[0].fileno() - FIRST)
    port = srv.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(masked(writer.get_extra_info("socket")).replace(f"fd={FIRST + 4}", "fd=FIRST+4"))
    await asyncio.sleep(0.01)
    writer.close()
    await writer.wait_closed()
    srv.close()
    await srv.wait_closed()
    print("plain socket", free_fd() - FIRST)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGUSR1, stop.set)
    print("with a signal handler", free_fd() - FIRST)
    os.kill(os.getpid(), signal.SIGUSR1)
    await stop.wait()
    print("signalled", loop.remove_signal_handler(signal.SIGUSR1), free_fd() - FIRST)
    base = nfds()
    for i in range(20):
        p = await asyncio.create_subprocess_exec("echo", str(i), stdout=asyncio.subprocess.PIPE)
        out = await p.stdout.read()
        await p.wait()
    print(out, nfds() - base)
    p = await asyncio.create_subprocess_exec("echo", "unread", stdout=asyncio.subprocess.PIPE)
    await p.wait()
    del p
    await asyncio.sleep(0.1)  # CPython's child watcher thread may report the exit late
    print(nfds() - base)


for _ in range(2):
    asyncio.run(main())
loop = asyncio.new_event_loop()
print("after new_event_loop", free_fd() - FIRST)
loop.close()
print("after close", free_fd() - FIRST)
