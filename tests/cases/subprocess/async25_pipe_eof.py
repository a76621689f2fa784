# A subprocess's pipes after wait(): CPython's wait() returns once the pipe transports have
# read to EOF, so at_eof() holds once the buffered lines are read; and loop.subprocess_exec()
# reports the pipes' connection_lost before process_exited.
import asyncio
import sys


async def read_after_wait():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', 'print("a"); print("b")',
        stdout=asyncio.subprocess.PIPE)
    print('returncode', await proc.wait())
    while True:
        line = await proc.stdout.readline()
        print(line, proc.stdout.at_eof())
        if not line:
            break


async def at_eof_loop(code):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', code, stdout=asyncio.subprocess.PIPE)
    lines = []
    while not proc.stdout.at_eof():
        lines.append(await proc.stdout.readline())
    print(lines, await proc.wait(), proc.stdout.at_eof())


async def both_pipes_unread():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', 'import sys; print("out"); print("err", file=sys.stderr); sys.exit(2)',
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    print('returncode', await proc.wait())
    print(proc.stdout.at_eof(), proc.stderr.at_eof())
    print(await proc.stdout.read(), await proc.stderr.read())
    print(proc.stdout.at_eof(), proc.stderr.at_eof())
    out, err = await proc.communicate()
    print(out, err)


async def async_for_then_wait():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', 'for i in range(3): print("line", i)',
        stdout=asyncio.subprocess.PIPE)
    async for line in proc.stdout:
        print('got', line)
    print(proc.stdout.at_eof(), await proc.wait())


class Recorder(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.pipe_closed = False
        self.exited = False
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        # (how the child's writes are split into reads varies: only the total is shown)
        self.output.extend(data)

    def pipe_connection_lost(self, fd, exc):
        print('pipe_connection_lost', fd, exc)
        self.pipe_closed = True
        self.check()

    def process_exited(self):
        print('process_exited')
        self.exited = True
        self.check()

    def check(self):
        if self.pipe_closed and self.exited:
            self.done.set_result(True)

    def connection_lost(self, exc):
        print('connection_lost', exc)


async def protocol_order():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, protocol = await loop.subprocess_exec(
        lambda: Recorder(done), sys.executable, '-c', 'print("2024-01-01")', stdin=None, stderr=None)
    await done
    print('returncode', transport.get_returncode(), bytes(protocol.output))
    transport.close()
    await asyncio.sleep(0)


async def main():
    await read_after_wait()
    await at_eof_loop('print("x"); print("y")')
    await at_eof_loop('pass')
    await both_pipes_unread()
    await async_for_then_wait()
    await protocol_order()


asyncio.run(main())
