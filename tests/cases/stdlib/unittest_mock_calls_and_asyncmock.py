import asyncio
from unittest.mock import Mock, MagicMock, AsyncMock, patch, call, ANY, sentinel, DEFAULT

m = Mock()
m(1, 2, a=3)
m.foo(4)
m.foo.bar(5)
m().baz(6)
print(m.call_args, m.call_count, m.called)
print(m.mock_calls)
print(m.method_calls)
print(m.call_args_list)
args, kwargs = m.call_args
print(args, kwargs, m.call_args.args, m.call_args.kwargs)
name, a, k = m.mock_calls[1]
print(name, a, k)
m.assert_any_call(ANY, 2, a=3)
print(m.mock_calls == [call(1, 2, a=3), call.foo(4), call.foo.bar(5), call(), call().baz(6)])
try:
    m.assert_called_with(1)
except AssertionError as e:
    print("AE:", e)
try:
    m.assert_called_once_with(1)
except AssertionError as e:
    print("AE:", e)
try:
    m.foo.assert_not_called()
except AssertionError as e:
    print("AE:", e)
try:
    Mock().assert_called()
except AssertionError as e:
    print("AE:", e)
try:
    Mock(name="fetch").assert_called_with(1)
except AssertionError as e:
    print("AE:", e)
try:
    m.assert_any_call(9)
except AssertionError as e:
    print("AE:", e)
m.assert_any_call(1, 2, a=3)
m.foo.assert_called_once_with(4)
m2 = Mock(return_value=42)
print(m2(), m2.return_value)
m3 = Mock(side_effect=[1, 2, ValueError("third")])
print(m3(), m3())
try:
    m3()
except ValueError as e:
    print("raised", e)
try:
    m3()
except StopIteration as e:
    print("stopiter", repr(e))
m4 = Mock(side_effect=lambda x: x * 2)
print(m4(21))
m5 = Mock(side_effect=KeyError("k"))
try:
    m5()
except KeyError as e:
    print("keyerror", e)
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), 3 in mm, float(mm))
mm.__len__.return_value = 5
mm.__getitem__.side_effect = lambda k: k.upper()
mm.__iter__.return_value = [1, 2]
print(len(mm), mm["x"], list(mm), list(mm))
with mm as x:
    print(x is mm.__enter__.return_value)
print(mm.__enter__.called, mm.__exit__.call_args)
mm.assert_has_calls([call.__len__()])
c = Mock(spec=["read", "write"])
c.read()
try:
    c.nope
except AttributeError as e:
    print("AttributeError:", e)
class Service:
    def get(self, x): pass
    async def fetch(self): pass
s = Mock(spec=Service)
print(isinstance(s, Service), type(s.fetch).__name__, type(s.get).__name__)
print(sentinel.foo is sentinel.foo, sentinel.foo, DEFAULT)
cfg = Mock(**{"method.return_value": 3, "other.side_effect": KeyError})
print(cfg.method())
m.reset_mock()
print(m.call_count, m.mock_calls, m.foo.call_count)
try:
    m.assert_called_once()
except AssertionError as e:
    print("AE:", e)
m.x = 5
print(m.x)
n = Mock()
n.child = Mock()
n.child(1)
print(n.mock_calls)
print(repr(call.foo(1, b=2)), call(1) == call(1), call(1) == call(2), call.a(1) == call.b(1))

async def main():
    am = AsyncMock(return_value="data")
    r = await am(1, key="v")
    print(r, am.await_count, am.await_args, am.call_count)
    am.assert_awaited_once_with(1, key="v")
    am.assert_called_once()
    try:
        am.assert_awaited_with(2)
    except AssertionError as e:
        print("AE:", e)
    am2 = AsyncMock(side_effect=[1, ValueError("x")])
    print(await am2())
    try:
        await am2()
    except ValueError as e:
        print("raised", e)
    am3 = AsyncMock()
    coro = am3()
    try:
        am3.assert_awaited()
    except AssertionError as e:
        print("AE:", e)
    await coro
    am3.assert_awaited()
    r = await am3.method(2)
    print(type(r).__name__, am3.method.await_args)
    async def eff(x):
        await asyncio.sleep(0)
        return x + 1
    am4 = AsyncMock(side_effect=eff)
    print(await am4(1))
    import inspect
    print(inspect.iscoroutinefunction(am4), asyncio.iscoroutinefunction(am4))
    cm = MagicMock()
    async with cm as v:
        print(type(v).__name__)
    print(cm.__aenter__.await_count, cm.__aexit__.await_count)
    ai = MagicMock()
    ai.__aiter__.return_value = [1, 2, 3]
    print([x async for x in ai])
    try:
        am.assert_not_awaited()
    except AssertionError as e:
        print("AE:", e)
    try:
        AsyncMock().assert_awaited_with(1)
    except AssertionError as e:
        print("AE:", e)
asyncio.run(main())
