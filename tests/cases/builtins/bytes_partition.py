# bytes.partition / rpartition (used to parse HTTP headers by hand).
line = b"Content-Type: text/html; charset=utf-8"
print(line.partition(b": "))
print(line.rpartition(b"="))
print(b"no-separator".partition(b":"), b"no-separator".rpartition(b":"))
print(bytearray(b"k=v").partition(b"="))
try:
    b"abc".partition(b"")
except ValueError as e:
    print("ValueError:", e)
