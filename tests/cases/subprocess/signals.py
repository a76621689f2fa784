# signal.signal handlers run at the next safe point; asyncio's add_signal_handler runs its
# callback from the loop.
import asyncio
import os
import signal

print(signal.SIGINT, repr(signal.SIGTERM), signal.SIGUSR1 == 10, signal.SIGUSR2.name)
# A program started as a background job inherits SIGINT ignored and keeps it so (CPython too).
with open("/proc/self/status") as status:
    sigign = int(next(l for l in status if l.startswith("SigIgn:")).split()[1], 16)
started_ignored = bool(sigign >> (signal.SIGINT - 1) & 1)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler
      or (started_ignored and signal.getsignal(signal.SIGINT) == signal.SIG_IGN))
print(signal.getsignal(signal.SIGUSR1), signal.SIG_DFL, repr(signal.SIG_IGN))


def handler(signum, frame):
    print('handler got', signum)


print('old', signal.signal(signal.SIGUSR1, handler))
os.kill(os.getpid(), signal.SIGUSR1)
print('after kill')
print(signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print('ignored')
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

for bad in [lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN),
            lambda: signal.signal(99, signal.SIG_IGN),
            lambda: signal.signal(signal.SIGUSR1, 5)]:
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)


def interrupt(signum, frame):
    raise KeyboardInterrupt


signal.signal(signal.SIGUSR2, interrupt)
try:
    signal.raise_signal(signal.SIGUSR2)
except KeyboardInterrupt:
    print('KeyboardInterrupt from a handler')
signal.signal(signal.SIGUSR2, signal.SIG_DFL)


async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.Event()

    def on_signal(tag):
        print('loop callback', tag)
        done.set()

    loop.add_signal_handler(signal.SIGUSR1, on_signal, 'self')
    os.kill(os.getpid(), signal.SIGUSR1)
    print('sent')
    await asyncio.wait_for(done.wait(), 5)

    # A signal from a child process while the loop waits for I/O.
    done.clear()
    loop.add_signal_handler(signal.SIGUSR2, on_signal, 'child')
    proc = await asyncio.create_subprocess_exec('sh', '-c', f'kill -USR2 {os.getpid()}')
    await asyncio.wait_for(done.wait(), 5)
    print('child exited', await proc.wait())

    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1))
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print('RuntimeError', e)

    async def coro():
        pass
    try:
        loop.add_signal_handler(signal.SIGUSR2, coro)
    except TypeError as e:
        print('TypeError', e)


asyncio.run(main())
# asyncio.run closed the loop, which removed its handlers.
print(signal.getsignal(signal.SIGUSR2))
