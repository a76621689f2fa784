# How the event loop's methods read when printed (CPython defines them on BaseEventLoop,
# BaseSelectorEventLoop and _UnixSelectorEventLoop), and what a process pool says about a
# function it cannot send to a worker (defined inside a function, or a lambda).
import asyncio
import concurrent.futures

loop = asyncio.new_event_loop()
for name in ["run_until_complete", "call_soon", "call_later", "call_at", "time", "create_task",
             "create_future", "run_forever", "stop", "is_running", "is_closed", "close",
             "create_connection", "create_server", "run_in_executor", "sock_recv", "sock_sendall",
             "add_signal_handler", "subprocess_exec", "connect_read_pipe", "set_task_factory",
             "shutdown_asyncgens", "getaddrinfo", "set_debug", "get_debug"]:
    m = getattr(loop, name)
    print(m)
    print("   ", m.__qualname__, m.__module__)
loop.close()
print(loop.close)


def square(x):
    return x * x


def main():
    def nested(x):
        return x
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
        print(pool.submit(square, 7).result())
        for fn in [nested, lambda x: x]:
            try:
                pool.submit(fn, 1).result()
            except Exception as e:
                print(type(e).__name__, e)


if __name__ == "__main__":
    main()
