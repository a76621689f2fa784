"""email.header: RFC 2047 encoded words in headers: decode_header, make_header and
the Header class."""

import base64
import re

from email.charset import Charset

__all__ = ['Header', 'decode_header', 'make_header']

USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

ecre = re.compile(r'''
  =\?                   # literal =?
  (?P<charset>[^?]*?)   # non-greedy up to the next ? is the charset
  \?                    # literal ?
  (?P<encoding>[qQbB])  # either a "q" or a "b", case insensitive
  \?                    # literal ?
  (?P<encoded>.*?)      # non-greedy up to the next ?= is the encoded string
  \?=                   # literal ?=
  ''', re.VERBOSE | re.MULTILINE)


def _decode_q(text):
    text = text.replace('_', ' ')
    return re.sub(rb'=([0-9A-Fa-f]{2})', lambda m: bytes([int(m.group(1), 16)]),
                  text.encode('latin-1', 'replace'))


def decode_header(header):
    """[(text, charset)] for a header value: the value itself with None when it has no
    encoded words, else (bytes, charset or None) runs."""
    if hasattr(header, '_chunks'):
        return [(_chunk if isinstance(_chunk, bytes) else _chunk.encode(str(cs) if cs else 'ascii', 'replace'),
                 str(cs) if cs is not None else None) for _chunk, cs in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    words = []
    for line in header.splitlines():
        parts = ecre.split(line)
        first = True
        while parts:
            unencoded = parts.pop(0)
            if first:
                unencoded = unencoded.lstrip()
                first = False
            if unencoded:
                words.append((unencoded, None, None))
            if parts:
                charset = parts.pop(0).lower()
                encoding = parts.pop(0).lower()
                encoded = parts.pop(0)
                words.append((encoded, encoding, charset))
    # whitespace between two encoded words is dropped
    droplist = []
    for n, w in enumerate(words):
        if n > 1 and w[1] and words[n - 2][1] and words[n - 1][0].isspace():
            droplist.append(n - 1)
    for d in reversed(droplist):
        del words[d]
    decoded = []
    for encoded_string, encoding, charset in words:
        if encoding is None:
            decoded.append((encoded_string.encode('raw-unicode-escape'), charset))
        elif encoding == 'q':
            decoded.append((_decode_q(encoded_string), charset))
        else:
            padded = encoded_string + '=' * (-len(encoded_string) % 4)
            decoded.append((base64.b64decode(padded), charset))
    collapsed = []
    last_word = last_charset = None
    for word, charset in decoded:
        if last_word is None:
            last_word, last_charset = word, charset
        elif charset != last_charset:
            collapsed.append((last_word, last_charset))
            last_word, last_charset = word, charset
        elif last_charset is None:
            last_word += b' ' + word
        else:
            last_word += word
    collapsed.append((last_word, last_charset))
    return collapsed


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for s, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(s, charset)
    return h


class Header:
    """A header value made of (text, charset) chunks; str() gives the text, encode()
    the RFC 2047 form."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        self._maxlinelen = 76 if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        joined = []
        for i, (text, charset) in enumerate(self._chunks):
            if i and (str(charset) == 'us-ascii' or
                      str(self._chunks[i - 1][1]) == 'us-ascii'):
                if joined and not joined[-1].endswith(' ') and not text.startswith(' '):
                    joined.append(' ')
            joined.append(text)
        return ''.join(joined)

    def __eq__(self, other):
        return other == str(self)

    def append(self, s, charset=None, errors='strict'):
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            s = s.decode(charset.input_codec or 'us-ascii', errors)
        self._chunks.append((s, charset))

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        parts = []
        for text, charset in self._chunks:
            if str(charset) == 'us-ascii' or text.isascii() and charset.header_encoding is None:
                parts.append(text)
            else:
                parts.append(charset.header_encode(text))
        return ' '.join(parts)
