import selectors, socket, types

sel = selectors.DefaultSelector()
lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
lsock.bind(("127.0.0.1", 0))
lsock.listen()
lsock.setblocking(False)
sel.register(lsock, selectors.EVENT_READ, data=None)
port = lsock.getsockname()[1]

clients = []
for i in range(2):
    c = socket.create_connection(("127.0.0.1", port))
    clients.append(c)

def accept_wrapper(sock):
    conn, addr = sock.accept()
    print("accepted connection")
    conn.setblocking(False)
    data = types.SimpleNamespace(inb=b"", outb=b"")
    sel.register(conn, selectors.EVENT_READ | selectors.EVENT_WRITE, data=data)

def service_connection(key, mask):
    sock = key.fileobj
    data = key.data
    if mask & selectors.EVENT_READ:
        recv_data = sock.recv(1024)
        if recv_data:
            data.outb += recv_data
        else:
            print("closing connection")
            sel.unregister(sock)
            sock.close()
            return
    if mask & selectors.EVENT_WRITE and data.outb:
        print(f"Echoing {data.outb!r}")
        sent = sock.send(data.outb)
        echoed.append(sent)
        data.outb = data.outb[sent:]

sent = False
echoed = []
done = 0
for _ in range(50):
    for key, mask in sorted(sel.select(timeout=0.5), key=lambda km: km[0].fd):
        if key.data is None:
            accept_wrapper(key.fileobj)
        else:
            service_connection(key, mask)
    if len(sel.get_map()) == 3 and not sent:
        for i, c in enumerate(clients):
            c.sendall(b"msg %d" % i)
        sent = True
    elif sent and done == 0 and len(echoed) == 2:
        for c in clients:
            print("client got", c.recv(100))
            c.close()
        done = 2
    if done == 2 and len(sel.get_map()) == 1:
        break
sel.unregister(lsock)
lsock.close()
sel.close()
print("done")
