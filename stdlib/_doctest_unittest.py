"""doctest's unittest integration: DocTestSuite/DocFileSuite build test suites whose cases
run one DocTest each and fail with the doctest report (CPython's DocTestCase)."""

import os
import sys
import unittest
from io import StringIO

import doctest as _dt
from _doctest_run import DocTestFinder, DocTestRunner

# The reporting flags every DocTestCase without its own gets (set_unittest_reportflags).
_default_report_flags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use when they set none; return the old ones."""
    global _default_report_flags
    if (flags & _dt.REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    previous = _default_report_flags
    _default_report_flags = flags
    return previous


class DocTestCase(unittest.TestCase):
    """A unittest case running the examples of one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_globs = test.globs.copy()
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        # The examples may have changed the namespace: the next run starts afresh.
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        flags = self._dt_optionflags
        if not flags & _dt.REPORTING_FLAGS:
            flags |= _default_report_flags
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
        runner.DIVIDER = "-" * 70
        report = StringIO()
        saved = sys.stdout
        try:
            failures, _ = runner.run(test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = saved
        if failures:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        where = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        short = test.name.split('.')[-1]
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, where, short, err))

    def debug(self):
        self.setUp()
        runner = _dt.DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                                 verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test
                and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp
                and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        parts = self._dt_test.name.split('.')
        return "%s (%s)" % (parts[-1], '.'.join(parts[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands in for a module whose docstrings were stripped (python -OO)."""

    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    # The cases stay in the suite after running (a doctest suite may be run again).
    def _removeTestAtIndex(self, index):
        pass


def _as_module(module, caller_globals):
    """The module `module` names: None means the calling module, a str is imported."""
    if module is None:
        return sys.modules[caller_globals['__name__']]
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if type(module).__name__ == 'module':
        return module
    raise TypeError("Expected a module, string, or None")


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one DocTestCase per docstring of `module` holding examples."""
    finder = test_finder if test_finder is not None else DocTestFinder()
    module = _as_module(module, sys._getframe(1).f_globals)
    tests = finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    if not tests and sys.flags.optimize >= 2:
        suite.addTest(SkipDocTestCase(module))
        return suite
    tests.sort()
    for test in tests:
        if not test.examples:
            continue
        if not test.filename:
            test.filename = getattr(module, '__file__', None)
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=None,
                encoding=None, **options):
    """A DocFileCase for the examples of the text file `path`."""
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    if module_relative:
        if os.path.isabs(path):
            raise ValueError("Module-relative files may not have absolute paths")
        package = _as_module(package, sys._getframe(1).f_globals)
        base = os.path.dirname(getattr(package, '__file__', None) or os.getcwd())
        path = os.path.join(base, *path.split('/'))
    with open(path, encoding=encoding or 'utf-8') as f:
        text = f.read()
    globs.setdefault('__file__', path)
    parser = parser if parser is not None else _dt.DocTestParser()
    test = parser.get_doctest(text, globs, os.path.basename(path), path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite running the examples of text files (paths relative to the calling
    module's directory unless module_relative=False)."""
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _as_module(kw.get('package'), sys._getframe(1).f_globals)
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite
