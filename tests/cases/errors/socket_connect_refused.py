import socket
s = socket.socket()
print(s.type, s.family)
print(socket.socket.__module__, socket.socket.__name__, socket.SocketType)
print(isinstance(s, socket.socket), socket.socket.__mro__[1])
s.bind(('127.0.0.1', 0))
port = s.getsockname()[1]
s.close()
c = socket.socket()
c.connect(('127.0.0.1', port))
