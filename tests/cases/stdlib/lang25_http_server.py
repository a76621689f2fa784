import http.server, socketserver, threading, urllib.request, urllib.error, json, socket, sys, os, io
log = []
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        log.append(fmt % args)
    def do_GET(self):
        if self.path == "/missing":
            self.send_error(404, "Nope")
            return
        body = json.dumps({"path": self.path, "agent": self.headers.get("user-agent"), "cmd": self.command}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        self.send_response(201)
        self.end_headers()
        self.wfile.write(data.upper())
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
port = srv.server_address[1]
print(type(srv.server_address), srv.server_name, srv.daemon_threads, srv.allow_reuse_address)
t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
t.start()
base = f"http://127.0.0.1:{port}"
req = urllib.request.Request(base + "/hello?x=1", headers={"User-Agent": "tester"})
with urllib.request.urlopen(req) as r:
    print(r.status, r.reason, r.headers["Content-Type"], r.headers["Server"].split()[0], json.loads(r.read()))
with urllib.request.urlopen(urllib.request.Request(base + "/up", data=b"shout", method="POST")) as r:
    print(r.status, r.read())
try:
    urllib.request.urlopen(base + "/missing")
except urllib.error.HTTPError as e:
    body = e.read().decode()
    print(e.code, e.reason, e.headers["Content-Type"], "Message: Nope." in body, "404 - Nothing matches" in body)
s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"BREW /pot HTTP/1.0\r\n\r\n")
print(s.recv(4096).split(b"\r\n")[0]); s.close()
s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"GET / HTTP/3.0\r\n\r\n")
print(s.recv(4096).split(b"\r\n")[0]); s.close()
srv.shutdown(); srv.server_close(); t.join()
for line in log: print(line)
print(H.responses[404], http.server.DEFAULT_ERROR_CONTENT_TYPE)
# plain TCP echo with socketserver
class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b"echo: " + line)
with socketserver.TCPServer(("127.0.0.1", 0), Echo) as es:
    th = threading.Thread(target=es.handle_request); th.start()
    c = socket.create_connection(es.server_address)
    c.sendall(b"one\ntwo\n"); c.shutdown(socket.SHUT_WR)
    data = b""
    while chunk := c.recv(100): data += chunk
    print(data); c.close(); th.join()
class U(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read()[::-1])
with socketserver.UDPServer(("127.0.0.1", 0), U) as us:
    th = threading.Thread(target=us.handle_request); th.start()
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(b"abc", us.server_address); print(c.recvfrom(100)[0]); c.close(); th.join()
# SimpleHTTPRequestHandler on a temp dir
import tempfile, functools
d = tempfile.mkdtemp()
with open(os.path.join(d, "a.txt"), "w") as f: f.write("hello file")
os.mkdir(os.path.join(d, "sub"))
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a): pass
with http.server.HTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=d)) as hs:
    th = threading.Thread(target=hs.serve_forever, args=(0.05,)); th.start()
    b = f"http://127.0.0.1:{hs.server_address[1]}"
    with urllib.request.urlopen(b + "/a.txt") as r: print(r.headers["Content-type"], r.headers["Content-Length"], r.read())
    with urllib.request.urlopen(b + "/") as r: print(r.read().decode())
    try: urllib.request.urlopen(b + "/nope.txt")
    except urllib.error.HTTPError as e: print(e.code, e.reason)
    hs.shutdown(); th.join()
print(socket.getfqdn("127.0.0.1"), socket.gethostbyaddr("127.0.0.1"))
import shutil; shutil.rmtree(d)
