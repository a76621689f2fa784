"""Running child processes concurrently with asyncio.

`asyncio.create_subprocess_exec(program, *args, stdin=, stdout=, stderr=)` starts a child
and returns a `Process` at once; its `stdin` is a StreamWriter and its `stdout`/`stderr` are
StreamReaders, so talking to a child is the same as talking to a socket. While one task waits
for a child's output, the event loop runs the others: three children that each take a moment
finish in about the time of the slowest one.

`proc.communicate(input)` is the usual way to drive a child: it writes `input` to stdin,
closes it, reads stdout and stderr to their end and waits for the exit, all concurrently, so
neither side can block on a full pipe.
"""
import asyncio
import sys

PIPE = asyncio.subprocess.PIPE

WORDS = b"pear\nApple\nfig\nbanana\ncherry\n"


async def run(*argv, input=None):
    """Run a program with `input` on its stdin; return (returncode, stdout)."""
    proc = await asyncio.create_subprocess_exec(*argv, stdin=PIPE, stdout=PIPE)
    out, _ = await proc.communicate(input)
    return proc.returncode, out


async def pipeline(data):
    """The shell pipeline `tr a-z A-Z | sort`, built from two children: a task copies the
    first child's stdout into the second child's stdin as the bytes arrive."""
    upper = await asyncio.create_subprocess_exec("tr", "a-z", "A-Z", stdin=PIPE, stdout=PIPE)
    sort = await asyncio.create_subprocess_exec("sort", stdin=PIPE, stdout=PIPE)

    async def feed():
        upper.stdin.write(data)
        await upper.stdin.drain()
        upper.stdin.close()

    async def pump():
        async for line in upper.stdout:
            sort.stdin.write(line)
            await sort.stdin.drain()
        sort.stdin.close()

    _, _, (out, _) = await asyncio.gather(feed(), pump(), sort.communicate())
    await upper.wait()
    return out


async def python_child(n):
    """A child interpreter (sys.executable is whichever interpreter runs this file) that
    sleeps a little, then reports."""
    code = f"import time; time.sleep({n} / 10); print('child', {n}, 'squared is', {n} * {n})"
    _, out = await run(sys.executable, "-c", code)
    return out.decode().strip()


async def main():
    # Three children at once; gather returns their results in the order they were given.
    results = await asyncio.gather(python_child(3), python_child(1), python_child(2))
    for line in results:
        print(line)

    code, out = await run("sort", input=WORDS)
    print(f"sort exited with {code}: {out.decode().split()}")

    print("pipeline:", (await pipeline(WORDS)).decode().split())

    # A failing command: its exit status is the returncode; stderr can be captured too.
    proc = await asyncio.create_subprocess_shell(
        "echo 'about to fail' >&2; exit 3", stderr=PIPE)
    _, err = await proc.communicate()
    print(f"shell exited with {proc.returncode}, said {err.decode().strip()!r}")


asyncio.run(main())
