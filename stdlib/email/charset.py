"""email.charset: which transfer encodings the email package uses for a character set
(us-ascii: none, utf-8: base64 bodies, latin-1: quoted-printable)."""

import base64
import binascii

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

QP = 1
BASE64 = 2
SHORTEST = 3
DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

# charset: (header encoding, body encoding, output charset)
CHARSETS = {
    'iso-8859-1': (QP, QP, None),
    'iso-8859-2': (QP, QP, None),
    'iso-8859-15': (QP, QP, None),
    'windows-1252': (QP, QP, None),
    'us-ascii': (None, None, None),
    'big5': (BASE64, BASE64, None),
    'gb2312': (BASE64, BASE64, None),
    'euc-jp': (BASE64, None, 'iso-2022-jp'),
    'shift_jis': (BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (BASE64, None, None),
    'koi8-r': (BASE64, BASE64, None),
    'utf-8': (SHORTEST, BASE64, 'utf-8'),
}

ALIASES = {
    'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1', 'latin_2': 'iso-8859-2',
    'latin-2': 'iso-8859-2', 'ascii': 'us-ascii', 'utf8': 'utf-8', 'utf_8': 'utf-8',
}

CODEC_MAP = {'us-ascii': None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    CODEC_MAP[charset] = codecname


class Charset:
    """A character set and the encodings email uses for it in headers and bodies."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode('ascii')
            else:
                input_charset = str(input_charset, 'ascii')
        except UnicodeError:
            from email.errors import CharsetError
            raise CharsetError(input_charset)
        input_charset = input_charset.lower()
        self.input_charset = ALIASES.get(input_charset, input_charset)
        henc, benc, conv = CHARSETS.get(self.input_charset, (SHORTEST, BASE64, None))
        if not conv:
            conv = self.input_charset
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        return '7bit'

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def body_encode(self, string):
        if not string:
            return string
        if self.body_encoding is BASE64:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return _base64_body(string)
        if self.body_encoding is QP:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return binascii.b2a_qp(string).decode('latin1').replace('\r\n', '\n') + \
                ('' if string.endswith(b'\n') else '')
        return string

    def header_encode(self, string):
        codec = self.output_codec or 'us-ascii'
        raw = string.encode(codec)
        if self.header_encoding == QP:
            return '=?%s?q?%s?=' % (self.get_output_charset(), _qp_header(raw))
        return '=?%s?b?%s?=' % (self.get_output_charset(),
                                base64.b64encode(raw).decode('ascii'))


def _base64_body(data, maxlinelen=76):
    # 57 input bytes make one 76-character line
    step = maxlinelen * 3 // 4
    return ''.join(base64.b64encode(data[i:i + step]).decode('ascii') + '\n'
                   for i in range(0, len(data), step))


def _qp_header(raw):
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch == ' ':
            out.append('_')
        elif ch.isalnum() or ch in "!*+-/":
            out.append(ch)
        else:
            out.append('=%02X' % byte)
    return ''.join(out)
