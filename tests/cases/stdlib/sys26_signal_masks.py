# Blocking signals with pthread_sigmask: a blocked signal stays pending (sigpending) until
# it is unblocked, when its handler runs; sigwait takes a pending signal without a handler.
import os
import signal
import threading

print(signal.SIG_BLOCK, signal.SIG_UNBLOCK, signal.SIG_SETMASK)
print(repr(signal.SIG_BLOCK), list(signal.Sigmasks))

received = []
signal.signal(signal.SIGUSR1, lambda signum, frame: received.append(signal.Signals(signum).name))

old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print("old mask:", old)
os.kill(os.getpid(), signal.SIGUSR1)
print("pending:", signal.sigpending(), "received:", received)
print("mask now:", signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR1}))
print("after unblock, received:", received, "pending:", signal.sigpending())

# sigwait: block the signal, send it, take it.
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
os.kill(os.getpid(), signal.SIGUSR2)
print("sigwait ->", repr(signal.sigwait([signal.SIGUSR2])))
print("pending after sigwait:", signal.sigpending())

# sigwait in the main thread while another thread sends the signal.
def sender():
    os.kill(os.getpid(), signal.SIGUSR2)

t = threading.Thread(target=sender)
t.start()
print("waited for", signal.sigwait({signal.SIGUSR2}).name)
t.join()

print("restore:", signal.pthread_sigmask(signal.SIG_SETMASK, []))
print("empty:", signal.pthread_sigmask(signal.SIG_BLOCK, []))

for call in (lambda: signal.pthread_sigmask(signal.SIG_BLOCK, [0]),
             lambda: signal.pthread_sigmask(signal.SIG_BLOCK, [65]),
             lambda: signal.pthread_sigmask(99, []),
             lambda: signal.pthread_sigmask(signal.SIG_BLOCK, 5),
             lambda: signal.pthread_sigmask(signal.SIG_BLOCK, ["x"]),
             lambda: signal.pthread_sigmask(signal.SIG_BLOCK),
             lambda: signal.sigpending(1),
             lambda: signal.sigwait()):
    try:
        call()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
