import socket, threading

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
result = []

def serve():
    conn, _ = srv.accept()
    with conn, conn.makefile('r') as rf, conn.makefile('w') as wf:
        for line in rf:
            wf.write(line.upper())
            wf.flush()
        result.append('server saw EOF')

t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(('127.0.0.1', port))
f = c.makefile('rwb')
f.write(b'first line\nsecond line\n')
f.flush()
print(f.readline(), f.readline())
c.shutdown(socket.SHUT_WR)
print(f.read())
f.close()
c.close()
t.join()
srv.close()
print(result)
a, b = socket.socketpair()
with a.makefile('wb') as w:
    w.write(b'abc')
r = b.makefile('rb')
print(r.read(2), r.readable(), r.writable())
try:
    r.write(b'x')
except Exception as e:
    print(type(e).__name__, e)
a.close()
print(r.read())
r.close()
b.close()
try:
    b.makefile('x')
except ValueError as e:
    print(e)
