import selectors, socket, select, os

for name, cls in (("select", selectors.SelectSelector), ("poll", selectors.PollSelector), ("default", selectors.DefaultSelector)):
    print(name)
    sel = cls()
    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    key = sel.register(a, selectors.EVENT_READ, data="reader")
    print(key.events, key.data, key.fd == a.fileno(), key.fileobj is a)
    print(sel.select(timeout=0))
    b.send(b"hello")
    for k, ev in sel.select(timeout=1):
        print(k.data, ev, k.fileobj.recv(100))
    key = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="both")
    print(key.events, key.data)
    ready = sel.select(0)
    print([(k.data, ev) for k, ev in ready])
    print(len(sel.get_map()), sel.get_key(a).data, a in sel.get_map())
    try:
        sel.register(a, selectors.EVENT_READ)
    except KeyError as e:
        print("KeyError", "already registered" in str(e))
    try:
        sel.register(b, 0)
    except ValueError as e:
        print(e)
    try:
        sel.get_key(b)
    except KeyError as e:
        print("KeyError", "is not registered" in str(e))
    print(sel.unregister(a).data, len(sel.get_map()))
    try:
        sel.unregister(a)
    except KeyError as e:
        print("KeyError unregister")
    r, w = os.pipe()
    sel.register(r, selectors.EVENT_READ, "pipe")
    sel.register(w, selectors.EVENT_WRITE, "wpipe")
    print(sorted((k.data, ev) for k, ev in sel.select(0)))
    os.write(w, b"x")
    print(sorted((k.data, ev) for k, ev in sel.select(0)))
    sel.close()
    print(sel.get_map())
    try:
        sel.get_key(r)
    except RuntimeError as e:
        print(e)
    os.close(r); os.close(w); a.close(); b.close()
    with cls() as s2:
        print(s2.select(0.01))

a, b = socket.socketpair()
print(select.select([a], [b], [], 0) == ([], [b], []))
b.send(b"z")
print(select.select([a], [], [], 0.5) == ([a], [], []))
p = select.poll()
p.register(a, select.POLLIN)
print(p.poll(0) == [(a.fileno(), select.POLLIN)])
p.modify(a, select.POLLOUT)
print(p.poll(10))
p.unregister(a)
try:
    p.unregister(a)
except KeyError as e:
    print("KeyError", e == a.fileno() or e.args)
try:
    select.select([-1], [], [], 0)
except ValueError as e:
    print(e)
try:
    select.select(["x"], [], [], 0)
except TypeError as e:
    print(e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(e)
print(select.POLLIN, select.POLLOUT, select.POLLHUP, select.error is OSError)
print(selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.SelectorKey._fields)
try:
    selectors.SelectSelector().register("nope", selectors.EVENT_READ)
except ValueError as e:
    print(e)
