# asyncio subprocesses: exec and shell, pipes as streams, communicate, return codes, errors.
import asyncio
import sys


async def python_child():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', 'print("from the child"); print(6 * 7)',
        stdout=asyncio.subprocess.PIPE)
    print(repr(proc).startswith('<Process ') and repr(proc).endswith(f'{proc.pid}>'))
    print(await proc.stdout.readline())
    print(await proc.stdout.read())
    print('returncode', await proc.wait(), proc.returncode)


async def lines():
    proc = await asyncio.create_subprocess_shell(
        'for i in 1 2 3; do echo line $i; done', stdout=asyncio.subprocess.PIPE)
    async for line in proc.stdout:
        print('got', line)
    await proc.wait()


async def exit_codes():
    proc = await asyncio.create_subprocess_shell('exit 3')
    print('exit 3 ->', await proc.wait())
    proc = await asyncio.create_subprocess_exec('sh', '-c', 'echo out; echo err >&2; exit 1',
                                                stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)


async def pipeline():
    proc = await asyncio.create_subprocess_exec(
        'tr', 'a-z', 'A-Z', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b'hello pipes\n')
    print(out, err)
    proc = await asyncio.create_subprocess_exec(
        'sort', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    for word in [b'pear\n', b'apple\n', b'fig\n']:
        proc.stdin.write(word)
    await proc.stdin.drain()
    proc.stdin.close()
    print(await proc.stdout.read())
    print(await proc.wait())


async def merged_and_devnull():
    proc = await asyncio.create_subprocess_shell(
        'echo one; echo two >&2', stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    print(sorted(out.split()))
    proc = await asyncio.create_subprocess_shell(
        'echo hidden', stdout=asyncio.subprocess.DEVNULL)
    print(await proc.communicate(), proc.returncode)


async def concurrent():
    async def run(n):
        proc = await asyncio.create_subprocess_exec(
            sys.executable, '-c', f'import time; time.sleep({n} / 20); print({n})',
            stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        return int(out)
    print(await asyncio.gather(run(3), run(1), run(2)))


async def signals():
    proc = await asyncio.create_subprocess_exec('sleep', '10')
    proc.terminate()
    print('terminated', await proc.wait())
    proc = await asyncio.create_subprocess_exec('sleep', '10')
    proc.kill()
    print('killed', await proc.wait())


async def errors():
    try:
        await asyncio.create_subprocess_exec('nope')
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.create_subprocess_exec('ls', cwd='/nonexistent-dir')
    except FileNotFoundError as e:
        print(type(e).__name__, e)


async def main():
    for step in [python_child, lines, exit_codes, pipeline, merged_and_devnull, concurrent,
                 signals, errors]:
        print('--', step.__name__)
        await step()


asyncio.run(main())
