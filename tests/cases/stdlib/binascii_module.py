import binascii, base64
print(binascii.hexlify(b'\x01\xab'), binascii.hexlify(b'abcdef', '-'), binascii.hexlify(b'abcdef', b':', 2), binascii.hexlify(b'abcde', ':', -2), binascii.hexlify(b'abcde', ':', 2), binascii.b2a_hex(b'x'), binascii.unhexlify('0aFF'), binascii.a2b_hex(b'00'), binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc_hqx(b'abc', 0), binascii.crc_hqx(b'123456789', 0xffff), binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False), binascii.a2b_base64(b'aGk=\n'))
for f in [lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'), lambda: binascii.a2b_base64(b'a'), lambda: binascii.hexlify('str'), lambda: binascii.a2b_base64('aGk'), lambda: binascii.hexlify(b'ab', 'xy'), lambda: base64.b64decode('abc'), lambda: base64.b16decode('0')]:
    try: print(f())
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
