# doctest.DocTestSuite: a module's docstring examples run as unittest cases, failures
# reported in the doctest format inside unittest's report.
import doctest
import sys
import unittest


def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    """
    return a + b


def broken(n):
    """A docstring whose example is wrong.

    >>> broken(2)
    5
    >>> [broken(i) for i in range(3)]
    [0, 2, 4]
    """
    return n * 2


def raises():
    """
    >>> raises()
    Traceback (most recent call last):
        ...
    ValueError: expected
    """
    raise ValueError("expected")


def no_examples():
    """Nothing to run here."""


suite = doctest.DocTestSuite(sys.modules[__name__])
cases = list(suite)
print(suite.countTestCases(), [c.id() for c in cases])
print([repr(c) for c in cases], [c.shortDescription() for c in cases])


def run(suite):
    # A bare TestResult: no timing line, and the failure text is the doctest report.
    result = unittest.TestResult()
    suite.run(result)
    for case, text in result.failures:
        print("FAIL:", case.id())
        print(text[text.index("AssertionError: "):], end="")
    print("ran", result.testsRun, "failures", len(result.failures), "errors", len(result.errors))
    return result


run(suite)
run(suite)
print(doctest.set_unittest_reportflags(doctest.REPORT_ONLY_FIRST_FAILURE))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print("ValueError:", e.args)
print(run(doctest.DocTestSuite()).wasSuccessful())
print(doctest.set_unittest_reportflags(0))
print(doctest.DocTestSuite("json.tool").countTestCases())
