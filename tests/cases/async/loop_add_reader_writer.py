# loop.add_reader/add_writer/remove_reader/remove_writer, as CPython's selector loop: the
# callback runs while the descriptor is ready, removing returns whether one was registered, and
# a callback that removes itself and then fails is reported as CPython 3.11 reports it (its
# handle was cancelled: 'Exception in callback None()').
import asyncio, socket, os

async def main():
    loop = asyncio.get_running_loop()
    rsock, wsock = socket.socketpair()
    rsock.setblocking(False)
    got = loop.create_future()
    chunks = []
    def reader():
        data = rsock.recv(100)
        chunks.append(data)
        if data.endswith(b"!"):
            print("remove", loop.remove_reader(rsock))
            got.set_result(b"".join(chunks))
    loop.add_reader(rsock, reader)
    wsock.send(b"hello")
    await asyncio.sleep(0.01)
    wsock.send(b" world!")
    print(await got)
    print(loop.remove_reader(rsock), loop.remove_reader(rsock.fileno()))
    # writer
    done = loop.create_future()
    count = [0]
    def writer():
        count[0] += 1
        wsock.send(b"x")
        if count[0] == 3:
            loop.remove_writer(wsock)
            done.set_result(count[0])
    loop.add_writer(wsock.fileno(), writer)
    print("writes", await done)
    await asyncio.sleep(0.01)
    print(rsock.recv(10))
    # pipe with add_reader, callback raising
    loop.set_exception_handler(lambda loop, ctx: print("handler:", ctx["message"], ctx["handle"]))
    r, w = os.pipe()
    def bad():
        os.read(r, 10)
        loop.remove_reader(r)
        raise ValueError("reader failed")
    loop.add_reader(r, bad)
    os.write(w, b"z")
    await asyncio.sleep(0.01)
    try:
        loop.add_reader("nope", bad)
    except ValueError as e:
        print(e)
    try:
        loop.add_reader(-1, bad)
    except ValueError as e:
        print(e)
    rsock.close(); wsock.close(); os.close(r); os.close(w)

asyncio.run(main())

# Closing a loop drops its callbacks: a later loop (maybe with the same id()) has none.
a, b = socket.socketpair()
l1 = asyncio.new_event_loop()
l1.add_reader(a, print, "read")
l1.add_writer(b, lambda: None)
l1.close()
l2 = asyncio.new_event_loop()
print(l2.remove_reader(a), l2.remove_writer(b))
l2.close()
print(l1.remove_reader(a))
try:
    l1.add_reader(a, print)
except RuntimeError as e:
    print(e)
a.close()
b.close()
