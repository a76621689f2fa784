"""email.parser: text or bytes to a message tree (headers with continuation lines, a
body, multipart bodies split at their boundary)."""

from io import StringIO, TextIOWrapper

from email.policy import compat32

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser']


def _parse(text, factory, policy, headersonly=False):
    msg = factory(policy=policy) if factory is not None else _default_factory(policy)
    lines = text.splitlines(keepends=True)
    index = 0
    if lines and lines[0].startswith('From '):
        msg.set_unixfrom(lines[0].rstrip('\r\n'))
        index = 1
    name = None
    value_lines = []

    def flush():
        if name is not None:
            value = ''.join(value_lines).rstrip('\r\n')
            msg.set_raw(name, value)
    while index < len(lines):
        line = lines[index]
        if line in ('\n', '\r\n'):
            index += 1
            break
        if line[:1] in (' ', '\t') and name is not None:
            value_lines.append(line)
            index += 1
            continue
        if ':' not in line:
            break
        flush()
        name, value = line.split(':', 1)
        name = name.rstrip(' \t')
        value_lines = [value.lstrip(' \t')]
        index += 1
    flush()
    body = ''.join(lines[index:])
    if headersonly:
        msg.set_payload(body)
        return msg
    if msg.get_content_maintype() == 'multipart':
        boundary = msg.get_boundary()
        if boundary:
            _parse_multipart(msg, body, boundary, factory, policy)
            return msg
    if msg.get_content_type() == 'message/rfc822' and body:
        msg.set_payload([_parse(body, factory, policy)])
        return msg
    msg.set_payload(body)
    return msg


def _parse_multipart(msg, body, boundary, factory, policy):
    delimiter = '--' + boundary
    lines = body.splitlines(keepends=True)
    parts = []
    current = None
    preamble = []
    epilogue = None
    for line in lines:
        stripped = line.rstrip('\r\n').rstrip(' \t')
        if epilogue is not None:
            epilogue.append(line)
        elif stripped == delimiter + '--':
            if current is not None:
                parts.append(current)
            current = None
            epilogue = []
        elif stripped == delimiter:
            if current is not None:
                parts.append(current)
            current = []
        elif current is None:
            preamble.append(line)
        else:
            current.append(line)
    if current is not None:
        parts.append(current)
    msg.preamble = ''.join(preamble).rstrip('\r\n') if preamble else None
    if epilogue is not None:
        msg.epilogue = ''.join(epilogue) if epilogue else ''
    payload = []
    for part in parts:
        text = ''.join(part)
        # the line break before a delimiter belongs to the delimiter
        if text.endswith('\r\n'):
            text = text[:-2]
        elif text.endswith('\n'):
            text = text[:-1]
        payload.append(_parse(text, factory, policy))
    msg._payload = payload


def _default_factory(policy):
    from email.message import Message, EmailMessage
    if hasattr(policy, 'utf8'):
        return EmailMessage(policy=policy)
    return Message(policy=policy)


class Parser:
    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return _parse(text, self._class, self.policy, headersonly)


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        # CPython keeps non-ASCII bytes as surrogate escapes; corio decodes them as UTF-8
        try:
            text = text.decode('ASCII')
        except UnicodeDecodeError:
            text = text.decode('utf-8', 'replace')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
