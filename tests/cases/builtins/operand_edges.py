# Operator corners found by comparing a matrix of operand types with CPython: %-formatting a
# complex, bytes formatting with a bytearray operand, empty-string hashes, bool and huge ints
# in bytes, huge repeat counts for bytearray.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: '%s and %r' % (1j, 2 + 3j))
show(lambda: '%s' % 1j)
show(lambda: 'ab' % 1j)
show(lambda: '%d' % 1j)
show(lambda: b'%b' % 1j)
show(lambda: 3 % 1j)
show(lambda: 1j % 2)
show(lambda: 2.5 // 1j)
show(lambda: b'ab' % bytearray(b'q'))
show(lambda: bytearray(b'ab') % b'q')
show(lambda: b'%(a)s' % bytearray(b'q'))
show(lambda: 'ab' % b'xy')
show(lambda: (hash(''), hash(b''), hash(0), hash(0.0), hash(-1), hash(1j)))
show(lambda: (True in b'\x01', False in b'\x01', True in bytearray(b'\x01')))
show(lambda: 10**20 in b'xy')
show(lambda: -1 in bytearray(b'xy'))
show(lambda: bytearray(b'z') * 10**20)
show(lambda: 10**20 * bytearray(b'z'))
show(lambda: bytearray(b'z') * -10**20)
show(lambda: b'z' * -3)
show(lambda: type(iter(bytearray(b'a'))).__name__)


def inplace():
    b = bytearray(b'ab')
    b *= 10**20
    return b
show(inplace)
