"""Printing and formatting exceptions, with the interpreter's own formatter (`_traceback`):
`format_exc()` gives exactly the text an uncaught exception prints."""

import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc',
           'print_exception', 'print_last', 'print_stack', 'format_stack', 'extract_tb',
           'extract_stack', 'format_list', 'format_tb', 'print_tb', 'walk_tb', 'print_list', 'walk_stack', 'FrameSummary', 'clear_frames',
           'StackSummary', 'TracebackException']


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
    if isinstance(exc, BaseExceptionGroup):
        return _lines(_traceback.format_exception(exc))
    # As CPython's TracebackException(type(value), value, tb): an explicit tb (None included)
    # replaces the top exception's own traceback.
    if tb is not _sentinel and value is not _sentinel and not _same_tb(tb, exc.__traceback__):
        return _format_limited(exc, limit, chain, {id(exc)}, tb)
    if limit is not None or not chain or hasattr(sys, 'tracebacklimit'):
        return _format_limited(exc, limit, chain, {id(exc)})
    # CPython's list holds one string per piece (a header, a frame with its source and caret
    # lines, a chain separator, the exception line); the pieces are assembled here and used
    # when they add up to exactly the interpreter's text.
    text = _traceback.format_exception(exc)
    pieces = _format_limited(exc, None, True, {id(exc)})
    if ''.join(pieces) == text:
        return pieces
    return _lines(text)


def _same_tb(a, b):
    # Traceback objects are made on demand here, so two for the same frames are compared by
    # what they show.
    while a is not None and b is not None:
        if a.tb_lineno != b.tb_lineno or _traceback.tb_code(a) is not _traceback.tb_code(b):
            return False
        a, b = a.tb_next, b.tb_next
    return a is None and b is None


def _format_limited(exc, limit, chain, seen, tb=_sentinel):
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
    stack = extract_tb(exc.__traceback__ if tb is _sentinel else tb, limit=limit)
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
    text = _traceback.format_exception_only(exc)
    if isinstance(exc, SyntaxError):
        return _lines(text)
    # As CPython: the exception line is one piece (even when str(exc) spans lines), then each
    # line of each note.
    notes = getattr(exc, '__notes__', None)
    if notes is None:
        return [text]
    if not isinstance(notes, (list, tuple)):
        return _lines(text)
    note_lines = [line + '\n' for note in notes for line in _safe_str(note, 'note').split('\n')]
    tail = ''.join(note_lines)
    if not text.endswith(tail):
        return _lines(text)
    return [text[:len(text) - len(tail)]] + note_lines


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
        # CPython keeps the repr of each local (capture_locals), or None.
        self.locals = ({k: _safe_str(v, 'local', func=repr) for k, v in locals.items()}
                       if locals else None)

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

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A StackSummary of (frame, line number) pairs, e.g. from walk_stack or walk_tb."""
        limit = _default_limit(limit)
        if limit is not None:
            frames = list(frame_gen)
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        else:
            frames = frame_gen
        result = klass()
        for f, lineno in frames:
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                                       locals=f.f_locals if capture_locals else None))
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one frame: its File line, its source line and its captured locals."""
        formatted = getattr(frame_summary, '_formatted', None)
        if formatted is not None:
            row = [formatted]
        else:
            row = ['  File "%s", line %s, in %s\n'
                   % (frame_summary.filename, frame_summary.lineno, frame_summary.name)]
            if frame_summary.line:
                row.append('    %s\n' % frame_summary.line.strip())
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    %s = %s\n' % (name, value))
        return ''.join(row)

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
            # From a traceback, the interpreter's own text with its caret line.
            result.append(self.format_frame_summary(fs))
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


def _default_limit(limit):
    # As CPython's StackSummary extraction: without a limit, sys.tracebacklimit applies (a
    # negative one as 0).
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def extract_stack(f=None, limit=None):
    """The stack from the outermost frame to f (default: the caller), as a StackSummary."""
    if f is None:
        f = sys._getframe(1)
    limit = _default_limit(limit)
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
    limit = _default_limit(limit)
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    result = StackSummary()
    for t in entries:
        info = _traceback.tb_entry(t)
        if info is None:
            continue
        filename, lineno, name, text = info
        lines = text.splitlines()
        # No source in the entry (compiled text with a made-up name): `line` comes from
        # linecache, where scripts can register such text, as CPython's does.
        line = lines[1].strip() if len(lines) > 1 else None
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


class TracebackException:
    """An exception captured for later formatting, as CPython's: its type, its str(), its
    stack (a StackSummary), its notes, and TracebackExceptions for its cause, its context and
    (for an exception group) its sub-exceptions. Formatting goes through the interpreter's
    own formatter, so the text is exactly what an uncaught exception prints."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None, _frame_locals=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc_value = exc_value
        self._limit = limit
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._capture_locals = capture_locals
        if capture_locals:
            if _frame_locals is None:
                _frame_locals = {}
            _add_locals(self.stack, exc_traceback, limit, _frame_locals)
        self.exc_type = exc_type
        self._str = _safe_str(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        kwargs = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                      max_group_width=max_group_width, max_group_depth=max_group_depth,
                      _seen=_seen, _frame_locals=_frame_locals)
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    **kwargs)
            context = exc_value.__context__
            # compact: the context is only needed when it would be printed.
            wanted = not compact or (self.__cause__ is None and not self.__suppress_context__)
            if wanted and context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context,
                                                      context.__traceback__, **kwargs)
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, **kwargs)
                               for e in exc_value.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield 'None: None\n'
            return
        yield from format_exception_only(self._exc_value)

    def format(self, *, chain=True, _ctx=None):
        if self.exc_type is None:
            yield 'None: None\n'
            return
        if self._capture_locals and not self._in_group():
            yield from self._format_with_locals(chain)
            return
        yield from format_exception(self._exc_value, limit=self._limit, chain=chain)

    def _in_group(self):
        exc = self
        while exc is not None:
            if exc.exceptions is not None:
                return True
            exc = exc.__cause__ or exc.__context__
        return False

    def _format_with_locals(self, chain):
        # CPython's TracebackException.format: the chain oldest first, each stack with the
        # locals its frames had.
        output = []
        exc = self
        while exc is not None:
            if not chain:
                output.append((None, exc))
                break
            if exc.__cause__ is not None:
                msg, nxt = _CAUSE_MESSAGE, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                msg, nxt = _CONTEXT_MESSAGE, exc.__context__
            else:
                msg, nxt = None, None
            output.append((msg, exc))
            exc = nxt
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _safe_str(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f'<{what} {func.__name__}() failed>'


_CAUSE_MESSAGE = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')
_CONTEXT_MESSAGE = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


def _add_locals(stack, tb, limit, known):
    # The locals of each frame extract_tb kept (the same limit picks the same frames). A call
    # an exception only passed through (a chained exception's, handled inside it) ended later;
    # CPython's frame then shows the locals it ended with, which the exception that ended it
    # recorded: `known` maps code objects (by id) to those, from the exceptions formatted before.
    tbs = list(_walk_tb(tb))
    limit = _default_limit(limit)
    if limit is not None:
        tbs = tbs[:limit] if limit >= 0 else tbs[limit:]
    for fs, t in zip(stack, tbs):
        code = id(_traceback.tb_code(t))
        values = t.tb_frame.f_locals
        if values:
            known.setdefault(code, values)
        else:
            values = known.get(code, values)
        fs.locals = {k: _safe_str(v, 'local', func=repr) for k, v in values.items()} or None


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            # matches CPython: a frame still executing is left alone.
            pass
        tb = tb.tb_next
