import asyncio
import os
import unittest
from unittest import mock
from unittest.mock import patch, MagicMock, AsyncMock, PropertyMock, mock_open, call

async def fetch_data(url):
    await asyncio.sleep(1)
    return {"url": url}

async def process(url):
    data = await fetch_data(url)
    return data["url"].upper()

def get_env():
    return os.environ.get("APP_MODE", "prod")

class Client:
    def __init__(self):
        self.base = "x"
    def get(self, path):
        return "real " + path
    async def aget(self, path):
        return "real " + path
    @property
    def status(self):
        return "real-status"

def read_config(path):
    with open(path) as f:
        return f.read()

async def main():
    with patch("__main__.fetch_data", return_value={"url": "mocked"}) as m:
        print(type(m).__name__, await process("http://a"))
        m.assert_awaited_once_with("http://a")
    print(process.__name__ == "process", fetch_data.__name__)
    with patch.object(Client, "get", return_value="fake") as g:
        c = Client()
        print(c.get("/p"), g.call_args)
    print(Client().get("/p"))
    with patch.object(Client, "aget") as ag:
        ag.return_value = "fake-async"
        print(type(ag).__name__, await Client().aget("/q"))
    with patch.dict(os.environ, {"APP_MODE": "test"}):
        print(get_env())
    print(get_env())
    with patch.object(Client, "status", new_callable=PropertyMock) as st:
        st.return_value = "mocked-status"
        print(Client().status)
        st.assert_called_once_with()
    print(Client().status)
    with patch("builtins.open", mock_open(read_data="key=value\n")) as mo:
        print(read_config("/etc/app.conf"))
        mo.assert_called_once_with("/etc/app.conf")
    p = patch("__main__.get_env", return_value="started")
    started = p.start()
    print(get_env(), type(started).__name__)
    p.stop()
    print(get_env())
    try:
        with patch("__main__.nonexistent"):
            pass
    except AttributeError as e:
        print("AttributeError:", str(e).split(" does not")[1])
    with patch("__main__.nonexistent", create=True, new=5):
        print(nonexistent)
    with patch.multiple("__main__", get_env=MagicMock(return_value="multi"), fetch_data=mock.DEFAULT) as vals:
        print(get_env(), sorted(vals))

@patch("__main__.get_env")
@patch("__main__.fetch_data")
def decorated(extra, fetch_mock, env_mock):
    env_mock.return_value = "deco"
    print(type(fetch_mock).__name__, type(env_mock).__name__, get_env(), extra)

@patch("__main__.fetch_data", new_callable=AsyncMock)
async def adecorated(fm):
    fm.return_value = {"url": "adeco"}
    print(await process("z"))

class TestThing(unittest.IsolatedAsyncioTestCase):
    @patch("__main__.fetch_data")
    async def test_process(self, fm):
        fm.return_value = {"url": "t"}
        self.assertEqual(await process("q"), "T")
        fm.assert_awaited_once()

    async def test_mock_method(self):
        c = Client()
        c.aget = AsyncMock(return_value="m")
        self.assertEqual(await c.aget("x"), "m")
        c.aget.assert_awaited_once_with("x")

asyncio.run(main())
decorated("E")
asyncio.run(adecorated())
m = MagicMock()
m.method(1)
m.method(2)
m.assert_has_calls([call.method(1), call.method(2)])
try:
    m.assert_has_calls([call.method(3)])
except AssertionError as e:
    print("AE:", e)
m.method.assert_has_calls([call(2), call(1)], any_order=True)
try:
    m.method.assert_has_calls([call(2), call(5)], any_order=True)
except AssertionError as e:
    print("AE:", e)
import io
suite = unittest.defaultTestLoader.loadTestsFromTestCase(TestThing)
result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print(result.testsRun, result.wasSuccessful())
