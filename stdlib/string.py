"""String constants, `Template` ($-substitution), `capwords` and a basic `Formatter`."""

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (or a single space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = cls._make_pattern()

    @classmethod
    def _make_pattern(cls):
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
            return pattern if not isinstance(pattern, str) else _re.compile(pattern, cls.flags | _re.VERBOSE)
        delim = _re.escape(cls.delimiter)
        id = cls.idpattern
        bid = cls.braceidpattern or cls.idpattern
        pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
        return _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = dict(mapping, **kws) if mapping else kws

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = dict(mapping, **kws) if mapping else kws

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
        return ids


Template.pattern = Template._make_pattern()


class Formatter:
    """`str.format` as overridable steps: parse, get_field, convert_field, format_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples, produced lazily as
        CPython's _string.formatter_parser does (an error surfaces at its field)."""
        s = format_string
        n = len(s)
        pos = 0
        while pos < n:
            start = pos
            c = ''
            markup = False
            while pos < n:
                c = s[pos]
                pos += 1
                if c == '{' or c == '}':
                    markup = True
                    break
            at_end = pos >= n
            length = pos - start
            if c == '}' and markup and (at_end or s[pos] != '}'):
                raise ValueError("Single '}' encountered in format string")
            if at_end and markup and c == '{':
                raise ValueError("Single '{' encountered in format string")
            if markup and not at_end:
                if s[pos] == c:
                    pos += 1
                    markup = False
                else:
                    length -= 1
            literal = s[start:start + length]
            if not markup:
                yield (literal, None, None, None)
                continue
            pos, name, spec, conversion = self._parse_field(s, pos)
            yield (literal, name, spec, conversion)

    @staticmethod
    def _parse_field(s, pos):
        # CPython's parse_field: the name runs to '}', ':' or '!' (brackets skipped), then an
        # optional conversion character, then the spec up to its matching '}'.
        n = len(s)
        name_start = pos
        c = ''
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while pos < n and s[pos] != ']':
                    pos += 1
                continue
            if c in '}:!':
                break
        else:
            c = ''
        name = s[name_start:max(pos - 1, name_start)] if c else s[name_start:pos]
        if c not in ('!', ':'):
            if c != '}':
                raise ValueError("expected '}' before end of string")
            return pos, name, '', None
        conversion = None
        if c == '!':
            if pos >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[pos]
            pos += 1
            if pos < n:
                nxt = s[pos]
                pos += 1
                if nxt == '}':
                    return pos, name, '', conversion
                if nxt != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        depth = 1
        while pos < n:
            ch = s[pos]
            pos += 1
            if ch == '{':
                depth += 1
            elif ch == '}':
                depth -= 1
                if depth == 0:
                    return pos, name, s[spec_start:pos - 1], conversion
        raise ValueError("unmatched '{' in format spec")

    def get_field(self, field_name, args, kwargs):
        m = _re.match(r'[^.\[]*', field_name)
        first = m.group()
        rest = field_name[m.end():]
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        for attr, index in _re.findall(r'\.([^.\[]+)|\[([^\]]*)\]', rest):
            if attr:
                obj = getattr(obj, attr)
            else:
                obj = obj[int(index)] if index.isdigit() else obj[index]
        return obj, key
