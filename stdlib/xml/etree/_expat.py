"""The XML parser behind `xml.etree.ElementTree`: a well-formedness checking scanner that
calls a target's start/end/data/comment/pi methods, reporting errors with expat's messages,
codes and positions (line from 1, column in characters from 0), as CPython's pyexpat does."""

# expat's error codes, as `ParseError.code` reports them
SYNTAX, NO_ELEMENTS, INVALID_TOKEN, UNCLOSED_TOKEN = 2, 3, 4, 5
TAG_MISMATCH, DUPLICATE_ATTRIBUTE, JUNK_AFTER_DOC_ELEMENT = 7, 8, 9
UNDEFINED_ENTITY, BAD_CHAR_REF, MISPLACED_XML_PI, UNCLOSED_CDATA_SECTION = 11, 14, 17, 20
UNBOUND_PREFIX = 27

_MESSAGES = {
    SYNTAX: 'syntax error',
    NO_ELEMENTS: 'no element found',
    INVALID_TOKEN: 'not well-formed (invalid token)',
    UNCLOSED_TOKEN: 'unclosed token',
    TAG_MISMATCH: 'mismatched tag',
    DUPLICATE_ATTRIBUTE: 'duplicate attribute',
    JUNK_AFTER_DOC_ELEMENT: 'junk after document element',
    UNDEFINED_ENTITY: 'undefined entity',
    BAD_CHAR_REF: 'reference to invalid character number',
    MISPLACED_XML_PI: 'XML or text declaration not at start of entity',
    UNCLOSED_CDATA_SECTION: 'unclosed CDATA section',
    UNBOUND_PREFIX: 'unbound prefix',
}

_ENTITIES = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_XML_NS = 'http://www.w3.org/XML/1998/namespace'


class XMLSyntaxError(Exception):
    """Raised by the scanner; ElementTree turns it into a ParseError."""

    def __init__(self, code, line, column):
        super().__init__(code, line, column)
        self.code = code
        self.position = (line, column)
        self.message = '%s: line %d, column %d' % (_MESSAGES[code], line, column)


def _is_name_start(c):
    return c.isalpha() or c == '_' or c == ':' or ord(c) > 0x7f


def _is_name_char(c):
    return c.isalnum() or c in '_:-.' or ord(c) > 0x7f


def decode_document(data):
    """The text of an XML document given as bytes: the encoding its declaration names,
    else UTF-8 (UTF-16 when it starts with a byte order mark)."""
    if data[:2] in (b'\xff\xfe', b'\xfe\xff'):
        return data.decode('utf-16')
    if data[:3] == b'\xef\xbb\xbf':
        data = data[3:]
    encoding = 'utf-8'
    if data[:5] == b'<?xml':
        end = data.find(b'?>')
        decl = data[:end].decode('ascii', 'replace')
        at = decl.find('encoding')
        if at >= 0:
            rest = decl[at + 8:].lstrip(' =\t\r\n')
            if rest[:1] in ('"', "'"):
                encoding = rest[1:].split(rest[0], 1)[0]
    return data.decode(encoding)


class Scanner:
    """One pass over the document text, feeding `target`."""

    def __init__(self, text, target):
        self.text = text
        self.target = target
        self.pos = 0
        self.stack = []          # open tags, as written
        self.ns_stack = [{'xml': _XML_NS}]
        self.declared = []       # per open element: the prefixes its tag declared
        self.seen_root = False

    # ---- positions and errors ----

    def error(self, code, at=None):
        at = self.pos if at is None else at
        line_start = self.text.rfind('\n', 0, at) + 1
        line = self.text.count('\n', 0, at) + 1
        column = at - line_start
        raise XMLSyntaxError(code, line, column)

    # ---- the document ----

    def run(self):
        text = self.text
        n = len(text)
        if text.startswith('\ufeff'):
            self.pos = 1
        pending = []
        while self.pos < n:
            c = text[self.pos]
            if c == '<':
                if pending:
                    self.flush_text(pending)
                self.markup()
            elif not self.stack:
                self.outside_text()
            elif c == '&':
                pending.append(self.reference(self.pos))
            else:
                end = self.pos
                while end < n and text[end] not in '<&':
                    end += 1
                chunk = text[self.pos:end]
                bad = chunk.find(']]>')
                if bad >= 0:
                    self.error(INVALID_TOKEN, self.pos + bad + 2)
                pending.append(chunk)
                self.pos = end
        if self.stack or not self.seen_root:
            self.error(NO_ELEMENTS, n)

    def flush_text(self, pending):
        data = ''.join(pending).replace('\r\n', '\n').replace('\r', '\n')
        pending.clear()
        if data:
            self.target.data(data)

    def outside_text(self):
        """Characters outside the root element: only whitespace may be there."""
        text = self.text
        start = self.pos
        while self.pos < len(text) and text[self.pos] in ' \t\r\n':
            self.pos += 1
        if self.pos < len(text) and text[self.pos] != '<':
            self.error(JUNK_AFTER_DOC_ELEMENT if self.seen_root else SYNTAX)

    def markup(self):
        text = self.text
        start = self.pos
        if text.startswith('<?', start):
            self.processing_instruction(start)
        elif text.startswith('<!--', start):
            end = text.find('-->', start + 4)
            if end < 0:
                self.error(UNCLOSED_TOKEN, start)
            self.pos = end + 3
            if self.stack:
                self.target_call('comment', text[start + 4:end])
        elif text.startswith('<![CDATA[', start):
            if not self.stack:
                self.error(INVALID_TOKEN if self.seen_root else SYNTAX, start)
            end = text.find(']]>', start + 9)
            if end < 0:
                self.error(UNCLOSED_CDATA_SECTION, len(text))
            self.pos = end + 3
            data = text[start + 9:end].replace('\r\n', '\n').replace('\r', '\n')
            if data:
                self.target.data(data)
        elif text.startswith('<!', start):
            if self.stack or self.seen_root:
                self.error(INVALID_TOKEN, start + 1)
            self.doctype(start)
        elif text.startswith('</', start):
            self.end_tag(start)
        else:
            if self.seen_root and not self.stack:
                self.error(JUNK_AFTER_DOC_ELEMENT, start)
            self.start_tag(start)

    def processing_instruction(self, start):
        text = self.text
        end = text.find('?>', start + 2)
        if end < 0:
            self.error(UNCLOSED_TOKEN, start)
        body = text[start + 2:end]
        target, _, data = body.partition(' ')
        if target.lower() == 'xml' and target == body[:3]:
            if start != 0 and not (start == 1 and text[0] == '\ufeff'):
                self.error(MISPLACED_XML_PI, start)
        elif self.stack:
            self.target_call('pi', target, data.strip())
        self.pos = end + 2

    def doctype(self, start):
        """Skip a document type declaration (with any internal subset)."""
        text = self.text
        i = start + 2
        depth = 0
        quote = None
        while i < len(text):
            c = text[i]
            if quote:
                if c == quote:
                    quote = None
            elif c in '"\'':
                quote = c
            elif c == '[':
                depth += 1
            elif c == ']':
                depth -= 1
            elif c == '>' and depth <= 0:
                self.pos = i + 1
                return
            i += 1
        self.error(UNCLOSED_TOKEN, start)

    def name(self):
        text = self.text
        start = self.pos
        if start >= len(text):
            self.error(UNCLOSED_TOKEN, start)
        if not _is_name_start(text[start]):
            self.error(INVALID_TOKEN)
        end = start + 1
        while end < len(text) and _is_name_char(text[end]):
            end += 1
        self.pos = end
        return text[start:end]

    def skip_space(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in ' \t\r\n':
            self.pos += 1

    def start_tag(self, start):
        text = self.text
        self.pos = start + 1
        tag = self.name()
        attrs = []
        names = set()
        while True:
            had_space = self.pos < len(text) and text[self.pos] in ' \t\r\n'
            self.skip_space()
            if self.pos >= len(text):
                self.error(UNCLOSED_TOKEN, start)
            c = text[self.pos]
            if c == '>' or text.startswith('/>', self.pos):
                break
            if not had_space:
                self.error(INVALID_TOKEN)
            name_at = self.pos
            name = self.name()
            self.skip_space()
            if self.pos >= len(text):
                self.error(UNCLOSED_TOKEN, start)
            if text[self.pos] != '=':
                self.error(INVALID_TOKEN)
            self.pos += 1
            self.skip_space()
            if self.pos >= len(text):
                self.error(UNCLOSED_TOKEN, start)
            quote = text[self.pos]
            if quote not in '"\'':
                self.error(INVALID_TOKEN)
            value = self.attribute_value(quote, start)
            if name in names:
                self.error(DUPLICATE_ATTRIBUTE, name_at)
            names.add(name)
            attrs.append((name, value, name_at))
        empty = text[self.pos] == '/'
        self.pos += 2 if empty else 1
        qtag, attrib = self.resolve(tag, attrs, start)
        self.seen_root = True
        self.stack.append(tag)
        self.target.start(qtag, attrib)
        if empty:
            self.close_element()

    def attribute_value(self, quote, tag_start):
        text = self.text
        self.pos += 1
        parts = []
        while True:
            if self.pos >= len(text):
                self.error(UNCLOSED_TOKEN, tag_start)
            c = text[self.pos]
            if c == quote:
                self.pos += 1
                return ''.join(parts)
            if c == '<':
                self.error(INVALID_TOKEN)
            if c == '&':
                parts.append(self.reference(self.pos))
                continue
            if c == '\r' and text.startswith('\r\n', self.pos):
                self.pos += 1
            parts.append(' ' if c in '\t\r\n' else c)
            self.pos += 1

    def reference(self, start):
        """`&name;` or `&#N;`: the text it stands for."""
        text = self.text
        end = start + 1
        while end < len(text) and (_is_name_char(text[end]) or text[end] == '#'):
            end += 1
        if end >= len(text):
            self.error(UNCLOSED_TOKEN if end > start + 1 else INVALID_TOKEN, start)
        if text[end] != ';' or end == start + 1:
            self.error(INVALID_TOKEN, end)
        body = text[start + 1:end]
        self.pos = end + 1
        if body.startswith('#'):
            try:
                code = int(body[2:], 16) if body[1:2] in ('x', 'X') else int(body[1:])
            except ValueError:
                self.error(INVALID_TOKEN, start + 2)
            if code == 0 or code > 0x10ffff or 0xd800 <= code <= 0xdfff or (code < 32 and code not in (9, 10, 13)):
                self.error(BAD_CHAR_REF, start)
            return chr(code)
        if body in _ENTITIES:
            return _ENTITIES[body]
        self.error(UNDEFINED_ENTITY, start)

    def resolve(self, tag, attrs, start):
        """Namespace processing: xmlns attributes declare prefixes; names become
        `{uri}local`."""
        scope = dict(self.ns_stack[-1])
        plain = []
        declared = []
        for name, value, at in attrs:
            if name == 'xmlns' or name.startswith('xmlns:'):
                prefix = name[6:]
                scope[prefix] = value
                declared.append(prefix)
                self.target_call('start_ns', prefix, value)
            else:
                plain.append((name, value, at))
        self.ns_stack.append(scope)
        self.declared.append(declared)
        attrib = {}
        for name, value, at in plain:
            if ':' in name:
                prefix, local = name.split(':', 1)
                if prefix not in scope:
                    self.error(UNBOUND_PREFIX, start)
                name = '{%s}%s' % (scope[prefix], local)
            attrib[name] = value
        if ':' in tag:
            prefix, local = tag.split(':', 1)
            if prefix not in scope:
                self.error(UNBOUND_PREFIX, start)
            return '{%s}%s' % (scope[prefix], local), attrib
        if scope.get(''):
            return '{%s}%s' % (scope[''], tag), attrib
        return tag, attrib

    def end_tag(self, start):
        text = self.text
        self.pos = start + 2
        if not self.stack:
            self.error(INVALID_TOKEN if self.seen_root else SYNTAX, start)
        tag = self.name()
        self.skip_space()
        if self.pos >= len(text):
            self.error(UNCLOSED_TOKEN, start)
        if text[self.pos] != '>':
            self.error(INVALID_TOKEN)
        if tag != self.stack[-1]:
            self.error(TAG_MISMATCH, start + 2)
        self.pos += 1
        self.close_element()

    def close_element(self):
        tag = self.stack.pop()
        scope = self.ns_stack.pop()
        if ':' in tag:
            prefix, local = tag.split(':', 1)
            qtag = '{%s}%s' % (scope[prefix], local)
        elif scope.get(''):
            qtag = '{%s}%s' % (scope[''], tag)
        else:
            qtag = tag
        self.target.end(qtag)
        for prefix in reversed(self.declared.pop()):
            self.target_call('end_ns', prefix or None)

    def target_call(self, name, *args):
        method = getattr(self.target, name, None)
        if method is not None:
            method(*args)
