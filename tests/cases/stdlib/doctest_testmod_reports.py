"""Shapes and stacks, tested with doctest as tutorials do.

>>> area(2, 3)
6
"""
import doctest
import io


def area(w, h):
    """Area of a rectangle.

    >>> area(1, 2)
    2
    >>> area(2, 2)
    5
    >>> [area(i, i) for i in range(12)]  # doctest: +ELLIPSIS
    [0, 1, 4, ..., 121]
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> print(' x    y ')  # doctest: +NORMALIZE_WHITESPACE
    x y
    >>> area(1, 1) == 1
    1
    >>> print("one")
    """
    return w * h


def parse(s):
    """
    >>> parse('12')
    12
    >>> parse('x')
    Traceback (most recent call last):
      ...
    ValueError: invalid literal for int() with base 10: 'x'
    >>> parse('z')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.ValueError: other detail
    >>> for i in range(2):
    ...     print(parse(str(i)) * 10)
    0
    10
    >>> total = parse('4')
    >>> total + 1
    5
    >>> print(total)  # doctest: +SKIP
    nope
    """
    return int(s)


class Stack:
    """A tiny stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> len(s.items)
    1
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """Push x.

        >>> Stack().push(3) is None
        True
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    @staticmethod
    def make():
        """No examples here."""
        return Stack()


def lines():
    """
    >>> print("alpha\\nbeta\\ngamma\\ndelta")  # doctest: +REPORT_NDIFF
    alpha
    bata
    gamma
    delta
    >>> print("one\\ntwo\\nthree\\nfour")  # doctest: +REPORT_UDIFF
    one
    two
    3
    four
    """


print(doctest.testmod())
print(doctest.testmod(verbose=True))
print(doctest.testmod(report=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
doctest.run_docstring_examples(area, {"area": area}, name="area")
doctest.run_docstring_examples(Stack.push, {"Stack": Stack}, verbose=True)

parser = doctest.DocTestParser()
ex = parser.get_examples(area.__doc__)
print(len(ex), ex[0].source, ex[0].want, ex[0].lineno, ex[2].options)
print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.REPORT_NDIFF)
tests = doctest.DocTestFinder().find(Stack)
print([t.name for t in tests], [len(t.examples) for t in tests])
r = doctest.DocTestRunner(verbose=False)
out = io.StringIO()
for t in doctest.DocTestFinder().find(area, "area", globs={"area": area}):
    print(r.run(t, out=out.write))
print(out.getvalue().count("Failed example"))
try:
    parser.get_examples(">>>x\n")
except ValueError as e:
    print(e)
