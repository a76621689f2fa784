import asyncio
from unittest.mock import AsyncMock, MagicMock, call, patch, ANY

class Api:
    async def get_user(self, uid):
        raise NotImplementedError
    def close(self): pass

async def load_users(api, ids):
    out = []
    for i in ids:
        try:
            out.append(await api.get_user(i))
        except LookupError as e:
            out.append(f"missing {e}")
    api.close()
    return out

async def main():
    api = AsyncMock(spec=Api)
    api.get_user.side_effect = [{"id": 1}, LookupError(2), {"id": 3}]
    print(await load_users(api, [1, 2, 3]))
    api.get_user.assert_has_awaits([call(1), call(2), call(3)])
    api.get_user.assert_any_await(2)
    print(api.get_user.await_args_list)
    print(api.method_calls)
    print(type(api.close).__name__, api.close.called)
    try:
        api.get_user.assert_has_awaits([call(9)])
    except AssertionError as e:
        print("AE:", e)
    try:
        api.get_user.assert_awaited_once()
    except AssertionError as e:
        print("AE:", e)
    m = MagicMock()
    m.process(1, key=ANY)
    m.process.assert_called_with(1, key="whatever")
    print(m.process.call_args_list == [call(1, key=ANY)])
    print(call(1, 2) in m.process.call_args_list, call(1, key=5) in m.process.call_args_list)
    am = AsyncMock(return_value=1)
    results = await asyncio.gather(am(1), am(2), am(3))
    print(results, am.await_count, am.call_count)
    am.assert_has_awaits([call(2), call(3)])
    am.assert_has_awaits([call(3), call(1)], any_order=True)
    with patch("asyncio.sleep", new_callable=AsyncMock) as s:
        await asyncio.sleep(100)
        s.assert_awaited_once_with(100)
    print("sleep patched", s.await_args)
    t = AsyncMock()
    t.return_value.json = AsyncMock(return_value={"ok": True})
    resp = await t("url")
    print(await resp.json())
asyncio.run(main())
