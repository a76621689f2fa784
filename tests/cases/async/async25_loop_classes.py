# The loop's class hierarchy is CPython's (_UnixSelectorEventLoop -> BaseSelectorEventLoop ->
# BaseEventLoop -> AbstractEventLoop), and bound methods compare as CPython's
# method_richcompare (False, not NotImplemented, for two different methods).
import asyncio
import asyncio.selector_events


async def main():
    loop = asyncio.get_running_loop()
    cls = type(loop)
    print([c.__name__ for c in cls.__mro__])
    print(cls.__bases__, cls.__base__)
    print(asyncio.selector_events.BaseSelectorEventLoop.__module__,
          asyncio.selector_events.BaseSelectorEventLoop.__qualname__)
    print(asyncio.selector_events.BaseSelectorEventLoop.__doc__)
    print(asyncio.BaseEventLoop.__subclasses__(), asyncio.AbstractEventLoop.__subclasses__())
    print(isinstance(loop, asyncio.selector_events.BaseSelectorEventLoop),
          isinstance(loop, asyncio.BaseEventLoop), isinstance(loop, asyncio.AbstractEventLoop),
          isinstance(loop, asyncio.SelectorEventLoop))
    print(issubclass(cls, asyncio.BaseEventLoop), hasattr(asyncio, 'BaseSelectorEventLoop'))
    print(hasattr(loop, '__slots__'))

    class MyLoop(asyncio.SelectorEventLoop):
        pass
    print([c.__name__ for c in MyLoop.__mro__])

    class Custom(asyncio.AbstractEventLoop):
        pass
    c = Custom()
    c.attr = 1
    print(c.__dict__, [k.__name__ for k in Custom.__mro__])

    q = asyncio.Queue()
    print(q.put.__eq__(q.put), q.put.__eq__(q.get), q.put.__ne__(q.get), q.put.__eq__(5))
    print(loop.call_soon.__eq__(loop.call_soon), loop.call_soon.__eq__(loop.call_later))


class A:
    def f(self):
        pass

    def g(self):
        pass


a = A()
print(a.f.__eq__(a.g), a.f.__eq__(a.f), a.f.__ne__(a.g), a.f.__eq__(1), A.f.__eq__(A.g))
print(len.__eq__(abs), len.__eq__(len), [].append.__eq__([].append), print.__ne__(print))
print(a.f == a.g, a.f == A().f, a.f != a.f)

asyncio.run(main())

loop = asyncio.SelectorEventLoop()
print(type(loop).__mro__[1].__name__, loop.run_until_complete(asyncio.sleep(0, 'done')))
loop.close()
