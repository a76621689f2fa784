# base64: b64/urlsafe/b32/b16 encodings and decoding errors.
import base64
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:70], "héllo".encode()]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data))
    assert base64.b32decode(base64.b32encode(data)) == data and base64.b16decode(base64.b16encode(data)) == data
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs\nbG8="), base64.urlsafe_b64decode("-_-_"))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
for bad in ["abc", "a", "ab=c", "@@@@"]:
    try: print(base64.b64decode(bad))
    except Exception as e: print(type(e).__name__, e)
try: base64.b64decode("ab!c", validate=True)
except Exception as e: print(type(e).__name__, e)
try: base64.b64encode("str")
except TypeError as e: print(e)

