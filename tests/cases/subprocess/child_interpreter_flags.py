# Child interpreters started with the flags scripts pass to sys.executable: -u (unbuffered
# stdout, so a line-by-line dialogue over pipes works), and -B/-E/-s/-q/-I, alone or combined.
import asyncio
import sys

ECHO = "import sys\nfor line in sys.stdin:\n    print(line.strip().upper())\n"


async def dialogue():
    p = await asyncio.create_subprocess_exec(
        sys.executable, "-u", "-c", ECHO, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE
    )
    for word in ["alpha", "beta", "gamma"]:
        p.stdin.write(word.encode() + b"\n")
        await p.stdin.drain()
        print(await p.stdout.readline())
    p.stdin.close()
    print(await p.stdout.read(), await p.wait())


async def flags():
    for opts in (["-B"], ["-uB"], ["-E", "-s"], ["-I"], ["-q", "-u"]):
        p = await asyncio.create_subprocess_exec(
            sys.executable, *opts, "-c", "import sys; print(sys.argv)", "x", stdout=asyncio.subprocess.PIPE
        )
        out, _ = await p.communicate()
        print(opts, out, p.returncode)


async def main():
    await dialogue()
    await flags()


asyncio.run(main())
