# A background grandchild that inherited stdout keeps the pipe open after the child exits:
# wait() gives the child's return code, and reading to the end collects what the grandchild
# wrote. (Whether wait() itself returns before the grandchild closes the pipe depends on
# timing, in CPython too, so it is not printed.)
import asyncio


async def main():
    p = await asyncio.create_subprocess_shell(
        "echo first; (sleep 0.3; echo from-grandchild) &",
        stdout=asyncio.subprocess.PIPE)
    rc = await p.wait()
    print("returncode", rc)
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
