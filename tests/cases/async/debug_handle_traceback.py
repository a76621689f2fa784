# Debug mode: a report made while a callback runs, about nothing that records where it was
# made, gets 'handle_traceback' (where the callback was scheduled) from the default handler,
# which adds it to the context dict itself; outside callbacks or debug mode it does not.
import asyncio

def report(loop):
    loop.call_exception_handler({"message": "reported from a callback"})
    ctx = {"message": "second"}
    loop.default_exception_handler(ctx)
    print(sorted(ctx))

def schedule(loop):
    loop.call_soon(report, loop)

loop = asyncio.new_event_loop()
loop.set_debug(True)
schedule(loop)
loop.run_until_complete(asyncio.sleep(0.01))
loop.call_exception_handler({"message": "outside callbacks"})
loop.set_debug(False)
loop.call_soon(report, loop)
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
