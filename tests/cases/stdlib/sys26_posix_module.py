# os's primitives come from the posix module (their __module__ says so), which can be
# imported, and a child process can be given one by reference (pickled as posix.NAME).
import os
import pickle
import posix
import multiprocessing as mp
import signal


def kill_self():
    os.kill(os.getpid(), signal.SIGKILL)


print(os._exit.__module__, os.getpid.__module__, os.listdir.__module__)
print(posix.getpid is os.getpid, posix._exit is os._exit, posix.listdir is os.listdir)
print(pickle.loads(pickle.dumps(os.getpid)) is os.getpid)
print(pickle.loads(pickle.dumps(os._exit)) is os._exit)
print(posix.getcwd() == os.getcwd(), posix.sep if hasattr(posix, "sep") else "no sep")

if __name__ == "__main__":
    # A child that ends itself mid-call: its own exit status is the exit code.
    for target, args in ((os._exit, (7,)), (os._exit, (0,)), (kill_self, ())):
        p = mp.Process(target=target, args=args)
        p.start()
        p.join()
        print("exit code", p.exitcode)
