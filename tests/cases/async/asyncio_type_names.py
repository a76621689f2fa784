# CPython's _asyncio types are static C types: error messages name them '_asyncio.Future' /
# '_asyncio.Task', while type.__name__ stays 'Future' / 'Task'.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for o in [loop.create_future(), asyncio.current_task()]:
        try:
            o.foo
        except AttributeError as e:
            print(e)
        print(type(o).__name__, type(o).__module__, type(o).__qualname__)
    try:
        len(asyncio.current_task())
    except TypeError as e:
        print(e)
    try:
        asyncio.current_task()[0]
    except TypeError as e:
        print(e)
    it = loop.create_future().__await__()
    print(type(it).__name__)
    class MyFuture(asyncio.Future):
        pass
    try:
        MyFuture().bar
    except AttributeError as e:
        print(e)
    print(type(asyncio.current_task()), type(loop.create_future()))

asyncio.run(main())
