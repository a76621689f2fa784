# select.epoll on pipes and sockets: register/modify/unregister/poll, errors, closing,
# and selectors.DefaultSelector (EpollSelector on Linux).
import os
import select
import selectors
import socket

ep = select.epoll()
print(type(ep), ep.closed, isinstance(ep.fileno(), int))

r, w = os.pipe()
ep.register(r)                      # default mask: IN | PRI | OUT
print("empty pipe:", ep.poll(0))
os.write(w, b"data")
print("after write:", ep.poll(0) == [(r, select.EPOLLIN)])
ep.register(w, select.EPOLLOUT)
print("both:", sorted(ep.poll(timeout=0.05)) == sorted([(r, select.EPOLLIN), (w, select.EPOLLOUT)]))
print("maxevents=1:", len(ep.poll(0, 1)))
ep.modify(w, select.EPOLLIN)
print("w no longer watched for OUT:", ep.poll(0) == [(r, select.EPOLLIN)])
ep.unregister(w)
os.read(r, 100)
print("drained:", ep.poll(0.01))

# errors, as CPython reports them
def attempt(label, call):
    try:
        result = call()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", result)

attempt("register twice", lambda: ep.register(r))
attempt("modify unknown", lambda: ep.modify(w, select.EPOLLIN))
attempt("unregister unknown", lambda: ep.unregister(w))
attempt("negative fd", lambda: ep.register(-1))
attempt("not a file", lambda: ep.register("x"))
attempt("bad mask", lambda: ep.register(w, "x"))
attempt("maxevents 0", lambda: ep.poll(maxevents=0))
attempt("maxevents -2", lambda: ep.poll(maxevents=-2))
attempt("timeout str", lambda: ep.poll("x"))
attempt("timeout nan", lambda: ep.poll(float("nan")))
attempt("timeout huge", lambda: ep.poll(3e6))
attempt("sizehint 0", lambda: select.epoll(sizehint=0))
attempt("bad flags", lambda: select.epoll(flags=5))
attempt("cloexec flag", lambda: select.epoll(5, select.EPOLL_CLOEXEC).closed)
with open(__file__) as regular:
    attempt("regular file", lambda: ep.register(regular))

# sockets: hang-up shows up after the peer closes
a, b = socket.socketpair()
ep.register(a, select.EPOLLIN | select.EPOLLRDHUP)
print("socket idle:", ep.poll(0))
b.send(b"ping")
print("socket readable:", ep.poll(0) == [(a.fileno(), select.EPOLLIN)])
print(a.recv(10))
b.close()
events = dict(ep.poll(0))[a.fileno()]
print("peer closed:", bool(events & select.EPOLLIN), bool(events & select.EPOLLRDHUP))
ep.unregister(a)
a.close()

# edge-triggered: reported once until more data arrives
et = select.epoll()
et.register(r, select.EPOLLIN | select.EPOLLET)
os.write(w, b"1")
print("edge first:", et.poll(0) == [(r, select.EPOLLIN)], "edge again:", et.poll(0))
os.write(w, b"2")
print("edge new data:", len(et.poll(0)))
et.close()

ep.close()
ep.close()                          # closing twice is fine
print("closed:", ep.closed)
for name in ("fileno", "poll", "__enter__"):
    attempt(name + " on closed", getattr(ep, name))
attempt("register on closed", lambda: ep.register(r))

with select.epoll() as e2:
    print("inside with:", e2.closed)
print("after with:", e2.closed)
dup = select.epoll.fromfd(os.dup(r))
print("fromfd:", dup.closed)
dup.close()
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.EPOLLONESHOT, select.EPOLLRDHUP)
print(sorted(n for n in dir(select) if n.startswith("EPOLL")))
attempt("pickle", lambda: __import__("pickle").dumps(select.epoll()))
attempt("no such attribute", lambda: ep.nosuch)

# the default selector is the epoll one
sel = selectors.DefaultSelector()
print(type(sel).__name__, isinstance(sel.fileno(), int))
x, y = socket.socketpair()
sel.register(x, selectors.EVENT_READ, "x-data")
sel.register(y, selectors.EVENT_WRITE, "y-data")
print(sorted((k.data, ev) for k, ev in sel.select(0)))
y.send(b"!")
print(sorted((k.data, ev) for k, ev in sel.select(timeout=1)))
sel.modify(y, selectors.EVENT_READ, "y-read")
print(sorted((k.data, ev) for k, ev in sel.select(0)))
sel.unregister(x)
print(sel.select(0.01))
sel.close()
x.close(); y.close(); os.close(r); os.close(w)
