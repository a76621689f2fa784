import base64
for data in [b'', b'a', b'ab', b'abc', b'abcd', b'hello world', b'\0\0\0\0', b'\0\0', b'    ', bytes(range(40))]:
    e1, e2, e3 = base64.b85encode(data), base64.a85encode(data), base64.a85encode(data, foldspaces=True, adobe=True, wrapcol=8)
    print(e1, base64.b85encode(data, pad=True), e2, e3, base64.b32hexencode(data))
    print(base64.b85decode(e1) == data, base64.a85decode(e2) == data, base64.a85decode(e3, foldspaces=True, adobe=True) == data, base64.b32hexdecode(base64.b32hexencode(data)) == data)
for bad in [lambda: base64.b85decode(b'a\x00b'), lambda: base64.b85decode(b'~~~~~'), lambda: base64.a85decode(b'abz'), lambda: base64.a85decode(b'ab\x7f'), lambda: base64.a85decode(b'xx', adobe=True), lambda: base64.a85decode(b'uuuuu')]:
    try: print(bad())
    except ValueError as e: print(e)
print(base64.a85encode(b'abcdefghijkl', wrapcol=5), base64.a85encode(b'x', adobe=True, wrapcol=3))
