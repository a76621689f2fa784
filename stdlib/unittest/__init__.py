"""unittest: TestCase, suites, the loader, the text runner and main(), reporting as CPython's
unittest does (see case.py and runner.py)."""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler', 'addModuleCleanup', 'doModuleCleanups',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True

from unittest.case import (TestCase, SkipTest, skip, skipIf, skipUnless, expectedFailure)
from unittest.runner import (TestResult, TextTestResult, TextTestRunner, TestSuite, TestLoader,
                             defaultTestLoader, TestProgram, main)


class FunctionTestCase(TestCase):
    """A test made of a plain function (with optional set-up and tear-down functions)."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s.%s (%s)" % (self.__class__.__module__, self.__class__.__qualname__, self._testFunc.__name__)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


FunctionTestCase.__module__ = 'unittest.case'


def getTestCaseNames(testCaseClass, prefix, sortUsing=None, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.suiteClass = suiteClass
    return loader.loadTestsFromModule(module)


def installHandler():
    pass


def removeHandler(method=None):
    return method


def registerResult(result):
    pass


def removeResult(result):
    return True


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Call function(*args, **kwargs) after the module's tearDownModule."""
    _module_cleanups.append((function, args, kwargs))


def doModuleCleanups():
    """Run the module cleanups, last added first; raise the first exception one raised."""
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        from unittest.async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
