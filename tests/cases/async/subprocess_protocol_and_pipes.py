# loop.subprocess_exec / subprocess_shell with a SubprocessProtocol (pipes, exit, kill, option
# errors) and loop.connect_read_pipe / connect_write_pipe with protocol classes.
import asyncio, os, sys

class Collect(asyncio.SubprocessProtocol):
    def __init__(self):
        self.exited = asyncio.get_running_loop().create_future()
        self.chunks = {1: bytearray(), 2: bytearray()}
        self.lost = []
        self.events = []
    def connection_made(self, transport):
        self.events.append("made")
    def pipe_data_received(self, fd, data):
        self.chunks[fd].extend(data)
    def pipe_connection_lost(self, fd, exc):
        self.lost.append((fd, exc))
    def process_exited(self):
        self.events.append("exited")
    def connection_lost(self, exc):
        self.events.append(("lost", exc))
        self.exited.set_result(None)

async def main():
    loop = asyncio.get_running_loop()
    code = "import sys\ndata = sys.stdin.read()\nprint(data.upper())\nprint('err', file=sys.stderr)\nsys.exit(2)"
    tr, p = await loop.subprocess_exec(Collect, sys.executable, "-c", code)
    print(tr.get_returncode(), tr.is_closing())
    w = tr.get_pipe_transport(0)
    print(type(w).__name__, type(tr.get_pipe_transport(1)).__name__, tr.get_pipe_transport(5))
    w.write(b"hello ")
    w.writelines([b"world", b"\n"])
    print(w.can_write_eof(), w.get_write_buffer_size())
    w.close()
    await p.exited
    print(p.events)
    print(sorted(p.lost))
    print(bytes(p.chunks[1]), bytes(p.chunks[2]))
    print(tr.get_returncode())
    tr.close()
    print(tr.is_closing())
    # kill a long-running child
    tr, p = await loop.subprocess_exec(Collect, "sleep", "10", stdin=None, stdout=None, stderr=None)
    print(tr.get_pipe_transport(1))
    tr.kill()
    await p.exited
    print(p.events, tr.get_returncode())
    tr.close()
    try:
        await loop.subprocess_exec(Collect, "/nonexistent/prog")
    except FileNotFoundError as e:
        print("FNF", e)
    try:
        await loop.subprocess_exec(Collect, "ls", bufsize=1)
    except ValueError as e:
        print(e)
    try:
        await loop.subprocess_shell(Collect, ["ls"])
    except ValueError as e:
        print(e)
    try:
        await loop.subprocess_exec(Collect, "ls", text=True)
    except ValueError as e:
        print(e)

    # protocol pipes
    class R(asyncio.Protocol):
        def __init__(self):
            self.done = loop.create_future()
            self.data = b""
        def connection_made(self, t):
            print("R made", type(t).__name__, t.get_extra_info('pipe') is rf)
        def data_received(self, d):
            self.data += d
        def eof_received(self):
            print("R eof")
        def connection_lost(self, exc):
            print("R lost", exc)
            self.done.set_result(self.data)
    r, w = os.pipe()
    class End:
        def __init__(self, fd): self.fd = fd
        def fileno(self): return self.fd
        def close(self): print("close end"); os.close(self.fd)
    rf = End(r)
    wf = End(w)
    rt, rp = await loop.connect_read_pipe(R, rf)
    print(rt.is_reading())
    class W(asyncio.BaseProtocol):
        def connection_made(self, t):
            print("W made")
        def connection_lost(self, exc):
            print("W lost", exc)
    wt, wp = await loop.connect_write_pipe(W, wf)
    wt.write(b"abc")
    wt.write(b"def")
    await asyncio.sleep(0.01)
    wt.close()
    print(await rp.done)
    await asyncio.sleep(0)
    print(rt.is_closing(), wt.is_closing())
    try:
        await loop.connect_read_pipe(R, open(__file__, 'rb'))
    except ValueError as e:
        print(e)

asyncio.run(main())
