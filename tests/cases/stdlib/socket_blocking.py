import socket
import threading

print(socket.AF_INET, repr(socket.AF_INET), repr(socket.SOCK_STREAM), socket.SOL_SOCKET, socket.SO_REUSEADDR)
print(socket.timeout is TimeoutError, socket.error is OSError, socket.gaierror.__mro__[1], socket.herror)

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(('127.0.0.1', 0))
srv.listen()
host, port = srv.getsockname()
print(host, type(port), srv.family, srv.type, repr(srv.family), srv.proto, srv.gettimeout(), srv.getblocking())
print(repr(srv).startswith('<socket.socket fd='), "laddr=('127.0.0.1'," in repr(srv))

log = []

def serve():
    conn, addr = srv.accept()
    with conn:
        log.append(('server got connection from', addr[0], type(conn).__name__, conn.gettimeout()))
        data = b''
        while not data.endswith(b'\n'):
            chunk = conn.recv(1024)
            if not chunk:
                break
            data += chunk
        conn.sendall(data.upper())

t = threading.Thread(target=serve)
t.start()
with socket.create_connection(('127.0.0.1', port)) as c:
    print(c.getpeername()[0], "raddr=('127.0.0.1'," in repr(c))
    c.sendall(b'hello world\n')
    reply = b''
    while True:
        chunk = c.recv(4)
        if not chunk:
            break
        reply += chunk
    print(reply)
t.join()
print(*log)
print(repr(c).startswith('<socket.socket [closed] fd=-1, family=2, type=1, proto=6'))
try:
    c.send(b'x')
except OSError as e:
    print(type(e).__name__, e, e.errno)

srv.setblocking(False)
print(srv.gettimeout(), srv.getblocking())
try:
    srv.accept()
except BlockingIOError as e:
    print('BlockingIOError', e.errno, e)
srv.settimeout(0.05)
try:
    srv.accept()
except socket.timeout as e:
    print('timeout:', e, type(e).__name__)
srv.close()

probe = socket.socket()
probe.bind(('127.0.0.1', 0))
free_port = probe.getsockname()[1]
probe.close()
x = socket.socket()
print(x.connect_ex(('127.0.0.1', free_port)))
x.close()
x = socket.socket()
try:
    x.connect(('127.0.0.1', free_port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e, e.errno)
x.close()

a, b = socket.socketpair()
print(a.family, a.type, repr(a.family), a.getsockname() == '')
a.sendall(b'ping')
print(b.recv(10))
buf = bytearray(8)
b.sendall(b'pong!')
print(a.recv_into(buf), buf)
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
a.close(); b.close()

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b'datagram', u1.getsockname())
data, frm = u1.recvfrom(100)
print(data, frm[0], u1.type, repr(u1.type))
u1.close(); u2.close()

print(socket.getaddrinfo('localhost', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', 8080, type=socket.SOCK_DGRAM))
print(socket.gethostbyname('localhost'), socket.gethostbyname('127.0.0.1'))
print(type(socket.gethostname()))
try:
    socket.getaddrinfo('no.such.host.invalid', 80)
except socket.gaierror as e:
    print(type(e).__name__, e.errno)
print(socket.htons(1), socket.ntohl(1), socket.inet_aton('127.0.0.1'), socket.inet_ntoa(b'\x7f\x00\x00\x01'))
print(socket.getdefaulttimeout())
s = socket.socket()
for bad in (-1, 'x'):
    try:
        s.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    s.bind(('127.0.0.1', 70000))
except OverflowError as e:
    print(e)
try:
    s.bind('127.0.0.1')
except TypeError as e:
    print(e)
s.close()
s.close()
print(s.fileno())
