# A callback scheduled with call_soon/call_later that raises: the loop reports it through its
# exception handler with CPython's message and context (the handle keeps its callback).
import asyncio
import functools


def boom(tag, n=0):
    raise ValueError(f"bad {tag} {n}")


class Job:
    def run(self):
        raise KeyError("job")


def handler(loop, context):
    print("message:", context["message"])
    print("exception:", repr(context["exception"]))
    print("handle:", context["handle"])
    print("keys:", sorted(context))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(boom, "soon")
    loop.call_soon(functools.partial(boom, "partial", n=2))
    loop.call_soon(Job().run)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0.01)
    print("loop still running")


asyncio.run(main())
