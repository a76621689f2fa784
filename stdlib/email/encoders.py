"""email.encoders: set a part's Content-Transfer-Encoding and encode its payload."""

from base64 import encodebytes as _bencode
from quopri import encodestring as _encodestring

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']


def encode_base64(msg):
    orig = msg.get_payload(decode=True)
    msg.set_payload(str(_bencode(orig), 'ascii'))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    orig = msg.get_payload(decode=True)
    msg.set_payload(_encodestring(orig, quotetabs=True).replace(b' ', b'=20').decode('ascii'))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    orig = msg.get_payload(decode=True)
    if orig is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        orig.decode('ascii')
    except UnicodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    pass
