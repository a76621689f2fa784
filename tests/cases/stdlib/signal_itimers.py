# signal.setitimer/getitimer (ITIMER_REAL delivers SIGALRM, also to an asyncio loop's
# add_signal_handler), their errors (signal.ItimerError, an OSError subclass), and
# pthread_kill to the running thread, whose handler runs before it returns.
import asyncio
import signal
import threading

print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(signal.ItimerError, signal.ItimerError.__mro__[1])
print(signal.setitimer(signal.ITIMER_REAL, 30, 0.5))
delay, interval = signal.getitimer(signal.ITIMER_REAL)
print(25 < delay <= 30, interval)
print(signal.setitimer(signal.ITIMER_REAL, 0)[1])
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.setitimer(signal.ITIMER_VIRTUAL, 0, 0))

for args in [(99, 1), (signal.ITIMER_REAL, -1), (signal.ITIMER_REAL, "x"), (), (0,),
             (0, 1, 2, 3), (0, float("nan")), (0, 1e300)]:
    try:
        print(signal.setitimer(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(99,), ("x",), ()]:
    try:
        print(signal.getitimer(*args))
    except Exception as e:
        print(type(e).__name__, e)

fired = []
signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signal.Signals(signum).name))
signal.setitimer(signal.ITIMER_REAL, 0.01)
while not fired:
    pass
print("handler ran:", fired)

signal.signal(signal.SIGUSR1, lambda signum, frame: print("SIGUSR1 handled in", frame.f_code.co_name))
signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
print("after pthread_kill")
print(signal.pthread_kill(threading.get_ident(), 0))
try:
    signal.pthread_kill(threading.get_ident(), 999)
except OSError as e:
    print("OSError", e)


async def main():
    loop = asyncio.get_running_loop()
    ticks = []
    done = asyncio.Event()

    def tick():
        ticks.append(len(ticks))
        if len(ticks) == 3:
            signal.setitimer(signal.ITIMER_REAL, 0)
            done.set()

    loop.add_signal_handler(signal.SIGALRM, tick)
    signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
    await asyncio.wait_for(done.wait(), 5)
    print("ticks", ticks)


asyncio.run(main())
