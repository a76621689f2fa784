"""Run the interactive examples found in docstrings and compare their output.

A compact implementation of CPython's doctest: testmod, run_docstring_examples,
DocTestParser/DocTestFinder/DocTestRunner, the option flags, and CPython's report format.
"""

import sys
import re
import inspect
import traceback
import difflib
from io import StringIO
from collections import namedtuple

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException',
    'testmod', 'run_docstring_examples', 'TestResults',
    'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags',
]

TestResults = namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    # Flags are bits handed out in registration order, as CPython's.
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF
                   | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


def _indent(s, indent=4):
    return re.sub('(?m)^(?!$)', indent * ' ', s)


def _exception_traceback(exc_info):
    out = StringIO()
    traceback.print_exception(exc_info[0], exc_info[1], exc_info[2], file=out)
    return out.getvalue()


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    start, pos, end = 0, 0, len(got)
    first, last = pieces[0], pieces[-1]
    if first:
        if not got.startswith(first):
            return False
        pos = len(first)
        del pieces[0]
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
        del pieces[-1]
    if pos > end:
        # The fixed prefix and suffix overlap in got.
        return False
    for piece in pieces:
        i = got.find(piece, pos, end)
        if i < 0:
            return False
        pos = i + len(piece)
    return True


class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        if n == 0:
            examples = 'no examples'
        elif n == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % n
        return '<%s %s from %s:%s (%s)>' % (self.__class__.__name__, self.name,
                                            self.filename, self.lineno, examples)

    def __lt__(self, other):
        return ((self.name, self.filename, self.lineno if self.lineno is not None else -1, id(self))
                < (other.name, other.filename,
                   other.lineno if other.lineno is not None else -1, id(other)))


_PS1 = re.compile(r'^([ ]*)>>>')
_OPTION_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)
_TRACEBACK_HEADER = re.compile(r'Traceback \((?:most recent call last|innermost last)\):')


class DocTestParser:
    """Splits a docstring into text and Example objects, line by line."""

    def parse(self, string, name='<string>'):
        string = string.expandtabs()
        lines = string.split('\n')
        # Common leading whitespace is removed first, as CPython's parser does.
        margins = [len(l) - len(l.lstrip(' ')) for l in lines if l.strip()]
        margin = min(margins) if margins else 0
        if margin:
            lines = [l[margin:] for l in lines]
        output = []
        text = []
        i = 0
        while i < len(lines):
            line = lines[i]
            m = _PS1.match(line)
            if m is None:
                text.append(line)
                i += 1
                continue
            output.append('\n'.join(text) + ('\n' if text else ''))
            text = []
            indent = len(m.group(1))
            lineno = i
            src_lines = [line]
            i += 1
            while i < len(lines) and lines[i].startswith(' ' * indent + '...') \
                    and not lines[i][indent:].startswith('....'):
                src_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < len(lines) and lines[i].strip() and not _PS1.match(lines[i]):
                want_lines.append(lines[i])
                i += 1
            self._check_prompt_blank(src_lines, indent, lineno, name)
            self._check_prefix(src_lines[1:], ' ' * indent + '.', name, lineno + 1)
            self._check_prefix(want_lines, ' ' * indent, name, lineno + len(src_lines))
            source = '\n'.join(l[indent + 4:] for l in src_lines)
            want = '\n'.join(l[indent:] for l in want_lines)
            if want_lines:
                want += '\n'
            exc_msg = self._exc_msg(want)
            options = self._find_options(source, name, lineno)
            if not self._is_blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=indent + margin, options=options))
        output.append('\n'.join(text))
        return output

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def _exc_msg(self, want):
        lines = want.split('\n')
        if not lines or not _TRACEBACK_HEADER.match(lines[0]):
            return None
        # The message starts at the first line after the header that begins with a word
        # character; the indented stack lines in between are ignored.
        for k in range(1, len(lines)):
            if re.match(r'\w', lines[k]):
                return '\n'.join(lines[k:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _OPTION_DIRECTIVE.finditer(source):
            for option in m.group(1).replace(',', ' ').split():
                if (option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME):
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        if options and self._is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a '
                             'line with no example: %r' % (lineno, name, source))
        return options

    def _is_blank_or_comment(self, source):
        return all(not l.strip() or l.strip().startswith('#') for l in source.split('\n'))

    def _check_prompt_blank(self, lines, indent, lineno, name):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent '
                                 'leading whitespace: %r' % (lineno + i + 1, name, line))


from _doctest_run import (DocTestFinder, DocTestRunner, OutputChecker, DocTestFailure,
                          UnexpectedException, DebugRunner, master, testmod,
                          run_docstring_examples, _SpoofOut)
from _doctest_unittest import (DocTestCase, DocTestSuite, DocFileSuite, DocFileTest,
                               DocFileCase, SkipDocTestCase, set_unittest_reportflags)
