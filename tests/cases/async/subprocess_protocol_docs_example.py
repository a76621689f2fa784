# The docs' DateProtocol example of loop.subprocess_exec, and a SubprocessProtocol writing the
# child's stdin from connection_made (write_eof) under loop.subprocess_shell.
import asyncio
import sys

class DateProtocol(asyncio.SubprocessProtocol):
    def __init__(self, exit_future):
        self.exit_future = exit_future
        self.output = bytearray()
        self.pipe_closed = False
        self.exited = False

    def pipe_connection_lost(self, fd, exc):
        self.pipe_closed = True
        self.check_for_exit()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.exited = True
        self.check_for_exit()

    def check_for_exit(self):
        if self.pipe_closed and self.exited:
            self.exit_future.set_result(True)

async def get_date():
    code = 'import datetime; print(datetime.date(2020, 1, 2))'
    loop = asyncio.get_running_loop()
    exit_future = asyncio.Future(loop=loop)
    transport, protocol = await loop.subprocess_exec(
        lambda: DateProtocol(exit_future),
        sys.executable, '-c', code,
        stdin=None, stderr=None)
    await exit_future
    transport.close()
    data = bytes(protocol.output)
    return data.decode('ascii').rstrip()

date = asyncio.run(get_date())
print(f"Current date: {date}")

class Echo(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.buf = []
        self.transport = None
    def connection_made(self, transport):
        self.transport = transport
        stdin = transport.get_pipe_transport(0)
        for i in range(3):
            stdin.write(f"line {i}\n".encode())
        stdin.write_eof()
    def pipe_data_received(self, fd, data):
        self.buf.append((fd, data))
    def connection_lost(self, exc):
        self.done.set_result(self.transport.get_returncode())

async def cat():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    tr, pr = await loop.subprocess_shell(lambda: Echo(done), "cat; echo oops >&2; exit 7")
    rc = await done
    out = b"".join(d for fd, d in pr.buf if fd == 1)
    err = b"".join(d for fd, d in pr.buf if fd == 2)
    print(rc, out, err)
    print(tr.is_closing())
    tr.close()
    print(tr.is_closing(), tr.get_returncode())
    try:
        tr.kill()
    except ProcessLookupError as e:
        print("PLE", repr(e))

asyncio.run(cat())
