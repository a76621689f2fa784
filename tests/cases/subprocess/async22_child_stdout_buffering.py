"""With stdout a pipe and no PYTHONUNBUFFERED, what the script prints stays in its buffer while
the event loop waits, so children writing to the inherited stdout come out first, as under
CPython (whose selector wait does not flush); the script reruns itself that way and shows
the combined output."""
import asyncio
import os
import subprocess
import sys


async def child_run():
    print("parent before")
    proc = await asyncio.create_subprocess_exec("echo", "first child")
    await proc.wait()
    print("parent between")
    await asyncio.sleep(0.01)
    proc = await asyncio.create_subprocess_shell("echo second child")
    await proc.wait()
    print("parent after", proc.returncode)
    sys.stdout.flush()
    proc = await asyncio.create_subprocess_exec("echo", "after flush")
    await proc.wait()
    print("end")


if len(sys.argv) > 1:
    asyncio.run(child_run())
else:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    out = subprocess.run([sys.executable, __file__, "child"], env=env, stdout=subprocess.PIPE)
    print(out.stdout.decode(), end="")
    print("exit", out.returncode)
