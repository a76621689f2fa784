"""tomllib: a TOML 1.0 parser with CPython's results (dicts, lists, datetime values) and its
TOMLDecodeError messages and positions."""

import string
from datetime import date, datetime, time, timedelta, timezone
import re

__all__ = ("loads", "load", "TOMLDecodeError")

_ASCII_CTRL = frozenset(chr(i) for i in range(32)) | frozenset(chr(127))
_ILLEGAL_BASIC_STR_CHARS = _ASCII_CTRL - frozenset("\t")
_ILLEGAL_MULTILINE_BASIC_STR_CHARS = _ASCII_CTRL - frozenset("\t\n")
_ILLEGAL_LITERAL_STR_CHARS = _ILLEGAL_BASIC_STR_CHARS
_ILLEGAL_MULTILINE_LITERAL_STR_CHARS = _ILLEGAL_MULTILINE_BASIC_STR_CHARS
_ILLEGAL_COMMENT_CHARS = _ILLEGAL_BASIC_STR_CHARS
_WS = frozenset(" \t")
_WS_AND_NEWLINE = _WS | frozenset("\n")
_BARE_KEY_CHARS = frozenset(string.ascii_letters + string.digits + "-_")
_KEY_INITIAL_CHARS = _BARE_KEY_CHARS | frozenset("\"'")
_HEXDIGIT_CHARS = frozenset(string.hexdigits)
_ESCAPES = {"\\b": "\u0008", "\\t": "\u0009", "\\n": "\u000A", "\\f": "\u000C",
            "\\r": "\u000D", '\\"': "\u0022", "\\\\": "\u005C"}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_RE_NUMBER = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<floatpart>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")
_RE_LOCALTIME = re.compile(_TIME)
_RE_DATETIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")


class TOMLDecodeError(ValueError):
    """An error while decoding a TOML document."""


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document from a string."""
    src = s.replace("\r\n", "\n")
    pos = 0
    out = _Output(_NestedDict(), _Flags())
    header = ()
    parse_float = _safe_parse_float(parse_float)
    while True:
        pos = _skip_chars(src, pos, _WS)
        try:
            char = src[pos]
        except IndexError:
            break
        if char == "\n":
            pos += 1
            continue
        if char in _KEY_INITIAL_CHARS:
            pos = _key_value_rule(src, pos, out, header, parse_float)
            pos = _skip_chars(src, pos, _WS)
        elif char == "[":
            second = src[pos + 1] if pos + 1 < len(src) else None
            out.flags.finalize_pending()
            if second == "[":
                pos, header = _create_list_rule(src, pos, out)
            else:
                pos, header = _create_dict_rule(src, pos, out)
            pos = _skip_chars(src, pos, _WS)
        elif char != "#":
            raise _err(src, pos, "Invalid statement")
        pos = _skip_comment(src, pos)
        try:
            char = src[pos]
        except IndexError:
            break
        if char != "\n":
            raise _err(src, pos, "Expected newline or end of document after a statement")
        pos += 1
    return out.data.dict


class _Flags:
    """Which keys are frozen (inline tables, arrays) or explicitly declared as tables."""
    FROZEN = 0
    EXPLICIT_NEST = 1

    def __init__(self):
        self._flags = {}
        self._pending_flags = set()

    def add_pending(self, key, flag):
        self._pending_flags.add((key, flag))

    def finalize_pending(self):
        for key, flag in self._pending_flags:
            self.set(key, flag, recursive=False)
        self._pending_flags.clear()

    def unset_all(self, key):
        cont = self._flags
        for k in key[:-1]:
            if k not in cont:
                return
            cont = cont[k]["nested"]
        cont.pop(key[-1], None)

    def set(self, key, flag, *, recursive):
        cont = self._flags
        for k in key[:-1]:
            if k not in cont:
                cont[k] = {"flags": set(), "recursive_flags": set(), "nested": {}}
            cont = cont[k]["nested"]
        stem = key[-1]
        if stem not in cont:
            cont[stem] = {"flags": set(), "recursive_flags": set(), "nested": {}}
        cont[stem]["recursive_flags" if recursive else "flags"].add(flag)

    def is_(self, key, flag):
        if not key:
            return False
        cont = self._flags
        for k in key[:-1]:
            if k not in cont:
                return False
            inner = cont[k]
            if flag in inner["recursive_flags"]:
                return True
            cont = inner["nested"]
        stem = key[-1]
        if stem in cont:
            cont = cont[stem]
            return flag in cont["flags"] or flag in cont["recursive_flags"]
        return False


class _NestedDict:
    def __init__(self):
        self.dict = {}

    def get_or_create_nest(self, key, *, access_lists=True):
        cont = self.dict
        for k in key:
            if k not in cont:
                cont[k] = {}
            cont = cont[k]
            if access_lists and isinstance(cont, list):
                cont = cont[-1]
            if not isinstance(cont, dict):
                raise KeyError("There is no nest behind this key")
        return cont

    def append_nest_to_list(self, key):
        cont = self.get_or_create_nest(key[:-1])
        last = key[-1]
        if last in cont:
            lst = cont[last]
            if not isinstance(lst, list):
                raise KeyError("An object other than list found behind this key")
            lst.append({})
        else:
            cont[last] = [{}]


class _Output:
    def __init__(self, data, flags):
        self.data = data
        self.flags = flags


def _skip_chars(src, pos, chars):
    try:
        while src[pos] in chars:
            pos += 1
    except IndexError:
        pass
    return pos


def _skip_until(src, pos, expect, *, error_on, error_on_eof):
    try:
        new_pos = src.index(expect, pos)
    except ValueError:
        new_pos = len(src)
        if error_on_eof:
            raise _err(src, new_pos, f"Expected {expect!r}") from None
    if not error_on.isdisjoint(src[pos:new_pos]):
        while src[pos] not in error_on:
            pos += 1
        raise _err(src, pos, f"Found invalid character {src[pos]!r}")
    return new_pos


def _skip_comment(src, pos):
    if src[pos:pos + 1] == "#":
        return _skip_until(src, pos + 1, "\n", error_on=_ILLEGAL_COMMENT_CHARS, error_on_eof=False)
    return pos


def _skip_comments_and_array_ws(src, pos):
    while True:
        before = pos
        pos = _skip_chars(src, pos, _WS_AND_NEWLINE)
        pos = _skip_comment(src, pos)
        if pos == before:
            return pos


def _create_dict_rule(src, pos, out):
    pos += 1
    pos = _skip_chars(src, pos, _WS)
    pos, key = _parse_key(src, pos)
    if out.flags.is_(key, _Flags.EXPLICIT_NEST) or out.flags.is_(key, _Flags.FROZEN):
        raise _err(src, pos, f"Cannot declare {key} twice")
    out.flags.set(key, _Flags.EXPLICIT_NEST, recursive=False)
    try:
        out.data.get_or_create_nest(key)
    except KeyError:
        raise _err(src, pos, "Cannot overwrite a value") from None
    if not src.startswith("]", pos):
        raise _err(src, pos, "Expected ']' at the end of a table declaration")
    return pos + 1, key


def _create_list_rule(src, pos, out):
    pos += 2
    pos = _skip_chars(src, pos, _WS)
    pos, key = _parse_key(src, pos)
    if out.flags.is_(key, _Flags.FROZEN):
        raise _err(src, pos, f"Cannot mutate immutable namespace {key}")
    out.flags.unset_all(key)
    out.flags.set(key, _Flags.EXPLICIT_NEST, recursive=False)
    try:
        out.data.append_nest_to_list(key)
    except KeyError:
        raise _err(src, pos, "Cannot overwrite a value") from None
    if not src.startswith("]]", pos):
        raise _err(src, pos, "Expected ']]' at the end of an array declaration")
    return pos + 2, key


def _key_value_rule(src, pos, out, header, parse_float):
    pos, key, value = _parse_key_value_pair(src, pos, parse_float)
    key_parent, key_stem = key[:-1], key[-1]
    abs_key_parent = header + key_parent
    for i in range(1, len(key)):
        cont_key = header + key[:i]
        if out.flags.is_(cont_key, _Flags.EXPLICIT_NEST):
            raise _err(src, pos, f"Cannot redefine namespace {cont_key}")
        out.flags.add_pending(cont_key, _Flags.EXPLICIT_NEST)
    if out.flags.is_(abs_key_parent, _Flags.FROZEN):
        raise _err(src, pos, f"Cannot mutate immutable namespace {abs_key_parent}")
    try:
        nest = out.data.get_or_create_nest(abs_key_parent)
    except KeyError:
        raise _err(src, pos, "Cannot overwrite a value") from None
    if key_stem in nest:
        raise _err(src, pos, "Cannot overwrite a value")
    if isinstance(value, (dict, list)):
        out.flags.set(header + key, _Flags.FROZEN, recursive=True)
    nest[key_stem] = value
    return pos


def _parse_key_value_pair(src, pos, parse_float):
    pos, key = _parse_key(src, pos)
    if src[pos:pos + 1] != "=":
        raise _err(src, pos, "Expected '=' after a key in a key/value pair")
    pos += 1
    pos = _skip_chars(src, pos, _WS)
    pos, value = _parse_value(src, pos, parse_float)
    return pos, key, value


def _parse_key(src, pos):
    pos, part = _parse_key_part(src, pos)
    key = (part,)
    pos = _skip_chars(src, pos, _WS)
    while src[pos:pos + 1] == ".":
        pos += 1
        pos = _skip_chars(src, pos, _WS)
        pos, part = _parse_key_part(src, pos)
        key += (part,)
        pos = _skip_chars(src, pos, _WS)
    return pos, key


def _parse_key_part(src, pos):
    char = src[pos:pos + 1]
    if char and char in _BARE_KEY_CHARS:
        start = pos
        pos = _skip_chars(src, pos, _BARE_KEY_CHARS)
        return pos, src[start:pos]
    if char == "'":
        return _parse_literal_str(src, pos)
    if char == '"':
        return _parse_basic_str(src, pos + 1, multiline=False)
    raise _err(src, pos, "Invalid initial character for a key part")


def _parse_array(src, pos, parse_float):
    pos += 1
    array = []
    pos = _skip_comments_and_array_ws(src, pos)
    if src.startswith("]", pos):
        return pos + 1, array
    while True:
        pos, val = _parse_value(src, pos, parse_float)
        array.append(val)
        pos = _skip_comments_and_array_ws(src, pos)
        c = src[pos:pos + 1]
        if c == "]":
            return pos + 1, array
        if c != ",":
            raise _err(src, pos, "Unclosed array")
        pos += 1
        pos = _skip_comments_and_array_ws(src, pos)
        if src.startswith("]", pos):
            return pos + 1, array


def _parse_inline_table(src, pos, parse_float):
    pos += 1
    nested = _NestedDict()
    flags = _Flags()
    pos = _skip_chars(src, pos, _WS)
    if src.startswith("}", pos):
        return pos + 1, nested.dict
    while True:
        pos, key, value = _parse_key_value_pair(src, pos, parse_float)
        key_parent, key_stem = key[:-1], key[-1]
        if flags.is_(key, _Flags.FROZEN):
            raise _err(src, pos, f"Cannot mutate immutable namespace {key}")
        try:
            nest = nested.get_or_create_nest(key_parent, access_lists=False)
        except KeyError:
            raise _err(src, pos, "Cannot overwrite a value") from None
        if key_stem in nest:
            raise _err(src, pos, f"Duplicate inline table key {key_stem!r}")
        nest[key_stem] = value
        pos = _skip_chars(src, pos, _WS)
        c = src[pos:pos + 1]
        if c == "}":
            return pos + 1, nested.dict
        if c != ",":
            raise _err(src, pos, "Unclosed inline table")
        if isinstance(value, (dict, list)):
            flags.set(key, _Flags.FROZEN, recursive=True)
        pos += 1
        pos = _skip_chars(src, pos, _WS)


def _parse_basic_str_escape(src, pos, multiline=False):
    escape_id = src[pos:pos + 2]
    pos += 2
    if multiline and escape_id in {"\\ ", "\\\t", "\\\n"}:
        if escape_id != "\\\n":
            pos = _skip_chars(src, pos, _WS)
            try:
                char = src[pos]
            except IndexError:
                return pos, ""
            if char != "\n":
                raise _err(src, pos, "Unescaped '\\' in a string")
            pos += 1
        pos = _skip_chars(src, pos, _WS_AND_NEWLINE)
        return pos, ""
    if escape_id == "\\u":
        return _parse_hex_char(src, pos, 4)
    if escape_id == "\\U":
        return _parse_hex_char(src, pos, 8)
    try:
        return pos, _ESCAPES[escape_id]
    except KeyError:
        raise _err(src, pos, "Unescaped '\\' in a string") from None


def _parse_hex_char(src, pos, hex_len):
    hex_str = src[pos:pos + hex_len]
    if len(hex_str) != hex_len or not _HEXDIGIT_CHARS.issuperset(hex_str):
        raise _err(src, pos, "Invalid hex value")
    pos += hex_len
    code = int(hex_str, 16)
    if not (0 <= code <= 55295 or 57344 <= code <= 1114111):
        raise _err(src, pos, "Escaped character is not a Unicode scalar value")
    return pos, chr(code)


def _parse_literal_str(src, pos):
    pos += 1
    start = pos
    pos = _skip_until(src, pos, "'", error_on=_ILLEGAL_LITERAL_STR_CHARS, error_on_eof=True)
    return pos + 1, src[start:pos]


def _parse_multiline_str(src, pos, *, literal):
    pos += 3
    if src.startswith("\n", pos):
        pos += 1
    if literal:
        delim = "'"
        end = _skip_until(src, pos, "'''", error_on=_ILLEGAL_MULTILINE_LITERAL_STR_CHARS, error_on_eof=True)
        result = src[pos:end]
        pos = end + 3
    else:
        delim = '"'
        pos, result = _parse_basic_str(src, pos, multiline=True)
    # Up to two more quotes right before the closing three belong to the string.
    if not src.startswith(delim, pos):
        return pos, result
    pos += 1
    if not src.startswith(delim, pos):
        return pos, result + delim
    pos += 1
    return pos, result + (delim * 2)


def _parse_basic_str(src, pos, *, multiline):
    error_on = _ILLEGAL_MULTILINE_BASIC_STR_CHARS if multiline else _ILLEGAL_BASIC_STR_CHARS
    result = ""
    start = pos
    while True:
        try:
            char = src[pos]
        except IndexError:
            raise _err(src, pos, "Unterminated string") from None
        if char == '"':
            if not multiline:
                return pos + 1, result + src[start:pos]
            if src.startswith('"""', pos):
                return pos + 3, result + src[start:pos]
            pos += 1
            continue
        if char == "\\":
            result += src[start:pos]
            pos, parsed = _parse_basic_str_escape(src, pos, multiline)
            result += parsed
            start = pos
            continue
        if char in error_on:
            raise _err(src, pos, f"Illegal character {char!r}")
        pos += 1


def _parse_value(src, pos, parse_float):
    char = src[pos:pos + 1]
    if char == '"':
        if src.startswith('"""', pos):
            return _parse_multiline_str(src, pos, literal=False)
        return _parse_basic_str(src, pos + 1, multiline=False)
    if char == "'":
        if src.startswith("'''", pos):
            return _parse_multiline_str(src, pos, literal=True)
        return _parse_literal_str(src, pos)
    if char == "t" and src.startswith("true", pos):
        return pos + 4, True
    if char == "f" and src.startswith("false", pos):
        return pos + 5, False
    if char == "[":
        return _parse_array(src, pos, parse_float)
    if char == "{":
        return _parse_inline_table(src, pos, parse_float)
    m = _RE_DATETIME.match(src, pos)
    if m:
        try:
            value = _match_to_datetime(m)
        except ValueError as e:
            raise _err(src, pos, "Invalid date or datetime") from e
        return m.end(), value
    m = _RE_LOCALTIME.match(src, pos)
    if m:
        hour, minute, sec, micros = m.groups()
        return m.end(), time(int(hour), int(minute), int(sec), int(micros.ljust(6, "0")) if micros else 0)
    m = _RE_NUMBER.match(src, pos)
    if m:
        if m.group("floatpart"):
            return m.end(), parse_float(m.group())
        return m.end(), int(m.group(), 0)
    if src[pos:pos + 3] in {"inf", "nan"}:
        return pos + 3, parse_float(src[pos:pos + 3])
    if src[pos:pos + 4] in {"-inf", "+inf", "-nan", "+nan"}:
        return pos + 4, parse_float(src[pos:pos + 4])
    raise _err(src, pos, "Invalid value")


def _match_to_datetime(m):
    (year, month, day, hour, minute, sec, micros, zulu,
     offset_sign, offset_hour, offset_minute) = m.groups()
    if hour is None:
        return date(int(year), int(month), int(day))
    us = int(micros.ljust(6, "0")) if micros else 0
    if offset_sign:
        delta = timedelta(hours=int(offset_hour), minutes=int(offset_minute))
        tz = timezone(-delta if offset_sign == "-" else delta)
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(sec), us, tzinfo=tz)


def _safe_parse_float(parse_float):
    if parse_float is float:
        return float

    def safe(float_str):
        value = parse_float(float_str)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return safe


def _err(src, pos, msg):
    """TOMLDecodeError with the position as CPython words it."""
    if pos >= len(src):
        where = "end of document"
    else:
        line = src.count("\n", 0, pos) + 1
        column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
        where = f"line {line}, column {column}"
    return TOMLDecodeError(f"{msg} (at {where})")
