# socket.getnameinfo and loop.getnameinfo: numeric and named results, the NI_* flags, and
# CPython's errors for malformed addresses and arguments.
import asyncio
import socket

NUMERIC = socket.NI_NUMERICHOST | socket.NI_NUMERICSERV
print(socket.getnameinfo(("127.0.0.1", 80), NUMERIC))
print(socket.getnameinfo(("127.0.0.1", 8080), socket.NI_NUMERICSERV))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST))
print(socket.getnameinfo(("::1", 22, 0, 0), NUMERIC))
print(socket.getnameinfo(("::1", 22), socket.NI_NUMERICHOST))
print(socket.getnameinfo(("127.0.0.1", 53), socket.NI_DGRAM | socket.NI_NUMERICHOST))
print(socket.NI_NOFQDN, socket.NI_NAMEREQD, socket.NI_DGRAM, socket.NI_MAXHOST, socket.NI_MAXSERV)

bad_calls = [
    lambda: socket.getnameinfo(("127.0.0.1",), 0),
    lambda: socket.getnameinfo((1, 80), 0),
    lambda: socket.getnameinfo("127.0.0.1", 0),
    lambda: socket.getnameinfo(["127.0.0.1", 80], 0),
    lambda: socket.getnameinfo(("127.0.0.1", "80"), 0),
    lambda: socket.getnameinfo(("127.0.0.1", 80, 1), 0),
    lambda: socket.getnameinfo(("::1", 80, 2**20), 0),
    lambda: socket.getnameinfo(("127.0.0.1", 80), "0"),
    lambda: socket.getnameinfo(("127.0.0.1", 80)),
    lambda: socket.getnameinfo(("127.0.0.1", 80), 0, 1),
    lambda: socket.getnameinfo(("127.0.0.1", 80), flags=0),
    lambda: socket.getnameinfo(("not an address", 80), 0),
]
for call in bad_calls:
    try:
        print(call())
    except (TypeError, OverflowError, OSError) as e:
        print(type(e).__name__, e)


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.getnameinfo(("127.0.0.1", 80), NUMERIC))
    print(await loop.getnameinfo(("127.0.0.1", 443), socket.NI_NUMERICHOST))


asyncio.run(main())
