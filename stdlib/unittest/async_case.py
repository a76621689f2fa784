"""unittest.IsolatedAsyncioTestCase: async test methods, each run in a fresh event loop
through asyncio.run, with asyncSetUp/asyncTearDown around them."""

import asyncio
import inspect

from unittest.case import TestCase, _hide_module_frames


class IsolatedAsyncioTestCase(TestCase):
    def __init__(self, methodName='runTest'):
        super().__init__(methodName)

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def _callSetUp(self):
        self.setUp()
        asyncio.run(self.asyncSetUp())

    def _callTestMethod(self, method):
        result = method()
        if inspect.iscoroutine(result):
            asyncio.run(result)

    def _callTearDown(self):
        asyncio.run(self.asyncTearDown())
        self.tearDown()


_hide_module_frames(dict(globals()))
