# Event loop subclasses, loop factories and event loop policies.
import asyncio


class MyLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self.tag = "mine"
        self.created = 0

    def create_task(self, coro, *, name=None, context=None):
        self.created += 1
        return super().create_task(coro, name=name, context=context)

    def close(self):
        print("MyLoop.close, created", self.created)
        super().close()


async def main(n):
    loop = asyncio.get_running_loop()
    print(type(loop).__name__, loop.tag, isinstance(loop, asyncio.AbstractEventLoop),
          isinstance(loop, asyncio.BaseEventLoop), isinstance(loop, asyncio.SelectorEventLoop))
    t = asyncio.create_task(asyncio.sleep(0, n))
    print(t.get_loop() is loop, loop.create_future().get_loop() is loop)
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "soon")
    print(await fut, await t)
    return n * 2


plain = asyncio.SelectorEventLoop()
print(repr(plain), type(plain).__name__)
print(plain.run_until_complete(asyncio.sleep(0, "plain")))
plain.close()

loop = MyLoop()
print(repr(loop))
print(loop.run_until_complete(main(1)))
loop.close()
print(repr(loop), loop.is_closed())

with asyncio.Runner(loop_factory=MyLoop) as runner:
    print(runner.run(main(2)))
    print(type(runner.get_loop()).__name__)


class MyPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print("MyPolicy.new_event_loop")
        return MyLoop()


asyncio.set_event_loop_policy(MyPolicy())
print(type(asyncio.get_event_loop_policy()).__name__)
print(asyncio.run(main(3)))
lp = asyncio.new_event_loop()
print(type(lp).__name__)
lp.close()
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
# A new policy has no loop set yet: get_event_loop() makes one with its new_event_loop().
asyncio.set_event_loop_policy(MyPolicy())
print(type(asyncio.get_event_loop()).__name__, asyncio.get_event_loop() is asyncio.get_event_loop())
asyncio.get_event_loop().close()
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)


class FactoryPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = MyLoop


asyncio.set_event_loop_policy(FactoryPolicy())
print(asyncio.run(main(4)))
asyncio.set_event_loop_policy(None)
print(type(asyncio.new_event_loop()).__name__)

try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print("TypeError:", e)
try:
    asyncio.set_event_loop_policy(object())
except TypeError as e:
    print("TypeError:", e)


# The exception handler receives the subclass instance.
async def failing_callback():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda l, ctx: seen.append((type(l).__name__, l is loop, ctx["message"].split(" at ")[0])))
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print(seen)

with asyncio.Runner(loop_factory=MyLoop) as runner:
    runner.run(failing_callback())


# Overridden exception handler methods get the loop's reports.
class Collecting(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self.reports = []
    def call_exception_handler(self, context):
        self.reports.append(context["message"].split(" at ")[0])
        if "exception" in context:
            self.reports.append(repr(context["exception"]))
        if context["message"].startswith("custom"):
            super().call_exception_handler(context)

class Defaulting(asyncio.SelectorEventLoop):
    def default_exception_handler(self, context):
        print("default handler:", context["message"].split(" at ")[0], repr(context.get("exception")))

async def boom():
    raise ValueError("boom")

async def reports():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    del t
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    fut = loop.create_future()
    fut.set_exception(KeyError("k"))
    del fut
    loop.call_exception_handler({"message": "custom report"})
    await asyncio.sleep(0)

with asyncio.Runner(loop_factory=Collecting) as r:
    r.run(reports())
    print(r.get_loop().reports)
with asyncio.Runner(loop_factory=Defaulting) as r:
    r.run(reports())
    def bad_handler(loop, ctx):
        raise RuntimeError("handler broke")
    r.get_loop().set_exception_handler(bad_handler)
    r.run(reports())


# A subclass's call_soon sees the callbacks futures and tasks schedule.
class Tracing(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self.scheduled = []
    def call_soon(self, callback, *args, context=None):
        self.scheduled.append(getattr(callback, "__name__", type(callback).__name__))
        return super().call_soon(callback, *args, context=context)

async def traced_child(n):
    await asyncio.sleep(0)
    return n

async def traced():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done callback", f.result()))
    loop.call_soon(fut.set_result, 5)
    print(await fut)
    print(await asyncio.gather(traced_child(1), traced_child(2)))
    h = loop.call_soon(print, "plain")
    print(type(h).__name__)
    await asyncio.sleep(0)

with asyncio.Runner(loop_factory=Tracing) as r:
    r.run(traced())
    s = r.get_loop().scheduled
    print(len(s) > 5, sorted(set(s) & {"<lambda>", "print", "set_result", "task_wakeup"}))
