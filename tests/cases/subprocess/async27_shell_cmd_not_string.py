# create_subprocess_shell() with a command that is not a string: the loop's subprocess_shell()
# refuses it, as in CPython (function names and source lines of the traceback; corio's
# asyncio files are frozen, so file names are left out).
import asyncio
import traceback


async def main():
    for cmd in (["ls", "-l"], 5, None):
        try:
            await asyncio.create_subprocess_shell(cmd)
        except ValueError as e:
            print(type(e).__name__, e)
            for frame in traceback.extract_tb(e.__traceback__):
                print("  ", frame.name, frame.line)
    # bytes and str commands run
    for cmd in (b"exit 3", "exit 4"):
        proc = await asyncio.create_subprocess_shell(cmd)
        print(cmd, await proc.wait())


asyncio.run(main())
