"""plistlib: Apple property lists, in the XML format and in the binary 'bplist00'
format: dumps/dump write a value tree (dict, list/tuple, str, int, float, bool, bytes,
datetime, and UID or None in binary files), loads/load read one back, guessing the
format from the first bytes."""

import binascii
import datetime
import enum
import itertools
import os
import re
import struct
from io import BytesIO
from xml.parsers.expat import ParserCreate

__all__ = ["InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump", "loads",
           "dumps", "UID"]

PlistFormat = enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
FMT_XML = PlistFormat.FMT_XML
FMT_BINARY = PlistFormat.FMT_BINARY


class UID:
    """A keyed-archiver object reference: an unsigned integer below 2**64."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data >= 1 << 64:
            raise ValueError("UIDs cannot be >= 2**64")
        if data < 0:
            raise ValueError("UIDs must be positive")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.data)

    def __reduce__(self):
        return type(self), (self.data,)

    def __eq__(self, other):
        if isinstance(other, UID):
            return self.data == other.data
        return NotImplemented

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


# ---- XML -------------------------------------------------------------------

PLISTHEADER = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
               b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
               b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n')

# C0 controls other than tab, line feed and carriage return cannot go in XML text
_FORBIDDEN_CONTROLS = re.compile('[%s]' % ''.join(
    chr(c) for c in range(32) if chr(c) not in '\t\n\r'))

# ISO 8601 in UTC, where the later fields may be left off
_XML_DATE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d)(?::(\d\d)(?::(\d\d))?)?)?)?)?Z",
                       re.ASCII)


def _parse_xml_date(text):
    fields = []
    for group in _XML_DATE.match(text).groups():
        if group is None:
            break
        fields.append(int(group))
    return datetime.datetime(*fields)


def _xml_text(text):
    if _FORBIDDEN_CONTROLS.search(text):
        raise ValueError("strings can't contain control characters; use bytes instead")
    # line ends are normalised to \n before the three markup characters are escaped
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def _dict_items(mapping, sort_keys, skipkeys):
    """A dict's (key, value) pairs in writing order; non-string keys are skipped or
    refused."""
    pairs = sorted(mapping.items()) if sort_keys else mapping.items()
    for key, value in pairs:
        if isinstance(key, str):
            yield key, value
        elif not skipkeys:
            raise TypeError("keys must be strings")


class _XMLWriter:
    """Writes a value tree as an XML plist, one element per line, tab-indented."""

    def __init__(self, fp, sort_keys=True, skipkeys=False):
        self.fp = fp
        self.depth = 0
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def line(self, text):
        if isinstance(text, str):
            text = text.encode('utf-8')
        self.fp.write(b'\t' * self.depth + text + b'\n')

    def leaf(self, tag, text=None):
        if text is None:
            self.line('<%s/>' % tag)
        else:
            self.line('<%s>%s</%s>' % (tag, _xml_text(text), tag))

    def container(self, tag, children, write_child):
        if not children:
            self.leaf(tag)
            return
        self.line('<%s>' % tag)
        self.depth += 1
        for child in children:
            write_child(child)
        self.depth -= 1
        self.line('</%s>' % tag)

    def write(self, value):
        self.fp.write(PLISTHEADER)
        self.line('<plist version="1.0">')
        self.value(value)
        self.line('</plist>')

    def value(self, value):
        if isinstance(value, str):
            self.leaf('string', value)
        elif value is True or value is False:
            self.leaf('true' if value else 'false')
        elif isinstance(value, int):
            if not -(1 << 63) <= value < 1 << 64:
                raise OverflowError(value)
            self.leaf('integer', '%d' % value)
        elif isinstance(value, float):
            self.leaf('real', repr(value))
        elif isinstance(value, dict):
            if value:
                self.container('dict', list(_dict_items(value, self.sort_keys,
                                                        self.skipkeys)), self.pair)
            else:
                self.leaf('dict')
        elif isinstance(value, (bytes, bytearray)):
            self.data(value)
        elif isinstance(value, datetime.datetime):
            self.leaf('date', '%04d-%02d-%02dT%02d:%02d:%02dZ' % (
                value.year, value.month, value.day, value.hour, value.minute, value.second))
        elif isinstance(value, (tuple, list)):
            self.container('array', value, self.value)
        else:
            raise TypeError("unsupported type: %s" % type(value))

    def pair(self, item):
        self.leaf('key', item[0])
        self.value(item[1])

    def data(self, raw):
        # base64 lines sit at the <data> element's own indentation, each at most 76
        # columns wide counting a tab as 8 (but never under 16 characters)
        width = max(16, 76 - 8 * self.depth)
        chunk = width // 4 * 3
        self.line('<data>')
        for start in range(0, len(raw), chunk):
            self.line(binascii.b2a_base64(raw[start:start + chunk]).rstrip(b'\n'))
        self.line('</data>')


class _XMLReader:
    """Builds the value tree from expat's events for an XML plist."""

    def __init__(self, dict_type):
        self.dict_type = dict_type
        self.open = []          # the containers being filled, innermost last
        self.key = None         # a dict key waiting for its value
        self.root = None
        self.text = []

    def parse(self, fp):
        self.expat = ParserCreate()
        self.expat.StartElementHandler = self.on_start
        self.expat.EndElementHandler = self.on_end
        self.expat.CharacterDataHandler = self.text.append
        self.expat.EntityDeclHandler = self.on_entity
        self.expat.ParseFile(fp)
        return self.root

    def on_entity(self, *args):
        # entity declarations open the door to expat's expansion attacks
        raise InvalidFileException("XML entity declarations are not supported in plist files")

    def where(self):
        return self.expat.CurrentLineNumber

    def take_text(self):
        text = ''.join(self.text)
        self.text.clear()
        return text

    def place(self, value):
        if self.key is not None:
            if not isinstance(self.open[-1], dict):
                raise ValueError("unexpected element at line %d" % self.where())
            self.open[-1][self.key] = value
            self.key = None
        elif not self.open:
            self.root = value
        elif isinstance(self.open[-1], list):
            self.open[-1].append(value)
        else:
            raise ValueError("unexpected element at line %d" % self.where())

    def on_start(self, tag, attrs):
        self.text.clear()
        if tag in ('dict', 'array'):
            container = self.dict_type() if tag == 'dict' else []
            self.place(container)
            self.open.append(container)

    def on_end(self, tag):
        if tag == 'dict':
            if self.key:
                raise ValueError("missing value for key '%s' at line %d"
                                 % (self.key, self.where()))
            self.open.pop()
        elif tag == 'array':
            self.open.pop()
        elif tag == 'key':
            if self.key or not isinstance(self.open[-1], dict):
                raise ValueError("unexpected key at line %d" % self.where())
            self.key = self.take_text()
        elif tag in _XML_SCALARS:
            self.place(_XML_SCALARS[tag](self))


def _xml_integer(text):
    if text[:2] in ('0x', '0X'):
        return int(text, 16)
    return int(text)


# element name -> how its value is made from the reader
_XML_SCALARS = {
    'true': lambda r: True,
    'false': lambda r: False,
    'integer': lambda r: _xml_integer(r.take_text()),
    'real': lambda r: float(r.take_text()),
    'string': lambda r: r.take_text(),
    'data': lambda r: binascii.a2b_base64(r.take_text().encode('utf-8')),
    'date': lambda r: _parse_xml_date(r.take_text()),
}


def _looks_like_xml(header):
    starts = (b'<?xml', b'<plist')
    if header.startswith(starts):
        return True
    # a byte order mark and the same start in UTF-8 or UTF-16
    for bom, codec in ((b'\xef\xbb\xbf', 'utf-8'), (b'\xfe\xff', 'utf-16-be'),
                       (b'\xff\xfe', 'utf-16-le')):
        if header.startswith(bom):
            return any(header.startswith(bom + s.decode('ascii').encode(codec))
                       for s in starts)
    return False


# ---- binary ----------------------------------------------------------------

_UNSIGNED = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}
_EPOCH_2001 = datetime.datetime(2001, 1, 1)
_NOT_READ = object()


def _width_for(count):
    """How many bytes an offset or reference up to count needs."""
    for width in (1, 2, 4):
        if count < 1 << (8 * width):
            return width
    return 8


class _BinaryReader:
    """Reads a bplist00 file: objects found through the offset table the trailer
    points at. Any inconsistency is an InvalidFileException."""

    def __init__(self, dict_type):
        self.dict_type = dict_type

    def parse(self, fp):
        self.fp = fp
        try:
            fp.seek(-32, os.SEEK_END)
            trailer = fp.read(32)
            if len(trailer) != 32:
                raise InvalidFileException()
            offset_width, self.ref_width, count, top, table_at = struct.unpack(
                '>6xBBQQQ', trailer)
            fp.seek(table_at)
            self.offsets = self.read_uints(count, offset_width)
            self.objects = [_NOT_READ] * count
            return self.object(top)
        except (OSError, IndexError, struct.error, OverflowError, ValueError):
            raise InvalidFileException()

    def read_uints(self, count, width):
        raw = self.fp.read(count * width)
        if width in _UNSIGNED:
            return struct.unpack('>%d%s' % (count, _UNSIGNED[width]), raw)
        if not width or len(raw) != count * width:
            raise InvalidFileException()
        return tuple(int.from_bytes(raw[i:i + width], 'big')
                     for i in range(0, count * width, width))

    def length(self, low):
        # 0xF in the low nibble: the length follows as an int object
        if low != 0xF:
            return low
        width = 1 << (self.fp.read(1)[0] & 0x3)
        return struct.unpack('>' + _UNSIGNED[width], self.fp.read(width))[0]

    def exactly(self, size):
        raw = self.fp.read(size)
        if len(raw) != size:
            raise InvalidFileException()
        return raw

    def object(self, ref):
        found = self.objects[ref]
        if found is not _NOT_READ:
            return found
        self.fp.seek(self.offsets[ref])
        marker = self.fp.read(1)[0]
        high, low = marker & 0xF0, marker & 0x0F
        if marker in (0x00, 0x08, 0x09, 0x0F):
            value = {0x00: None, 0x08: False, 0x09: True, 0x0F: b''}[marker]
        elif high == 0x10:
            value = int.from_bytes(self.fp.read(1 << low), 'big', signed=low >= 3)
        elif marker == 0x22:
            value = struct.unpack('>f', self.fp.read(4))[0]
        elif marker == 0x23:
            value = struct.unpack('>d', self.fp.read(8))[0]
        elif marker == 0x33:
            seconds = struct.unpack('>d', self.fp.read(8))[0]
            value = _EPOCH_2001 + datetime.timedelta(seconds=seconds)
        elif high == 0x40:
            value = self.exactly(self.length(low))
        elif high == 0x50:
            value = self.exactly(self.length(low)).decode('ascii')
        elif high == 0x60:
            value = self.exactly(self.length(low) * 2).decode('utf-16be')
        elif high == 0x80:
            value = UID(int.from_bytes(self.fp.read(1 + low), 'big'))
        elif high == 0xA0:
            refs = self.read_uints(self.length(low), self.ref_width)
            value = self.objects[ref] = []
            value.extend(self.object(r) for r in refs)
        elif high == 0xD0:
            size = self.length(low)
            keys = self.read_uints(size, self.ref_width)
            values = self.read_uints(size, self.ref_width)
            value = self.objects[ref] = self.dict_type()
            try:
                for k, v in zip(keys, values):
                    value[self.object(k)] = self.object(v)
            except TypeError:
                raise InvalidFileException()
        else:
            raise InvalidFileException()
        self.objects[ref] = value
        return value


# values that are written once however often they occur (containers never are)
_SHARED_SCALARS = (str, int, float, datetime.datetime, bytes)


class _BinaryWriter:
    """Writes a bplist00 file: every object once, then the offset table, then the
    32-byte trailer."""

    def __init__(self, fp, sort_keys=True, skipkeys=False):
        self.fp = fp
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def ref_key(self, value):
        if isinstance(value, _SHARED_SCALARS):
            return (type(value), value)
        return id(value)

    def collect(self, value):
        key = self.ref_key(value)
        if key in self.refs:
            return
        self.refs[key] = len(self.order)
        self.order.append(value)
        if isinstance(value, dict):
            pairs = list(_dict_items(value, self.sort_keys, self.skipkeys))
            for item in itertools.chain((k for k, _ in pairs), (v for _, v in pairs)):
                self.collect(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                self.collect(item)

    def write(self, value):
        self.order = []
        self.refs = {}
        self.collect(value)
        self.ref_width = _width_for(len(self.order))
        offsets = []
        self.fp.write(b'bplist00')
        for item in self.order:
            offsets.append(self.fp.tell())
            self.object(item)
        table_at = self.fp.tell()
        offset_width = _width_for(table_at)
        self.fp.write(struct.pack('>%d%s' % (len(offsets), _UNSIGNED[offset_width]),
                                  *offsets))
        self.fp.write(struct.pack('>5xBBBQQQ', 0, offset_width, self.ref_width,
                                  len(self.order), self.refs[self.ref_key(value)], table_at))

    def marker_and_length(self, marker, length):
        if length < 15:
            self.fp.write(bytes([marker | length]))
            return
        width = _width_for(length)
        self.fp.write(bytes([marker | 0xF, 0x10 | width.bit_length() - 1]))
        self.fp.write(struct.pack('>' + _UNSIGNED[width], length))

    def refs_of(self, items):
        self.fp.write(struct.pack('>%d%s' % (len(items), _UNSIGNED[self.ref_width]),
                                  *(self.refs[self.ref_key(i)] for i in items)))

    def object(self, value):
        out = self.fp
        if value is None or value is False or value is True:
            out.write({None: b'\x00', False: b'\x08', True: b'\x09'}[value])
        elif isinstance(value, int):
            if value < 0:
                if value < -(1 << 63):
                    raise OverflowError(value)
                out.write(b'\x13' + value.to_bytes(8, 'big', signed=True))
            elif value < 1 << 63:
                width = _width_for(value)
                out.write(bytes([0x10 | width.bit_length() - 1]) + value.to_bytes(width, 'big'))
            elif value < 1 << 64:
                out.write(b'\x14' + value.to_bytes(16, 'big', signed=True))
            else:
                raise OverflowError(value)
        elif isinstance(value, float):
            out.write(struct.pack('>Bd', 0x23, value))
        elif isinstance(value, datetime.datetime):
            out.write(struct.pack('>Bd', 0x33, (value - _EPOCH_2001).total_seconds()))
        elif isinstance(value, (bytes, bytearray)):
            self.marker_and_length(0x40, len(value))
            out.write(value)
        elif isinstance(value, str):
            if value.isascii():
                self.marker_and_length(0x50, len(value))
                out.write(value.encode('ascii'))
            else:
                encoded = value.encode('utf-16be')
                self.marker_and_length(0x60, len(encoded) // 2)
                out.write(encoded)
        elif isinstance(value, UID):
            width = _width_for(value.data)
            out.write(bytes([0x80 | width - 1]) + value.data.to_bytes(width, 'big'))
        elif isinstance(value, (list, tuple)):
            self.marker_and_length(0xA0, len(value))
            self.refs_of(value)
        elif isinstance(value, dict):
            pairs = list(_dict_items(value, self.sort_keys, self.skipkeys))
            self.marker_and_length(0xD0, len(pairs))
            self.refs_of([k for k, _ in pairs])
            self.refs_of([v for _, v in pairs])
        else:
            raise TypeError(value)


# ---- the module's API --------------------------------------------------------

_READERS = {FMT_XML: _XMLReader, FMT_BINARY: _BinaryReader}
_WRITERS = {FMT_XML: _XMLWriter, FMT_BINARY: _BinaryWriter}


def load(fp, *, fmt=None, dict_type=dict):
    """The value stored in the plist file fp (opened in binary mode)."""
    if fmt is None:
        header = fp.read(32)
        fp.seek(0)
        if _looks_like_xml(header):
            fmt = FMT_XML
        elif header[:8] == b'bplist00':
            fmt = FMT_BINARY
        else:
            raise InvalidFileException()
    return _READERS[fmt](dict_type=dict_type).parse(fp)


def loads(value, *, fmt=None, dict_type=dict):
    """The value stored in plist bytes."""
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Write value to fp (opened in binary mode) as a plist."""
    if fmt not in _WRITERS:
        raise ValueError("Unsupported format: %r" % (fmt,))
    _WRITERS[fmt](fp, sort_keys=sort_keys, skipkeys=skipkeys).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """value as plist bytes."""
    out = BytesIO()
    dump(value, out, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return out.getvalue()
