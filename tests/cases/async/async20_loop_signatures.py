# inspect.signature / iscoroutinefunction of loop methods corio loads on first use, the
# asyncio Future and Task types, and the datagram transport's callback error reports.
import asyncio
import inspect
import traceback

loop = asyncio.new_event_loop()
for name in ["getaddrinfo", "getnameinfo", "sendfile", "start_tls", "create_unix_connection",
             "create_unix_server", "connect_accepted_socket", "create_datagram_endpoint",
             "add_reader", "remove_reader", "add_writer", "remove_writer", "sock_sendfile",
             "sock_recvfrom_into"]:
    meth = getattr(loop, name)
    print(name, inspect.signature(meth), inspect.iscoroutinefunction(meth), meth.__qualname__)
print("asyncio names:", [n for n in ("add_reader", "getaddrinfo", "create_datagram_endpoint") if hasattr(asyncio, n)])
for obj in (asyncio.Future, asyncio.Task, asyncio.create_subprocess_exec, asyncio.create_subprocess_shell):
    print(obj.__name__, inspect.signature(obj))

class MyFuture(asyncio.Future):
    pass
print("MyFuture", inspect.signature(MyFuture))
loop.close()


class Bad(asyncio.DatagramProtocol):
    def __init__(self):
        self.count = 0
    def connection_made(self, transport):
        self.transport = transport
    def datagram_received(self, data, addr):
        self.count += 1
        raise RuntimeError(f"bad datagram {data!r}")


class Sender(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        transport.sendto(b"one")


def handler(loop, context):
    exc = context["exception"]
    print(context["message"])
    print(" ", repr(context.get("handle")), type(exc).__name__, exc)
    print(" ", [f.name for f in traceback.extract_tb(exc.__traceback__)])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    st, sp = await loop.create_datagram_endpoint(Bad, local_addr=("127.0.0.1", 0))
    addr = st.get_extra_info("sockname")
    ct, cp = await loop.create_datagram_endpoint(Sender, remote_addr=addr)
    for _ in range(50):
        await asyncio.sleep(0.001)
        if sp.count:
            break
    # Reading goes on after a failing datagram_received.
    ct.sendto(b"two")
    for _ in range(50):
        await asyncio.sleep(0.001)
        if sp.count == 2:
            break
    print("received", sp.count)
    ct.close()
    st.close()
    await asyncio.sleep(0)

asyncio.run(main())

# After first use the real methods replace the stand-ins.
async def after():
    loop = asyncio.get_running_loop()
    print(inspect.signature(loop.getaddrinfo), loop.sock_sendfile.__qualname__)
    print((await loop.getaddrinfo("127.0.0.1", 80, type=1))[0][4])
    print(inspect.signature(loop.getaddrinfo), loop.sock_sendfile.__qualname__)

asyncio.run(after())
