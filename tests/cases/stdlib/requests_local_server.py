# requests (corio's stand-in, or the real one under CPython) against a local server running
# on an asyncio loop in a background thread: the synchronous half of a "requests vs aiohttp"
# tutorial, then the same calls from coroutines through run_in_executor.
import asyncio
import json
import socket
import threading
import time

import requests


async def handle(reader, writer):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    method, target, _ = lines[0].split()
    headers = {k.lower(): v for k, _, v in (l.partition(": ") for l in lines[1:] if l)}
    body = await reader.readexactly(int(headers.get("content-length", 0)))
    path, _, query = target.partition("?")
    if path == "/slow":
        await asyncio.sleep(0.5)
    if path == "/redirect":
        writer.write(b"HTTP/1.1 302 Found\r\nConnection: close\r\nLocation: /echo?from=redirect\r\nContent-Length: 0\r\n\r\n")
    elif path == "/missing":
        writer.write(b"HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nnope")
    elif path == "/latin":
        writer.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\ncaf\xe9")
    else:
        payload = json.dumps({
            "method": method, "path": path, "query": query, "body": body.decode(),
            "content_type": headers.get("content-type"), "token": headers.get("x-token"),
            "auth": headers.get("authorization"), "header_names": [l.partition(":")[0] for l in lines[1:] if l],
        }, ensure_ascii=False).encode()
        writer.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(payload) + payload)
    try:
        await writer.drain()
    except ConnectionError:
        pass  # the /slow client gave up
    writer.close()


def run_server(ready, box):
    async def main():
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        box["port"] = server.sockets[0].getsockname()[1]
        box["loop"] = asyncio.get_running_loop()
        box["stop"] = asyncio.Event()
        ready.set()
        await box["stop"].wait()
        server.close()
        await server.wait_closed()
    asyncio.run(main())


ready, box = threading.Event(), {}
thread = threading.Thread(target=run_server, args=(ready, box))
thread.start()
ready.wait()
base = f"http://127.0.0.1:{box['port']}"

r = requests.get(base + "/echo", params={"q": "协程", "page": 2})
print(r, r.status_code, r.reason, r.ok, bool(r), r.encoding, r.headers["content-type"])
data = r.json()
print(data["method"], data["path"], data["query"], data["header_names"])
r = requests.post(base + "/echo", json={"name": "任务", "n": [1, 2]})
print(r.json()["body"], r.json()["content_type"], r.json()["header_names"][-2:])
r = requests.post(base + "/form", data={"a": "1", "b": "x y"}, headers={"X-Token": "abc"}, auth=("user", "pw"))
print(r.json()["body"], r.json()["content_type"], r.json()["token"], r.json()["auth"])
r = requests.get(base + "/redirect")
print(r.status_code, r.url.replace(str(box["port"]), "PORT"), r.history, r.json()["query"])
r = requests.get(base + "/missing")
print(r.status_code, r.ok, r.text)
try:
    r.raise_for_status()
except requests.HTTPError as e:
    print("HTTPError:", str(e).replace(str(box["port"]), "PORT"), e.response.status_code)
r = requests.get(base + "/latin")
print(r.encoding, r.text, r.content)
try:
    requests.get(base + "/latin").json()
except requests.exceptions.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    requests.get(base + "/slow", timeout=0.1)
except requests.exceptions.Timeout as e:
    print(type(e).__name__, isinstance(e, requests.RequestException))
time.sleep(0.6)  # the server finishes answering /slow before it shuts down
with requests.Session() as s:
    s.headers.update({"X-Token": "session"})
    print(s.get(base + "/one").json()["token"], s.get(base + "/two", headers={"X-Token": None}).json()["token"])
for bad in ("nope", "ftp://x/y"):
    try:
        requests.get(bad)
    except requests.RequestException as e:
        print(type(e).__name__, e)
free = socket.socket()
free.bind(("127.0.0.1", 0))
port = free.getsockname()[1]
free.close()
try:
    requests.get(f"http://127.0.0.1:{port}/")
except requests.ConnectionError as e:
    print("ConnectionError:", str(e).replace(str(port), "PORT"))
print(requests.codes.ok, requests.codes.not_found, requests.codes["teapot"])


async def fetch_all():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    futures = [loop.run_in_executor(None, requests.get, f"{base}/page{i}") for i in range(5)]
    pages = [f.json()["path"] for f in await asyncio.gather(*futures)]
    return pages


print(asyncio.run(fetch_all()))
box["loop"].call_soon_threadsafe(box["stop"].set)
thread.join()
