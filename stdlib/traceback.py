"""Printing and formatting exceptions, with the interpreter's own formatter (`_traceback`):
`format_exc()` gives exactly the text an uncaught exception prints."""

import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc',
           'print_exception', 'print_last', 'print_stack', 'format_stack', 'extract_tb',
           'extract_stack', 'format_list', 'format_tb', 'print_tb', 'walk_tb', 'print_list', 'walk_stack', 'FrameSummary',
           'StackSummary']


def _lines(text):
    return text.splitlines(True)


def _exception(exc, value):
    # Accepts the 3.10+ form f(exc) and the old f(type, value, tb) form.
    if value is not None and value is not _sentinel:
        return value
    return exc


_sentinel = object()


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exception(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if (limit is not None or not chain) and not isinstance(exc, BaseExceptionGroup):
        return _format_limited(exc, limit, chain, {id(exc)})
    return _lines(_traceback.format_exception(exc))


def _format_limited(exc, limit, chain, seen):
    # The interpreter's formatter prints whole chains; with a limit or chain=False the text is
    # assembled here from the same per-entry formatting.
    out = []
    if chain:
        cause, context = exc.__cause__, exc.__context__
        if cause is not None and id(cause) not in seen:
            seen.add(id(cause))
            out += _format_limited(cause, limit, chain, seen)
            out.append('\nThe above exception was the direct cause of the following exception:\n\n')
        elif (context is not None and not exc.__suppress_context__
              and id(context) not in seen):
            seen.add(id(context))
            out += _format_limited(context, limit, chain, seen)
            out.append('\nDuring handling of the above exception, another exception occurred:\n\n')
    stack = extract_tb(exc.__traceback__, limit=limit)
    if stack:
        out.append('Traceback (most recent call last):\n')
        out += stack.format()
    out += format_exception_only(exc)
    return out


def format_exception_only(exc, /, value=_sentinel):
    exc = _exception(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if isinstance(exc, type):
        return [exc.__name__ + '\n']
    return _lines(_traceback.format_exception_only(exc))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class FrameSummary:
    """One frame of a stack: filename, lineno, name and its source line (stripped)."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = None

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            import linecache
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects, oldest first."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        # CPython's layout; a frame repeated more than 3 times in a row is summarised.
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key == last:
                count += 1
                if count > 3:
                    continue
            else:
                if count > 3:
                    n = count - 3
                    result.append('  [Previous line repeated %d more time%s]\n'
                                  % (n, 's' if n > 1 else ''))
                last = key
                count = 1
            formatted = getattr(fs, '_formatted', None)
            if formatted is not None:
                # From a traceback: the interpreter's own text, with its caret line.
                result.append(formatted)
                continue
            row = '  File "%s", line %s, in %s\n' % (fs.filename, fs.lineno, fs.name)
            if fs.line:
                row += '    %s\n' % fs.line
            result.append(row)
        if count > 3:
            n = count - 3
            result.append('  [Previous line repeated %d more time%s]\n'
                          % (n, 's' if n > 1 else ''))
        return result


def walk_stack(f):
    """(frame, line number) from f (default: the caller's caller) outwards."""
    if f is None:
        f = sys._getframe(1).f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    """The stack from the outermost frame to f (default: the caller), as a StackSummary."""
    if f is None:
        f = sys._getframe(1)
    frames = []
    while f is not None:
        frames.append(FrameSummary(f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
        f = f.f_back
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    frames.reverse()
    return StackSummary(frames)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def _walk_tb(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    entries = list(_walk_tb(tb))
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    result = StackSummary()
    for t in entries:
        info = _traceback.tb_entry(t)
        if info is None:
            continue
        filename, lineno, name, text = info
        lines = text.splitlines()
        line = lines[1].strip() if len(lines) > 1 else ''
        fs = FrameSummary(filename, lineno, name, lookup_line=False, line=line)
        fs._formatted = text
        result.append(fs)
    return result


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit=limit):
        print(item, file=file, end="")


def walk_tb(tb):
    for t in _walk_tb(tb):
        yield t.tb_frame, t.tb_lineno
