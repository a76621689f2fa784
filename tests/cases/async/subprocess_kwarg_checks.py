# create_subprocess_exec/_shell refuse the Popen options asyncio cannot honour with CPython's
# messages and order (universal_newlines, shell, bufsize, text, encoding, errors), and an
# unknown keyword fails as Popen.__init__ would.
import asyncio


async def main():
    cases = ({"foo": 1}, {"bufsize": 1}, {"text": True}, {"encoding": "utf-8"},
             {"errors": "strict"}, {"shell": False}, {"shell": True},
             {"universal_newlines": True, "shell": True}, {"text": False, "encoding": None},
             {"bufsize": 0, "close_fds": True, "start_new_session": False})
    for kw in cases:
        for fn in (asyncio.create_subprocess_exec, asyncio.create_subprocess_shell):
            try:
                p = await fn("true", **kw)
                print(fn.__name__, kw, "ok", await p.wait())
            except (TypeError, ValueError) as e:
                print(fn.__name__, kw, type(e).__name__, e)
    try:
        await asyncio.create_subprocess_shell(["ls"])
    except ValueError as e:
        print(e)


asyncio.run(main())
