# urllib.request and http.client against a local asyncio web server: run_in_executor with
# blocking urlopen calls, error statuses, chunked bodies, redirects and refused connections.
import asyncio
import http.client
import json
import socket
import urllib.error
import urllib.request

PAGES = {
    "/": (200, "text/html; charset=utf-8", "<h1>首页</h1>"),
    "/json": (200, "application/json", json.dumps({"name": "corio", "items": [1, 2, 3]})),
    "/missing": (404, "text/plain", "no such page"),
    "/boom": (500, "text/plain", "server error"),
}


async def handle(reader, writer):
    request_line = (await reader.readline()).decode().strip()
    headers = {}
    while True:
        line = (await reader.readline()).decode()
        if line in ("\r\n", ""):
            break
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    body = b""
    if "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    method, path, _ = request_line.split()
    if path not in ("/", "/json"):  # those two arrive in either order (two executor threads)
        print("server:", method, path, headers.get("user-agent"), headers.get("content-type"), body)
    if path == "/old":
        writer.write(b"HTTP/1.1 301 Moved Permanently\r\nLocation: /json\r\nContent-Length: 0\r\n\r\n")
    elif path == "/chunked":
        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n")
        for part in (b"hello ", b"chunked ", b"world"):
            writer.write(b"%x\r\n%s\r\n" % (len(part), part))
        writer.write(b"0\r\n\r\n")
    elif path == "/echo":
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
    else:
        status, ctype, text = PAGES.get(path, PAGES["/missing"])
        data = text.encode()
        reason = http.client.responses[status]
        writer.write(f"HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {len(data)}\r\nX-Server: demo\r\n\r\n".encode() + data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


def fetch(url):
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.status, resp.reason, resp.headers.get_content_type(), resp.read().decode()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(loop.run_in_executor(None, fetch, base + p) for p in ("/", "/json")))
    for r in results:
        print(r)
    r = await loop.run_in_executor(None, fetch, base + "/old")
    print("redirected:", r)
    r = await loop.run_in_executor(None, fetch, base + "/chunked")
    print("chunked:", r)
    for path in ("/missing", "/boom"):
        try:
            await loop.run_in_executor(None, fetch, base + path)
        except urllib.error.HTTPError as e:
            print("HTTPError:", e, e.code, e.reason, e.headers["X-Server"], e.read(), repr(e))
    req = urllib.request.Request(base + "/echo", data=json.dumps({"k": "值"}).encode(),
                                 headers={"Content-Type": "application/json", "User-Agent": "demo/1.0"})
    print(req.get_method(), req.full_url.replace(str(port), "PORT"), req.header_items())

    def post():
        with urllib.request.urlopen(req) as resp:
            return json.loads(resp.read())
    print("posted:", await loop.run_in_executor(None, post))

    def raw():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", "/json", headers={"Accept": "application/json"})
        resp = conn.getresponse()
        out = (resp.status, resp.reason, resp.getheader("Content-Type"), resp.getheader("missing", "-"),
               [k for k, v in resp.getheaders()], json.loads(resp.read()))
        conn.close()
        return out
    print("http.client:", await loop.run_in_executor(None, raw))
    server.close()
    await server.wait_closed()

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    free = s.getsockname()[1]
    s.close()
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{free}/")
    except urllib.error.URLError as e:
        print("URLError:", e, type(e.reason).__name__)
    for bad in ("ftp2://x/", "no-scheme"):
        try:
            urllib.request.urlopen(bad)
        except (ValueError, urllib.error.URLError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
