# sys.set_coroutine_origin_tracking_depth records where each coroutine object was made, for
# coroutines made by plain calls, calls with defaults, calls through a bound method and calls
# of a class's coroutine method alike. Only the function names and relative line numbers are
# printed (the file name is machine-specific).
import sys

BASE = sys._getframe().f_lineno


async def job(x):
    return x


async def with_default(x, y=2):
    return x + y


class Worker:
    async def run(self):
        return 1


def origin(coro):
    frames = coro.cr_origin
    coro.close()
    if frames is None:
        return None
    return [(name, line - BASE) for _, line, name in frames]


def make():
    return job(1)


print(sys.get_coroutine_origin_tracking_depth())
print(origin(job(1)))
sys.set_coroutine_origin_tracking_depth(2)
print(origin(job(1)))
print(origin(make()))
print(origin(with_default(1)))
print(origin(Worker().run()))
run = Worker().run
print(origin(run()))
sys.set_coroutine_origin_tracking_depth(0)
print(origin(job(1)))
