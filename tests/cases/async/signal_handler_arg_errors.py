# loop.add_signal_handler/remove_signal_handler are _UnixSelectorEventLoop methods in CPython:
# their argument errors and __qualname__ name them so.
import asyncio, signal
async def main():
    loop = asyncio.get_running_loop()
    for call in (lambda: loop.add_signal_handler(signal.SIGUSR1, print, context=None),
                 lambda: loop.add_signal_handler(signal.SIGUSR1),
                 lambda: loop.remove_signal_handler(),
                 lambda: loop.remove_signal_handler(signal.SIGUSR1, 2),
                 lambda: loop.remove_signal_handler("x")):
        try:
            call()
        except TypeError as e:
            print(e)
    print(loop.add_signal_handler.__qualname__, loop.add_signal_handler.__name__)
asyncio.run(main())
