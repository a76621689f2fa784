"""csv: CSV reading and writing with CPython 3.11's dialects, parsing states and messages.

The reader is CPython's _csv state machine run over each line the iterable yields; the writer
quotes a field when it holds the delimiter, the quote character, the escape character or a
character of the line terminator (QUOTE_MINIMAL), and a lone empty field as '""'.
"""

import re
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'Sniffer', 'unregister_dialect', 'DictReader',
           'DictWriter', 'unix_dialect']

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3
__version__ = '1.0'


class Error(Exception):
    pass


Error.__module__ = '_csv'

_dialects = {}
_field_limit = 128 * 1024


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


def _check_char(name, value, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(value, str):
        kind = 'string or None' if allow_none else 'string'
        raise TypeError('"%s" must be %s, not %s' % (name, kind, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    """The validated parameters a reader or writer works with (CPython's _csv.Dialect)."""

    def __init__(self, base=None, **kw):
        def get(name, default):
            if name in kw:
                return kw[name]
            if base is not None and hasattr(base, name):
                return getattr(base, name)
            return default
        quoting = get('quoting', QUOTE_MINIMAL)
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        self.delimiter = _check_char('delimiter', get('delimiter', ','), False)
        self.quotechar = _check_char('quotechar', get('quotechar', '"'), True)
        self.escapechar = _check_char('escapechar', get('escapechar', None), True)
        self.doublequote = bool(get('doublequote', True))
        self.skipinitialspace = bool(get('skipinitialspace', False))
        self.strict = bool(get('strict', False))
        lineterminator = get('lineterminator', '\r\n')
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lineterminator
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')

    def __repr__(self):
        return '<_csv.Dialect object at 0x%x>' % id(self)


class Dialect:
    """Describe a CSV dialect: subclass it and set the class attributes."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect')


def list_dialects():
    return list(_dialects)


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


# Reader states, as in CPython's _csv.c.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None  # the end-of-line marker fed after each line


class _reader:
    def __init__(self, iterable, dialect):
        self._input = iter(iterable)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file should be '
                            'opened in text mode)' % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD:
                fields = self._fast_fields(line)
                if fields is not None:
                    return fields
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _fast_fields(self, line):
        """The fields of a whole record on one line without quote or escape characters, split
        directly (the state machine gives the same result, far more slowly); else None."""
        d = self.dialect
        if d.escapechar is not None and d.escapechar in line:
            return None
        if line.endswith('\r\n'):
            body = line[:-2]
        elif line.endswith('\n') or line.endswith('\r'):
            body = line[:-1]
        else:
            body = line
        if '\r' in body or '\n' in body:
            return None
        if d.quotechar is not None and d.quoting != QUOTE_NONE and d.quotechar in body:
            return self._quoted_fields(body)
        if not body:
            return []
        fields = body.split(d.delimiter)
        if d.skipinitialspace:
            fields = [f.lstrip(' ') for f in fields]
        for f in fields:
            if len(f) > _field_limit:
                return None
        if d.quoting == QUOTE_NONNUMERIC:
            fields = [float(f) if f else f for f in fields]
        return fields

    def _quoted_fields(self, body):
        """The fields of a one-line record whose quoted fields all close on the line and
        are followed by a delimiter or the end, found with str methods; None for anything
        else (a field running on to the next line, text after a closing quote), which the
        state machine reads."""
        d = self.dialect
        q, delim = d.quotechar, d.delimiter
        fields = []
        pos, end = 0, len(body)
        while True:
            if d.skipinitialspace:
                while pos < end and body[pos] == ' ':
                    pos += 1
            if pos < end and body[pos] == q:
                parts = []
                start = pos + 1
                while True:
                    close = body.find(q, start)
                    if close < 0:
                        return None
                    parts.append(body[start:close])
                    if d.doublequote and body.startswith(q, close + 1):
                        parts.append(q)
                        start = close + 2
                    else:
                        break
                pos = close + 1
                if pos < end and body[pos] != delim:
                    return None
                field = ''.join(parts)
                if len(field) > _field_limit:
                    return None
            else:
                # A quote inside an unquoted field is an ordinary character.
                stop = body.find(delim, pos)
                if stop < 0:
                    stop = end
                field = body[pos:stop]
                pos = stop
                if len(field) > _field_limit:
                    return None
                if field and d.quoting == QUOTE_NONNUMERIC:
                    field = float(field)
            fields.append(field)
            if pos >= end:
                return fields
            pos += 1

    def _process(self, c):
        d = self.dialect
        state = self._state
        eol = c is _EOL
        newline = c == '\n' or c == '\r'
        if state == _START_RECORD:
            if eol:
                return
            if newline:
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if newline or eol:
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if newline:
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char('\n' if eol else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and eol:
                return
            if newline or eol:
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if eol:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char('\n' if eol else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif newline or eol:
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if newline:
                pass
            elif eol:
                self._state = _START_RECORD
            else:
                raise Error('new-line character seen in unquoted field - do you need to open '
                            'the file in universal-newline mode?')

    def __repr__(self):
        return '<_csv.reader object at 0x%x>' % id(self)


_reader.__name__ = _reader.__qualname__ = 'reader'
_reader.__module__ = '_csv'


def reader(csvfile, dialect='excel', **fmtparams):
    return _reader(csvfile, _make_dialect(dialect, fmtparams))


class _writer:
    def __init__(self, fileobj, dialect):
        write = getattr(fileobj, 'write', None)
        if write is None:
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = dialect
        chars = dialect.delimiter + (dialect.escapechar or '') + (dialect.quotechar or '')
        self._needs_care = re.compile('[%s]' % re.escape(chars + dialect.lineterminator))
        others = ''.join(c for c in chars + dialect.lineterminator if c != dialect.delimiter)
        self._special = re.compile('[%s]' % re.escape(others)) if others else re.compile('(?!)')

    def _join_field(self, field, quoted, out):
        d = self.dialect
        if self._needs_care.search(field) is None:
            out.append(d.quotechar + field + d.quotechar if quoted else field)
            return
        if d.quoting != QUOTE_NONE and d.doublequote and \
                (d.escapechar is None or d.escapechar not in field):
            # Nothing to escape: the special characters only make the field quoted, with
            # its quote characters doubled (what the loop below does one by one).
            q = d.quotechar
            out.append(q + field.replace(q, q + q) + q)
            return
        special = (d.delimiter, d.escapechar, d.quotechar)
        chars = []
        for c in field:
            if c in special or c in d.lineterminator:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            chars.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if not d.escapechar:
                        raise Error('need to escape, but no escapechar set')
                    chars.append(d.escapechar)
            chars.append(c)
        text = ''.join(chars)
        out.append(d.quotechar + text + d.quotechar if quoted else text)

    def writerow(self, row):
        d = self.dialect
        if d.quoting == QUOTE_MINIMAL and type(row) in (list, tuple) and len(row) > 1:
            # Fast path: when no field holds a special character, the record is a plain join.
            fields = [f if type(f) is str else '' if f is None else str(f) for f in row]
            line = d.delimiter.join(fields)
            if self._special.search(line) is None and \
                    line.count(d.delimiter) == len(fields) - 1:
                return self._write(line + d.lineterminator)
        try:
            items = iter(row)
        except TypeError:
            raise Error('iterable expected, not %.200s' % type(row).__name__) from None
        out = []
        count = 0
        for field in items:
            count += 1
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._join_field(text, quoted, out)
        if count == 1 and out[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out[0] = d.quotechar * 2
        return self._write(d.delimiter.join(out) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)

    def __repr__(self):
        return '<_csv.writer object at 0x%x>' % id(self)


def _is_number(value):
    # CPython's PyNumber_Check: anything convertible by int(), float() or index()
    # (bool, Decimal, Fraction, complex included) is written unquoted.
    t = type(value)
    return (isinstance(value, complex) or hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__'))


_writer.__name__ = _writer.__qualname__ = 'writer'
_writer.__module__ = '_csv'


def writer(csvfile, dialect='excel', **fmtparams):
    return _writer(csvfile, _make_dialect(dialect, fmtparams))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(lambda cls, item: __import__('types').GenericAlias(cls, item))


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(lambda cls, item: __import__('types').GenericAlias(cls, item))


class Sniffer:
    """Guesses a file's dialect from a sample: the delimiter is the candidate character that
    appears the same number of times on the most lines."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        lines = [line for line in sample.split('\n') if line.strip()]
        candidates = delimiters or ''.join(sorted(set(c for c in sample
                                                      if not c.isalnum() and c not in '"\'\n\r')))
        best = None
        best_score = 0
        for c in candidates:
            counts = [line.count(c) for line in lines]
            if not counts or max(counts) == 0:
                continue
            common = max(set(counts), key=counts.count)
            score = counts.count(common) * (2 if c in self.preferred else 1)
            if common and (score > best_score or (score == best_score and best is not None and
                                                  c in self.preferred and
                                                  self.preferred.index(c) <
                                                  self.preferred.index(best))):
                best, best_score = c, score
        if best is None:
            raise Error('Could not determine delimiter')
        quotechar = "'" if sample.count("'") > sample.count('"') else '"'

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        dialect.delimiter = best
        dialect.quotechar = quotechar
        dialect.doublequote = True
        dialect.skipinitialspace = False
        return dialect

    def has_header(self, sample):
        rows = list(reader(StringIO(sample), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, body = rows[0], rows[1:]

        def kind(value):
            for t in (int, float, complex):
                try:
                    t(value)
                    return t
                except (ValueError, OverflowError):
                    pass
            return len(value)
        votes = 0
        for col, name in enumerate(header):
            kinds = set(kind(row[col]) for row in body if col < len(row))
            if len(kinds) != 1:
                continue
            k = kinds.pop()
            if isinstance(k, int) and not isinstance(k, type):
                votes += 1 if len(name) != k else -1
            else:
                try:
                    k(name)
                    votes -= 1
                except (ValueError, TypeError):
                    votes += 1
        return votes > 0


# CPython's csv reader and writer are C (_csv): no frame of theirs shows in a traceback (the
# Python parts, DictReader and DictWriter, could not show CPython's file paths anyway).
import _c_frames  # noqa: E402
_c_frames.hide_namespace(globals(), (__name__, '_csv'))
del _c_frames
