# Pipe transports over os.fdopen() files: the write pipe pauses and resumes its protocol around
# the write-buffer limits (CPython's transports._FlowControlMixin, which also makes it a
# ReadTransport by inheritance), and the read pipe sees eof then connection_lost.
import asyncio
import os


class ReadProto(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.size = 0

    def connection_made(self, t):
        print("read made", type(t).__name__)

    def data_received(self, data):
        self.size += len(data)

    def eof_received(self):
        print("eof after", self.size, "bytes")

    def connection_lost(self, exc):
        print("read lost", exc)
        self.done.set_result(None)


class WriteProto(asyncio.Protocol):
    def connection_made(self, t):
        print("write made", type(t).__name__)

    def pause_writing(self):
        print("pause")

    def resume_writing(self):
        print("resume")

    def connection_lost(self, exc):
        print("write lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    done = loop.create_future()
    rt, rp = await loop.connect_read_pipe(lambda: ReadProto(done), os.fdopen(r, "rb", 0))
    wt, wp = await loop.connect_write_pipe(WriteProto, os.fdopen(w, "wb", 0))
    print(isinstance(wt, asyncio.ReadTransport), isinstance(wt, asyncio.WriteTransport))
    print(isinstance(rt, asyncio.WriteTransport))
    print(wt.get_write_buffer_limits())
    try:
        wt.set_write_buffer_limits(high=1, low=5)
    except ValueError as e:
        print(e)
    wt.set_write_buffer_limits(low=100)
    print(wt.get_write_buffer_limits())
    wt.set_write_buffer_limits(high=4, low=2)
    wt.write(b"0123456789" * 20000)
    print(wt.get_write_buffer_size() > 0)
    await asyncio.sleep(0.05)
    wt.write(b"end")
    wt.close()
    await done
    await asyncio.sleep(0)


asyncio.run(main())

# os.fdopen itself.
r, w = os.pipe()
with os.fdopen(w, "w") as f:
    print(type(f).__name__, f.write("text through fdopen\n"))
with os.fdopen(r) as f:
    print(repr(f.read()))
for bad in (r, -1):
    try:
        os.fdopen(bad)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
try:
    os.fdopen("3")
except TypeError as e:
    print(e)
r, w = os.pipe()
try:
    os.fdopen(r, "rz")
except ValueError as e:
    print(e)
os.write(w, b"still open")
print(os.read(r, 100))
os.close(r)
os.close(w)
