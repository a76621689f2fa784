"""email.generator: writing a message tree out as text (headers, folded when a policy
asks for a line length, then bodies and multipart boundaries)."""

import base64
import random
import re
import sys
from io import StringIO

__all__ = ['Generator', 'DecodedGenerator', 'BytesGenerator']

_width = len(repr(sys.maxsize - 1))
_fmt = '%%0%dd' % _width


def _make_boundary(text=None):
    # the same random source and layout as CPython, so seeded runs agree
    token = random.randrange(sys.maxsize)
    boundary = ('=' * 15) + (_fmt % token) + '=='
    if text is None:
        return boundary
    b = boundary
    counter = 0
    while True:
        cre = re.compile('^--' + re.escape(b) + '(--)?$', re.MULTILINE)
        if not cre.search(text):
            break
        b = boundary + '.' + str(counter)
        counter += 1
    return b


def _q_len(data):
    return sum(1 if (chr(b).isalnum() and b < 128) or chr(b) in ' !*+-/' else 3
               for b in data)


def _b_len(data):
    groups, leftover = divmod(len(data), 3)
    return groups * 4 + (4 if leftover else 0)


def _encoded_word(text):
    data = text.encode('utf-8')
    # q unless it is at least five characters longer than b, as CPython chooses
    if _q_len(data) - _b_len(data) < 5:
        body = ''.join('_' if b == 0x20 else chr(b) if (chr(b).isalnum() and b < 128)
                       or chr(b) in '!*+-/' else '=%02X' % b for b in data)
        return '=?utf-8?q?%s?=' % body
    return '=?utf-8?b?%s?=' % base64.b64encode(data).decode('ascii')


def _encode_words(value):
    """The non-ASCII stretch of a header value (first to last non-ASCII word) as one
    RFC 2047 encoded word; the ASCII words around it stay as they are."""
    words = value.split(' ')
    marked = [i for i, w in enumerate(words) if not w.isascii()]
    if not marked:
        return value
    first, last = marked[0], marked[-1]
    middle = _encoded_word(' '.join(words[first:last + 1]))
    return ' '.join(words[:first] + [middle] + words[last + 1:])


def _fold(name, value, maxlen, linesep):
    line = '%s: %s' % (name, value)
    if not maxlen or len(line) <= maxlen or ' ' not in value:
        return line + linesep
    words = value.split(' ')
    lines = []
    current = name + ':'
    for word in words:
        # trailing separators stay on their line and do not count toward its length
        measured = word.rstrip(',;')
        if current.strip() and len(current) + 1 + len(measured) > maxlen \
                and current != name + ':':
            lines.append(current)
            current = ' ' + word
        else:
            current += ' ' + word
    lines.append(current)
    return linesep.join(lines) + linesep


class Generator:
    """Writes a message to a text file: flatten(msg)."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        if mangle_from_ is None:
            mangle_from_ = True if policy is None else policy.mangle_from_
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self.maxheaderlen = maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def clone(self, fp):
        return self.__class__(fp, self._mangle_from_, None, policy=self.policy)

    def flatten(self, msg, unixfrom=False, linesep=None):
        policy = msg.policy if self.policy is None else self.policy
        if linesep is not None:
            policy = policy.clone(linesep=linesep)
        if self.maxheaderlen is not None:
            policy = policy.clone(max_line_length=self.maxheaderlen)
        self._NL = policy.linesep
        old_policy = self.policy
        self.policy = policy
        try:
            if unixfrom:
                ufrom = msg.get_unixfrom()
                if not ufrom:
                    import time
                    ufrom = 'From nobody ' + time.ctime(time.time())
                self.write(ufrom + self._NL)
            self._write(msg)
        finally:
            self.policy = old_policy

    def _write(self, msg):
        # the body is generated first: a multipart's boundary may be set while doing it
        body = StringIO()
        saved = self._fp
        self._fp = body
        self._munge_cte = None
        try:
            self._dispatch(msg)
        finally:
            self._fp = saved
        if self._munge_cte:
            import copy
            msg = copy.deepcopy(msg)
            if msg.get('content-transfer-encoding') is None:
                msg['Content-Transfer-Encoding'] = self._munge_cte[0]
            else:
                msg.replace_header('content-transfer-encoding', self._munge_cte[0])
        self._write_headers(msg)
        self.write(body.getvalue())

    def _write_headers(self, msg):
        policy = self.policy
        utf8 = getattr(policy, 'utf8', False)
        modern = hasattr(policy, 'utf8')
        for name, value in msg.raw_items():
            value = str(value)
            if modern and not utf8 and not value.isascii():
                value = _encode_words(value)
            self.write(_fold(name, value, policy.max_line_length, self._NL))
        self.write(self._NL)

    def _dispatch(self, msg):
        if msg.is_multipart():
            self._handle_multipart(msg)
        else:
            self._handle_text(msg)

    def _handle_text(self, msg):
        payload = msg.get_payload()
        if payload is None:
            return
        if not isinstance(payload, str):
            raise TypeError('string payload expected: %s' % type(payload))
        charset = msg.get_param('charset')
        eight_bit = getattr(msg, '_8bit_charset', None)
        if eight_bit and charset is not None and not payload.isascii():
            # 8-bit data set by set_content cannot go into text output as it is: the
            # body is re-encoded for its charset and the headers show that encoding
            from email.charset import Charset
            cs = Charset(charset)
            payload = cs.body_encode(payload)
            self._munge_cte = (cs.get_body_encoding(), msg.get('content-type'))
        if self._mangle_from_:
            payload = re.sub(r'^From ', '>From ', payload, flags=re.MULTILINE)
        if self._NL != '\n':
            payload = self._NL.join(payload.split('\n'))
        self.write(payload)

    def _handle_multipart(self, msg):
        texts = []
        for part in msg.get_payload() or []:
            out = StringIO()
            self.clone(out).flatten(part, unixfrom=False, linesep=self._NL)
            texts.append(out.getvalue())
        boundary = msg.get_boundary()
        if not boundary:
            boundary = _make_boundary(self._NL.join(texts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            self.write(msg.preamble + self._NL)
        self.write('--' + boundary + self._NL)
        if texts:
            self.write(texts[0])
        for text in texts[1:]:
            self.write(self._NL + '--' + boundary + self._NL)
            self.write(text)
        self.write(self._NL + '--' + boundary + '--' + self._NL)
        if msg.epilogue is not None:
            self.write(msg.epilogue)


class DecodedGenerator(Generator):
    pass


class BytesGenerator(Generator):
    """Writes a message to a binary file (utf-8, surrogates kept as raw bytes)."""

    def flatten(self, msg, unixfrom=False, linesep=None):
        out = StringIO()
        Generator(out, self._mangle_from_, self.maxheaderlen,
                  policy=self.policy).flatten(msg, unixfrom, linesep)
        self._fp.write(out.getvalue().encode('utf-8'))
