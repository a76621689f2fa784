# sys.set_coroutine_origin_tracking_depth(): coroutines made while it is on remember where
# (cr_origin, innermost frame first) and the "never awaited" warning shows those frames.
# asyncio's debug mode turns tracking on (depth 10) while the loop runs and restores the old
# depth after; loop.set_debug() on a running loop takes effect from a callback.
import asyncio
import sys


async def fetch(url=None):
    return url


def make(name):
    return fetch(url=name)


def outer():
    return make("b")


print(sys.get_coroutine_origin_tracking_depth())
c = make("a")
print(c.cr_origin)
c.close()

sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = outer()
print([(fn.rsplit("/", 1)[-1], line, name) for fn, line, name in c.cr_origin])
print(c.cr_origin is not None, type(c.cr_origin).__name__, len(c.cr_origin))
c.close()

for bad in ["x", 1.5, None, 2**70, -1]:
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except Exception as e:
        print(type(e).__name__, e)
sys.set_coroutine_origin_tracking_depth(True)
print(sys.get_coroutine_origin_tracking_depth())
for call in [lambda: sys.set_coroutine_origin_tracking_depth(),
             lambda: sys.set_coroutine_origin_tracking_depth(1, 2),
             lambda: sys.set_coroutine_origin_tracking_depth(level=1),
             lambda: sys.get_coroutine_origin_tracking_depth(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
sys.set_coroutine_origin_tracking_depth(depth=3)
print(sys.get_coroutine_origin_tracking_depth())

# Never awaited: the warning lists where the coroutine was made, outermost first.
c = outer()
del c
sys.set_coroutine_origin_tracking_depth(0)
c = outer()
del c


async def main():
    loop = asyncio.get_running_loop()
    print("running, debug", loop.get_debug(), sys.get_coroutine_origin_tracking_depth())
    loop.set_debug(False)
    print("after set_debug(False)", sys.get_coroutine_origin_tracking_depth())
    await asyncio.sleep(0)
    print("next step", sys.get_coroutine_origin_tracking_depth())
    c = fetch(url=1)
    print(c.cr_origin)
    c.close()
    loop.set_debug(True)
    print("after set_debug(True)", sys.get_coroutine_origin_tracking_depth())
    await asyncio.sleep(0)
    print("next step", sys.get_coroutine_origin_tracking_depth())
    c = fetch(url=2)
    print(c.cr_origin[0][1:])
    c.close()


asyncio.run(main(), debug=True)
print("after run", sys.get_coroutine_origin_tracking_depth())

sys.set_coroutine_origin_tracking_depth(4)
loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.run_until_complete(asyncio.sleep(0))
print("restored", sys.get_coroutine_origin_tracking_depth())
loop.set_debug(False)
loop.run_until_complete(asyncio.sleep(0))
print("not debug", sys.get_coroutine_origin_tracking_depth())
loop.close()
