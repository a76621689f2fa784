import struct

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(struct.pack('>I', 1), struct.pack('<I', 1), struct.pack('!H', 0xabcd), struct.pack('=q', -2))
print(struct.pack('>bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2**32-1, -4, 5, -6, 2**64-1))
print(struct.unpack('>bBhHiIlLqQ', struct.pack('>bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2**32-1, -4, 5, -6, 2**64-1)))
print(struct.pack('@bi', 1, 2), struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('@iq?d'))
print(struct.calcsize('P'), struct.calcsize('nN'), struct.calcsize('@b0i'), struct.calcsize('3s2p'))
print(struct.pack('<e', 1.5), struct.pack('>e', -0.0), struct.pack('<f', 3.14), struct.pack('>d', 2.5))
print(struct.unpack('<e', b'\x00>'), struct.unpack('<f', struct.pack('<f', 3.14)), struct.unpack('<eee', struct.pack('<eee', 65504, 1e-7, 0.1)))
print(struct.pack('<e', 2**-24), struct.pack('<e', 65519), struct.unpack('>e', b'\x7c\x00'), struct.unpack('>e', b'\xfc\x00'))
print(struct.pack('5s', b'abc'), struct.pack('2s', b'abcdef'), struct.pack('5p', b'hello world'), struct.pack('c?x?', b'z', 5, []))
print(struct.unpack('5s', b'ab\x00\x00\x00'), struct.unpack('5p', b'\x09abcd'), struct.unpack('c??', b'a\x00\x02'))
print(struct.pack('>2I3h', 1, 2, 3, 4, 5), struct.unpack('>0I', b''), struct.pack('i', True), struct.pack('>d', 1))
print(struct.pack(b'>I', 1), struct.pack('>I I', 7, 8), struct.calcsize('ii '))
s = struct.Struct('>IH')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x00\x00\x00\x01\x00\x02'), struct.Struct(b'<h').format)
print(s.unpack_from(b'xx\x00\x00\x00\x01\x00\x02', 2), s.unpack_from(buffer=b'\x00\x00\x00\x01\x00\x02yy'))
print(list(struct.iter_unpack('>HH', b'abcdefgh')), list(s.iter_unpack(bytes(12))))
buf = bytearray(10)
struct.pack_into('>I', buf, 2, 0xdeadbeef)
s.pack_into(buf, 4, 1, 2)
struct.pack_into('<H', buf, -2, 0x4142)
print(buf, struct.unpack_from('>I', buf, 2), struct.unpack_from('<H', buf, -2))
print(struct.unpack('>Q', struct.pack('>Q', 2**63)), struct.unpack('<q', b'\xff' * 8), struct.unpack('@P', struct.pack('@P', 12345)))
print(struct.unpack('<I', memoryview(b'abcd')), struct.unpack('<I', bytearray(b'abcd')))
print(isinstance(struct.error('x'), Exception), struct.error)
class Idx:
    def __index__(self):
        return 7
print(struct.pack('>h', Idx()))

for fmt in 'bBhHiIlLqQ':
    for o in '@<>':
        out = []
        for v in (2**64, 2**32, 2**16, 300, -1, -2**15-1, -2**31-1, -2**63-1):
            try:
                struct.pack(o + fmt, v)
                out.append('ok')
            except struct.error as e:
                out.append(str(e))
        print(o + fmt, ' | '.join(out))
t(struct.pack, '@n', 2**63)
t(struct.pack, '@N', -1)
t(struct.pack, '@P', -1)
t(struct.pack, '@P', 2**64)
t(struct.pack, 'i', 'x')
t(struct.pack, 'i', 1.5)
t(struct.pack, 'f', 'x')
t(struct.pack, 'i')
t(struct.pack, 'i', 1, 2)
t(struct.pack, 'z', 1)
t(struct.pack, '<n', 1)
t(struct.pack, '3s', 'abc')
t(struct.pack, 'p', 1)
t(struct.pack, 'c', b'ab')
t(struct.pack, 'c', 1)
t(struct.pack, 'e', 1e10)
t(struct.pack, 'f', 1e300)
t(struct.pack, '>f', float('inf'))
t(struct.pack, 'd', 2**2000)
t(struct.unpack, '>Q', b'abc')
t(struct.unpack, '>I', b'abcdefgh')
t(struct.unpack, '<I', 'abcd')
t(struct.unpack_from, '>I', b'ab', 1)
t(struct.unpack_from, '>I', b'abcdef', -10)
t(struct.unpack_from, '>I', b'abcdef', -2)
t(struct.iter_unpack, '>I', b'abc')
t(struct.iter_unpack, '', b'')
t(struct.pack_into, '>I', bytearray(2), 0, 1)
t(struct.pack_into, '>I', bytearray(8), 6, 1)
t(struct.pack_into, '>I', bytes(8), 0, 1)
t(struct.pack_into, '>I', bytearray(8), -1, 1)
t(struct.pack_into, '>I', bytearray(8), -9, 1)
t(struct.pack_into, '>I', bytearray(8), 0)
t(struct.pack, '>2I', 1)
t(struct.calcsize, '3')
t(struct.calcsize, '@q3')
t(struct.pack, 1, 1)
t(struct.Struct, 'y')
t(struct.calcsize, '99999999999999999999999q')
t(s.unpack, b'')
import struct
b = bytearray(8)
for off in [0, 4, 5, -4, -9, -2, 8]:
    try:
        struct.pack_into('<i', b, off, 7); print("pack ok", off, bytes(b))
    except struct.error as e: print(e)
    try:
        print(struct.unpack_from('<i', bytes(b), off))
    except struct.error as e: print(e)
