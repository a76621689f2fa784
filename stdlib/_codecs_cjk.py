"""The East Asian multibyte codecs CPython ships as C modules (_codecs_cn, _codecs_tw,
_codecs_jp, _codecs_kr, _codecs_iso2022): gbk, gb2312, gb18030, big5, cp950, big5hkscs,
shift_jis, cp932, euc_jp, euc_kr, cp949 and iso2022_jp. The byte conversions are native
(_multibytecodec.decode_step/encode_step); the error handlers run here, between steps, with
CPython's positions and reasons ("illegal multibyte sequence", "incomplete multibyte
sequence")."""

import codecs as _codecs
import _multibytecodec

# normalized alias -> codec name (CPython's encodings.aliases for these codecs)
ALIASES = {
    'gbk': 'gbk', 'cp936': 'gbk', 'ms936': 'gbk', '936': 'gbk',
    'gb2312': 'gb2312', 'chinese': 'gb2312', 'csiso58gb231280': 'gb2312', 'euc_cn': 'gb2312',
    'euccn': 'gb2312', 'eucgb2312_cn': 'gb2312', 'gb2312_1980': 'gb2312', 'gb2312_80': 'gb2312',
    'iso_ir_58': 'gb2312',
    'gb18030': 'gb18030', 'gb18030_2000': 'gb18030',
    'big5': 'big5', 'big5_tw': 'big5', 'csbig5': 'big5',
    'cp950': 'cp950', 'ms950': 'cp950', '950': 'cp950',
    'big5hkscs': 'big5hkscs', 'big5_hkscs': 'big5hkscs', 'hkscs': 'big5hkscs',
    'shift_jis': 'shift_jis', 'csshiftjis': 'shift_jis', 'shiftjis': 'shift_jis',
    'sjis': 'shift_jis', 's_jis': 'shift_jis',
    'cp932': 'cp932', '932': 'cp932', 'ms932': 'cp932', 'mskanji': 'cp932', 'ms_kanji': 'cp932',
    'euc_jp': 'euc_jp', 'eucjp': 'euc_jp', 'ujis': 'euc_jp', 'u_jis': 'euc_jp',
    'euc_kr': 'euc_kr', 'euckr': 'euc_kr', 'korean': 'euc_kr', 'ksc5601': 'euc_kr',
    'ks_c_5601': 'euc_kr', 'ks_c_5601_1987': 'euc_kr', 'ksx1001': 'euc_kr', 'ks_x_1001': 'euc_kr',
    'cp949': 'cp949', '949': 'cp949', 'ms949': 'cp949', 'uhc': 'cp949',
    'iso2022_jp': 'iso2022_jp', 'csiso2022jp': 'iso2022_jp', 'iso2022jp': 'iso2022_jp',
    'iso_2022_jp': 'iso2022_jp',
}

_ILLEGAL = 'illegal multibyte sequence'


def build(name):
    """The (encode, decode, IncrementalEncoder, IncrementalDecoder) of codec `name`."""

    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("argument 1 must be str, not %s" % type(input).__name__)
        out = bytearray()
        i, n = 0, len(input)
        while True:
            data, i = _multibytecodec.encode_step(name, input, i)
            out += data
            if i >= n:
                return bytes(out), n
            # As CPython's multibyte encoders: each unmappable character is its own error.
            exc = UnicodeEncodeError(name, input, i, i + 1, _ILLEGAL)
            replacement, i = _codecs._call_error_handler(errors, exc)
            if isinstance(replacement, str):
                data, stop = _multibytecodec.encode_step(name, replacement, 0)
                if stop < len(replacement):
                    raise exc
                replacement = data
            out += replacement

    def decode_some(data, errors, final):
        out = []
        i, n = 0, len(data)
        while True:
            text, i, reason = _multibytecodec.decode_step(name, data, i, final)
            out.append(text)
            if reason is None:
                return ''.join(out), i
            exc = UnicodeDecodeError(name, data, i, i + 1, reason)
            replacement, i = _codecs._call_error_handler(errors, exc)
            out.append(replacement)
            if i >= n:
                return ''.join(out), n

    def decode(input, errors='strict'):
        data = _codecs._check_bytes(name, input)
        return decode_some(data, errors, True)

    class Encoder(_codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class Decoder(_codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode_some(bytes(input), errors, final)

    return encode, decode, Encoder, Decoder
