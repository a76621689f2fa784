import hashlib, struct, socket
h = hashlib.sha256(b'abc')
print(h.hexdigest() == hashlib.new('sha256', b'abc').hexdigest())
print(hashlib.new('md5').name, hashlib.new(name='sha1').name)
print(struct.pack('>Hxx', 1), struct.calcsize('>Hxx'), struct.unpack('<2s2x', b'abcd'))
print(struct.pack('>3c', b'a', b'b', b'c'), struct.unpack('3c', b'xyz'))
print(struct.pack('<?', True), struct.pack('>5s', bytearray(b'hi')))
print(struct.unpack_from('<H', memoryview(bytearray(b'\x01\x02\x03')), 1))
print(struct.pack('>e', float('nan')), struct.pack('<d', float('-inf')))
s = struct.Struct('<Q')
print(s.pack(2**64-1), s.unpack(s.pack(12345678901234567890)))
print(struct.pack('@h', -1), struct.pack('@hbi', 1, 2, 3), struct.calcsize('@hbi'))
print(struct.unpack('>f', b'\x7f\x80\x00\x00'), struct.unpack('>e', b'\x7e\x00'))
print(struct.unpack('@?', b'\x05'))
print([hashlib.sha1(str(i).encode()).hexdigest()[:8] for i in range(3)])
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo('127.0.0.1', 'http', socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('::1', 80, socket.AF_INET6, socket.SOCK_STREAM))
s = socket.socket()
s.settimeout(2.5)
print(s.gettimeout(), s.timeout, s.getblocking())
s.setblocking(True)
print(s.gettimeout())
socket.setdefaulttimeout(3)
print(socket.getdefaulttimeout(), socket.socket().gettimeout())
socket.setdefaulttimeout(None)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
print(s.getsockname())
try:
    s.getpeername()
except OSError as e:
    print(type(e).__name__, e)
try:
    s.recv(-1)
except ValueError as e:
    print(e)
try:
    s.send('str')
except TypeError as e:
    print(e)
s.close()
try:
    s.recv(1)
except OSError as e:
    print(type(e).__name__, e)
try:
    socket.socket(99, 1)
except OSError as e:
    print(type(e).__name__, e)
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as u:
    print(repr(u).split(', ', 1)[1])
