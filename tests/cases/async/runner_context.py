# asyncio.Runner runs each coroutine given without context= in one copy of the context current
# when the runner started: a variable set outside afterwards is not seen, one set by a run()
# stays for the next run(); run(context=ctx) runs in ctx itself.
import asyncio
import contextvars


async def show(tag):
    print(tag, var.get())


# A runner started before any context was used runs in an (empty) copy all the same.
early = asyncio.Runner()
early.run(asyncio.sleep(0))
var = contextvars.ContextVar("var", default="default")
var.set("set after the runner started")
early.run(show("early runner"))
early.close()
var = contextvars.ContextVar("var", default="default")


async def setter(value):
    var.set(value)


ctx = contextvars.Context()
ctx.run(var.set, "in ctx")
with asyncio.Runner() as runner:
    runner.run(show("plain"))
    runner.run(show("with ctx"), context=ctx)
    var.set("outer set")
    runner.run(show("after outer set"))
    runner.run(setter("set by a run"))
    runner.run(show("next run"))
    runner.run(setter("set in ctx"), context=ctx)
    print(ctx[var], var.get())

with asyncio.Runner() as runner:
    runner.run(show("new runner"))
    var.set("changed again")
    runner.run(show("same runner"))

asyncio.run(show("asyncio.run"))
