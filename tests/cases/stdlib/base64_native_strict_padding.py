# base64/binascii: encode and decode (native loops) with the padding rules and the strict-mode
# errors of binascii.a2b_base64, bytes-like inputs.
import base64, binascii
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xff\xfe\xfd"]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), binascii.b2a_base64(data), base64.encodebytes(data * 3))
for s in ["Zm9v", "Zm9vYg==", "Zm9vYg", "Zm9vYg=", "Zm9vY", "Zm 9v\nYg==", "Zm9v!!", "Zm9vYg==Zm9v", "Zm=9v", "=Zm9v", "Zm9vYmFy====", "YQ", "YQ=", "YQ==", "YQ===", "Y", "", "====", "Z===", "ab=c", "abc=d==="]:
    for validate in (False, True):
        try:
            print(repr(s), validate, base64.b64decode(s, validate=validate))
        except binascii.Error as e:
            print(repr(s), validate, "Error:", e)
    try:
        print("  a2b strict", binascii.a2b_base64(s, strict_mode=True))
    except binascii.Error as e:
        print("  a2b strict Error:", e)
print(base64.b64decode(b"-_8=", altchars=b"-_"), base64.urlsafe_b64decode("-_8="), base64.decodebytes(b"Zm9v\nYmFy\n"), base64.b64encode(bytearray(b"xy")), base64.b64encode(memoryview(b"xyz")))
for bad in [lambda: base64.b64encode("str"), lambda: base64.b64decode(5), lambda: base64.b64decode("é")]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
for s in ['=', '==', 'Zm9v=', 'Zm9v==', 'Zm9vY=', 'Zm=9v', 'Zm==9v', 'Zm9vYg=x', 'Zm9vYg==\n', 'Zm9vYmE=Z', 'YQ=!=', 'Y=Q==', ' =YQ==', 'a=', 'ab=', 'abc=', 'abc==', 'Zm9v=Zm9v', 'YQ==YQ==']:
    for strict in (False, True):
        try:
            print(repr(s), strict, binascii.a2b_base64(s, strict_mode=strict))
        except binascii.Error as e:
            print(repr(s), strict, "Error:", e)
print(base64.b64decode(memoryview(b"Zm9v")), base64.b64encode(b"x" * 100)[-8:], len(base64.b64decode(base64.b64encode(bytes(10000)))))
