"""Interface to the Expat non-validating XML parser (CPython's `pyexpat`), over corio's own
XML scanner (the one under xml.etree): ParserCreate returns an xmlparser whose handler
attributes are called with expat's events, character data split as expat reports it (at
line ends and references, unless buffer_text is set), with or without namespace processing.
The document is scanned when Parse() gets its final piece; DTD declarations are skipped."""

import sys
from xml.etree import _expat as _scan

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_DTD', 0),
            ('XML_CONTEXT_BYTES', 1024), ('XML_NS', 0)]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

_MESSAGES = [
    None, 'out of memory', 'syntax error', 'no element found', 'not well-formed (invalid token)',
    'unclosed token', 'partial character', 'mismatched tag', 'duplicate attribute',
    'junk after document element', 'illegal parameter entity reference', 'undefined entity',
    'recursive entity reference', 'asynchronous entity', 'reference to invalid character number',
    'reference to binary entity', 'reference to external entity in attribute',
    'XML or text declaration not at start of entity', 'unknown encoding',
    'encoding specified in XML declaration is incorrect', 'unclosed CDATA section',
    'error in processing external entity reference', 'document is not standalone',
    'unexpected parser state - please send a bug report', 'entity declared in parameter entity',
    'requested feature requires XML_DTD support in Expat',
    'cannot change setting once parsing has begun', 'unbound prefix',
    'must not undeclare prefix', 'incomplete markup in parameter entity',
    'XML declaration not well-formed', 'text declaration not well-formed',
    'illegal character(s) in public id', 'parser suspended', 'parser not suspended',
    'parsing aborted', 'parsing finished', 'cannot suspend in external parameter entity',
    'reserved prefix (xml) must not be undeclared or bound to another namespace name',
    'reserved prefix (xmlns) must not be declared or undeclared',
    'prefix must not be bound to one of the reserved namespace names', 'invalid argument',
    'a successful prior call to function XML_GetBuffer is required',
    'limit on input amplification factor (from DTD and entities) breached',
]
_FINISHED = 36


class _Errors:
    """The `xml.parsers.expat.errors` module: each XML_ERROR_* name bound to its message,
    and the `codes`/`messages` tables between messages and codes."""

    __name__ = 'pyexpat.errors'
    __doc__ = 'Constants used to describe error conditions.'


errors = _Errors()
errors.codes = {}
errors.messages = {}
for _code, _msg in enumerate(_MESSAGES):
    if _msg is None:
        continue
    errors.codes[_msg] = _code
    errors.messages[_code] = _msg
_ERROR_NAMES = [
    'NO_MEMORY', 'SYNTAX', 'NO_ELEMENTS', 'INVALID_TOKEN', 'UNCLOSED_TOKEN', 'PARTIAL_CHAR',
    'TAG_MISMATCH', 'DUPLICATE_ATTRIBUTE', 'JUNK_AFTER_DOC_ELEMENT', 'PARAM_ENTITY_REF',
    'UNDEFINED_ENTITY', 'RECURSIVE_ENTITY_REF', 'ASYNC_ENTITY', 'BAD_CHAR_REF', 'BINARY_ENTITY_REF',
    'ATTRIBUTE_EXTERNAL_ENTITY_REF', 'MISPLACED_XML_PI', 'UNKNOWN_ENCODING', 'INCORRECT_ENCODING',
    'UNCLOSED_CDATA_SECTION', 'EXTERNAL_ENTITY_HANDLING', 'NOT_STANDALONE', 'UNEXPECTED_STATE',
    'ENTITY_DECLARED_IN_PE', 'FEATURE_REQUIRES_XML_DTD', 'CANT_CHANGE_FEATURE_ONCE_PARSING',
    'UNBOUND_PREFIX', 'UNDECLARING_PREFIX', 'INCOMPLETE_PE', 'XML_DECL', 'TEXT_DECL', 'PUBLICID',
    'SUSPENDED', 'NOT_SUSPENDED', 'ABORTED', 'FINISHED', 'SUSPEND_PE', 'RESERVED_PREFIX_XML',
    'RESERVED_PREFIX_XMLNS', 'RESERVED_NAMESPACE_URI', 'INVALID_ARGUMENT', 'NO_BUFFER',
    'AMPLIFICATION_LIMIT_BREACH',
]
for _code, _name in enumerate(_ERROR_NAMES, 1):
    setattr(errors, 'XML_ERROR_' + _name, _MESSAGES[_code])
del _code, _msg, _name


class _Model:
    """The `xml.parsers.expat.model` constants (content model types and quantifiers)."""

    __name__ = 'pyexpat.model'
    XML_CTYPE_EMPTY, XML_CTYPE_ANY, XML_CTYPE_MIXED = 1, 2, 3
    XML_CTYPE_NAME, XML_CTYPE_CHOICE, XML_CTYPE_SEQ = 4, 5, 6
    XML_CQUANT_NONE, XML_CQUANT_OPT, XML_CQUANT_REP, XML_CQUANT_PLUS = 0, 1, 2, 3


model = _Model()


class ExpatError(Exception):
    pass


ExpatError.__module__ = 'xml.parsers.expat'
error = ExpatError


def ErrorString(code, /):
    """Returns string error for given number."""
    if 0 < code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


_HANDLERS = (
    'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
    'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
    'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
    'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
    'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
    'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler', 'XmlDeclHandler',
    'ElementDeclHandler', 'AttlistDeclHandler', 'SkippedEntityHandler',
)


class _EventScanner(_scan.Scanner):
    """The etree scanner, reporting expat's events to an xmlparser: character data in
    expat's pieces, comments and processing instructions anywhere, CDATA section bounds,
    the XML declaration, and names with or without namespace processing."""

    def __init__(self, text, parser):
        super().__init__(text, parser)
        self.parser = parser
        self.ns_sep = parser._ns_sep
        self.lines_before = 0
        self.counted_to = 0

    def locate(self, start):
        """Set the parser's Current* position to where the markup at `start` begins, as
        expat reports it inside the handlers that markup fires (line ends are counted
        once, as the scan moves forward)."""
        text = self.text
        self.lines_before += text.count('\n', self.counted_to, start)
        self.counted_to = start
        p = self.parser
        p.CurrentLineNumber = self.lines_before + 1
        p.CurrentColumnNumber = start - (text.rfind('\n', 0, start) + 1)

    def run(self):
        text = self.text
        n = len(text)
        if text.startswith('\ufeff'):
            self.pos = 1
        p = self.parser
        while self.pos < n:
            c = text[self.pos]
            if c == '<':
                self.markup()
            elif not self.stack:
                self.outside_text()
            elif c == '&':
                p._data(self.reference(self.pos))
            elif c == '\n' or c == '\r':
                # A line end is a piece of its own ("\r\n" and "\r" read as "\n").
                self.pos += 2 if text.startswith('\r\n', self.pos) else 1
                p._data('\n')
            else:
                end = self.pos
                while end < n and text[end] not in '<&\r\n':
                    end += 1
                chunk = text[self.pos:end]
                bad = chunk.find(']]>')
                if bad >= 0:
                    self.error(_scan.INVALID_TOKEN, self.pos + bad + 2)
                p._data(chunk)
                self.pos = end
        if self.stack or not self.seen_root:
            self.error(_scan.NO_ELEMENTS, n)

    def markup(self):
        text = self.text
        start = self.pos
        p = self.parser
        self.locate(start)
        if text.startswith('<!--', start):
            end = text.find('-->', start + 4)
            if end < 0:
                self.error(_scan.UNCLOSED_TOKEN, start)
            self.pos = end + 3
            p._event('CommentHandler', text[start + 4:end])
        elif text.startswith('<![CDATA[', start) and self.stack:
            end = text.find(']]>', start + 9)
            if end < 0:
                self.error(_scan.UNCLOSED_CDATA_SECTION, len(text))
            p._event('StartCdataSectionHandler')
            body = text[start + 9:end].replace('\r\n', '\n').replace('\r', '\n')
            for i, line in enumerate(body.split('\n')):
                if i:
                    p._data('\n')
                if line:
                    p._data(line)
            p._event('EndCdataSectionHandler')
            self.pos = end + 3
        else:
            super().markup()

    def processing_instruction(self, start):
        text = self.text
        end = text.find('?>', start + 2)
        if end < 0:
            self.error(_scan.UNCLOSED_TOKEN, start)
        body = text[start + 2:end]
        target = body.split(None, 1)[0] if body.split() else ''
        data = body[len(target):].lstrip()
        if target.lower() == 'xml' and target == body[:3]:
            if start != 0 and not (start == 1 and text[0] == '\ufeff'):
                self.error(_scan.MISPLACED_XML_PI, start)
            self.parser._xml_decl(data)
        else:
            self.parser._event('ProcessingInstructionHandler', target, data)
        self.pos = end + 2

    def _qualify(self, name, scope, is_attr, start):
        # "uri<sep>local" (plus "<sep>prefix" with namespace_prefixes) for a prefixed name
        # or, for elements, one in a default namespace.
        if ':' in name:
            prefix, local = name.split(':', 1)
            if prefix not in scope:
                self.error(_scan.UNBOUND_PREFIX, start)
            out = scope[prefix] + self.ns_sep + local
            if self.parser.namespace_prefixes:
                out += self.ns_sep + prefix
            return out
        if not is_attr and scope.get(''):
            return scope[''] + self.ns_sep + name
        return name

    def resolve(self, tag, attrs, start):
        p = self.parser
        if self.ns_sep is None:
            self.declared.append(())
            self.ns_stack.append(self.ns_stack[-1])
            return tag, [(name, value) for name, value, at in attrs]
        scope = dict(self.ns_stack[-1])
        declared = []
        plain = []
        for name, value, at in attrs:
            if name == 'xmlns' or name.startswith('xmlns:'):
                prefix = name[6:]
                scope[prefix] = value
                declared.append(prefix)
                p._event('StartNamespaceDeclHandler', prefix or None, value or None)
            else:
                plain.append((name, value))
        self.ns_stack.append(scope)
        self.declared.append(declared)
        pairs = [(self._qualify(name, scope, True, start), value) for name, value in plain]
        return self._qualify(tag, scope, False, start), pairs

    def close_element(self):
        if self.text.startswith('/>', self.pos - 2):
            # an empty element's end event comes after its whole tag
            self.locate(self.pos)
        tag = self.stack.pop()
        scope = self.ns_stack.pop()
        if self.ns_sep is not None:
            tag = self._qualify(tag, scope, False, 0)
        self.parser._end(tag)
        for prefix in reversed(self.declared.pop()):
            self.parser._event('EndNamespaceDeclHandler', prefix or None)


class xmlparser:
    """XML parser"""

    def __init__(self, encoding, namespace_separator, intern):
        for name in _HANDLERS:
            object.__setattr__(self, name, None)
        self._encoding = encoding
        self._ns_sep = namespace_separator
        self.intern = intern
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self._pieces = []
        self._text_buffer = []
        self._finished = False
        self._started = False
        self._error = None
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self.CurrentLineNumber = 1
        self.CurrentColumnNumber = 0
        self.CurrentByteIndex = -1
        self._base = None

    def __setattr__(self, name, value):
        if name == 'buffer_text':
            value = bool(value)
            if not value and getattr(self, '_text_buffer', None):
                self._flush()
        elif name == 'buffer_size':
            if not isinstance(value, int):
                raise TypeError('buffer_size must be an integer')
            if value <= 0:
                raise ValueError('buffer_size must be greater than zero')
        elif name in ('ordered_attributes', 'specified_attributes', 'namespace_prefixes'):
            value = bool(value)
        object.__setattr__(self, name, value)

    @property
    def buffer_used(self):
        return sum(len(s.encode()) for s in self._text_buffer)

    # ---- events, as the scanner reports them ----

    def _flush(self):
        if self._text_buffer:
            data = ''.join(self._text_buffer)
            self._text_buffer.clear()
            handler = self.CharacterDataHandler
            if handler is not None:
                handler(data)

    def _data(self, data):
        if self.buffer_text:
            self._text_buffer.append(data)
        else:
            handler = self.CharacterDataHandler
            if handler is not None:
                handler(data)

    def _event(self, name, *args):
        self._flush()
        handler = getattr(self, name)
        if handler is not None:
            handler(*args)

    def start(self, tag, pairs):
        self._flush()
        handler = self.StartElementHandler
        if handler is not None:
            if self.ordered_attributes:
                attrs = [x for pair in pairs for x in pair]
            else:
                attrs = dict(pairs)
            handler(tag, attrs)

    def _end(self, tag):
        self._event('EndElementHandler', tag)

    def _xml_decl(self, body):
        fields = {}
        rest = body
        while rest.strip():
            key, sep, rest = rest.strip().partition('=')
            rest = rest.lstrip()
            if not sep or rest[:1] not in ('"', "'"):
                break
            value, _, rest = rest[1:].partition(rest[0])
            fields[key.strip()] = value
        standalone = fields.get('standalone')
        standalone = -1 if standalone is None else int(standalone == 'yes')
        self._event('XmlDeclHandler', fields.get('version'), fields.get('encoding'), standalone)

    # ---- feeding ----

    def Parse(self, data, isfinal=False, /):
        """Parse XML data.

        `isfinal' should be true at end of input."""
        if self._error is not None:
            # A parser that failed fails again with the same error; expat advances its
            # position over the same text once more (lines added again, or the column
            # doubled when the error was on the first line).
            code, line, column = self._error
            if line > 1:
                line += line - 1
            else:
                column += column
            self._fail(code, line, column)
        if self._finished:
            self._fail(_FINISHED, self.CurrentLineNumber, self.CurrentColumnNumber)
        if not isinstance(data, (str, bytes, bytearray)):
            data = bytes(memoryview(data))
        self._started = True
        self._pieces.append(data)
        if not isfinal:
            return 1
        self._finished = True
        # Empty pieces (the b"" a SAX reader's close() feeds) do not decide the type.
        pieces = [piece for piece in self._pieces if piece] or ['']
        self._pieces = []
        if all(isinstance(piece, str) for piece in pieces):
            text = ''.join(pieces)
        else:
            raw = b''.join(p.encode('utf-8') if isinstance(p, str) else bytes(p) for p in pieces)
            if self._encoding:
                text = raw.decode(self._encoding)
            else:
                text = _scan.decode_document(raw)
        try:
            _EventScanner(text, self).run()
        except _scan.XMLSyntaxError as e:
            self._text_buffer.clear()
            self._error = (e.code,) + tuple(e.position)
            self._fail(e.code, *e.position)
        self._flush()
        self.CurrentLineNumber = text.count('\n') + 1
        self.CurrentColumnNumber = len(text) - (text.rfind('\n') + 1)
        return 1

    def _fail(self, code, line, column):
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = column
        self.CurrentLineNumber = line
        self.CurrentColumnNumber = column
        err = ExpatError('%s: line %d, column %d' % (_MESSAGES[code], line, column))
        err.code = code
        err.lineno = line
        err.offset = column
        raise err

    def ParseFile(self, file, /):
        """Parse XML data from file-like object."""
        try:
            read = file.read
        except AttributeError:
            raise TypeError('argument must have \'read\' attribute') from None
        pieces = []
        while True:
            chunk = read(self.buffer_size)
            if not chunk:
                break
            pieces.append(chunk)
        data = ''.join(pieces) if pieces and isinstance(pieces[0], str) else b''.join(pieces)
        return self.Parse(data, True)

    def SetBase(self, base, /):
        self._base = base

    def GetBase(self):
        return self._base

    def GetInputContext(self):
        return None

    def SetParamEntityParsing(self, flag, /):
        return 1

    def UseForeignDTD(self, flag=True, /):
        if self._started:
            self._fail(26, self.CurrentLineNumber, self.CurrentColumnNumber)

    def ExternalEntityParserCreate(self, context, encoding=None, /):
        return xmlparser(encoding or self._encoding, self._ns_sep, self.intern)


xmlparser.__module__ = 'pyexpat'
XMLParserType = xmlparser


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or "
                            "None, not %s" % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one character, omitted, '
                             'or None')
    if intern is None:
        intern = {}
    return xmlparser(encoding, namespace_separator, intern)
