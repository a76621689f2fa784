# wait() returns once the child's pipes are closed: a background grandchild that inherited
# stdout keeps it open, and wait() waits for it (what it wrote is then buffered).
import asyncio
import time


async def main():
    t0 = time.monotonic()
    p = await asyncio.create_subprocess_shell(
        "echo first; (sleep 0.3; echo from-grandchild) &",
        stdout=asyncio.subprocess.PIPE)
    rc = await p.wait()
    print("returncode", rc, "waited for the pipe:", time.monotonic() - t0 >= 0.25)
    print(await p.stdout.read(), p.stdout.at_eof())

    # a pipe nobody reads is drained by wait(), so a large output does not block the child
    p = await asyncio.create_subprocess_exec(
        "sh", "-c", "head -c 100000 /dev/zero; echo done >&2",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    print(await p.wait(), len(await p.stdout.read()), await p.stderr.read())

    # communicate() reads both pipes to their end, then waits
    p = await asyncio.create_subprocess_shell(
        "echo out; (sleep 0.1; echo late >&2) &",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    print(await p.communicate(), p.returncode)


asyncio.run(main())
