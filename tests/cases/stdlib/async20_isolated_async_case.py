# IsolatedAsyncioTestCase as CPython 3.11's: one runner (debug mode) and one context per test,
# async cleanups, enterAsyncContext, and the frames its failures show.
import asyncio
import contextvars
import io
import traceback
import unittest

current_user = contextvars.ContextVar("current_user", default=None)
log = []


class Session:
    async def __aenter__(self):
        log.append("session open")
        return "session"

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        log.append(f"session close {exc}")


class Api:
    async def get(self, key):
        await asyncio.sleep(0)
        if key == "missing":
            raise KeyError(key)
        return key.upper()


class ApiTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        log.append(f"setUp loop running: {asyncio.get_event_loop().is_running()}")

    async def asyncSetUp(self):
        self.api = Api()
        current_user.set("alice")
        self.loop = asyncio.get_running_loop()
        log.append(f"asyncSetUp debug={self.loop.get_debug()}")

    async def asyncTearDown(self):
        log.append(f"asyncTearDown user={current_user.get()}")

    def tearDown(self):
        log.append(f"tearDown user={current_user.get()}")

    async def test_context_shared(self):
        self.assertEqual(current_user.get(), "alice")
        self.assertIs(asyncio.get_running_loop(), self.loop)

    async def test_fail(self):
        self.assertEqual(await self.api.get("b"), "b")

    async def test_error(self):
        await self.api.get("missing")

    async def test_cleanups(self):
        async def acleanup(tag):
            await asyncio.sleep(0)
            log.append(f"async cleanup {tag} user={current_user.get()}")
        self.addAsyncCleanup(acleanup, "one")
        self.addCleanup(log.append, "sync cleanup")
        self.assertEqual(await self.enterAsyncContext(Session()), "session")

    async def test_enter_bad(self):
        with self.assertRaises(TypeError) as cm:
            await self.enterAsyncContext(object())
        log.append(str(cm.exception))

    async def test_background_task(self):
        async def forever():
            try:
                await asyncio.sleep(10)
            finally:
                log.append("background task cancelled by the runner")
        asyncio.create_task(forever())
        await asyncio.sleep(0)


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(ApiTests)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print("\n".join(line for line in stream.getvalue().splitlines() if line.startswith("test_")))
print(result.testsRun, len(result.failures), len(result.errors))
for test, text in result.failures + result.errors:
    print(test.id(), [line.strip() for line in text.splitlines() if line.strip().startswith("File ")].__len__(),
          text.strip().splitlines()[-1])
for entry in log:
    print(entry)
try:
    ApiTests("test_error").debug()
except KeyError as e:
    names = [f.name for f in traceback.extract_tb(e.__traceback__)]
    print("debug raised", repr(e), names[names.index("_callTestMethod"):])
