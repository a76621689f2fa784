# http.client.HTTPResponse is a buffered binary stream (io.BufferedIOBase) as in CPython:
# iteration by lines, with, closed, readlines; iterating a closed response gives nothing.
import asyncio, http.client, io, threading, urllib.request
async def handle(r, w):
    await r.readuntil(b"\r\n\r\n")
    w.write(b"HTTP/1.1 200 OK\r\nContent-Length: 12\r\nConnection: close\r\n\r\nline1\nline2\n")
    await w.drain(); w.close()
def run(box, ready):
    async def main():
        srv = await asyncio.start_server(handle, "127.0.0.1", 0)
        box["port"] = srv.sockets[0].getsockname()[1]; box["loop"] = asyncio.get_running_loop(); box["stop"] = asyncio.Event()
        ready.set(); await box["stop"].wait(); srv.close()
    asyncio.run(main())
box, ready = {}, threading.Event()
t = threading.Thread(target=run, args=(box, ready)); t.start(); ready.wait()
with urllib.request.urlopen(f"http://127.0.0.1:{box['port']}/") as r:
    print(isinstance(r, io.BufferedIOBase), r.closed, [l for l in r])
print(r.closed, r.isclosed(), r.read())
try:
    iter(r)
except ValueError as e:
    print(e)
r2 = urllib.request.urlopen(f"http://127.0.0.1:{box['port']}/")
print(r2.readlines()); r2.close(); print(r2.closed)
box["loop"].call_soon_threadsafe(box["stop"].set); t.join()
