# A start_server handler still running when asyncio.run() ends is cancelled; CPython 3.11's
# done callback then calls task.exception(), which raises CancelledError inside the callback,
# reported as "Exception in callback StreamReaderProtocol.connection_made.<locals>.callback".
import asyncio


def report(loop, context):
    print("handler:", context["message"].split("(")[0])
    print("exception:", type(context["exception"]).__name__)


async def handle(reader, writer):
    print("got", await reader.readline())
    await asyncio.sleep(10)


async def main():
    asyncio.get_running_loop().set_exception_handler(report)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello\n")
    await asyncio.sleep(0.05)
    print("main done")


asyncio.run(main())
print("after run")
