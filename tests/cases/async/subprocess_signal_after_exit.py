# Signalling an asyncio subprocess whose wait() has returned raises ProcessLookupError, as
# CPython's transport has forgotten the child by then; before it exits, terminate() works.
import asyncio
import sys
from asyncio import subprocess as sp


async def main():
    p = await asyncio.create_subprocess_exec("sleep", "5")
    p.terminate()
    print(await p.wait())
    for name in ("kill", "terminate"):
        try:
            getattr(p, name)()
        except ProcessLookupError as e:
            print(name, "ProcessLookupError", e.args)
    try:
        p.send_signal(0)
    except ProcessLookupError:
        print("send_signal ProcessLookupError")
    p = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import sys; print(sys.stdin.read()[::-1]); sys.exit(4)",
        stdin=sp.PIPE, stdout=sp.PIPE, stderr=sp.STDOUT)
    out, err = await p.communicate(b"abc")
    print(out, err, p.returncode)


asyncio.run(main())
