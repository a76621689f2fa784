import hashlib, os, binascii
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex(), hashlib.pbkdf2_hmac('sha1', b'k'*100, b's', 3, 50).hex(), hashlib.pbkdf2_hmac('md5', bytearray(b'p'), memoryview(b'x'), 1, dklen=7))
for a in [('nope', b'', b'', 1), ('sha256', b'', b'', 0), ('sha256', b'', b'', 1, 0), ('sha256', 'str', b'', 1), ('sha256', b'', b'', 2**40), ('shake_128', b'', b'', 1), (1, b'', b'', 1), ('sha256', b'', b'', 1.5), ('sha256', b'', b'', 1, -1), ('SHA256', b'', b'', 1), ('blake2b', b'', b'', 1), ('sha3_256', b'p', b's', 2), ('sha512', b'password', b'NaCl', 2, 100), ('sha384', b'x' * 200, b'', 5)]:
  try: print(hashlib.pbkdf2_hmac(*a).hex())
  except Exception as e: print(type(e).__name__, e)
try: hashlib.pbkdf2_hmac('sha256')
except TypeError as e: print(e)
# the usual tutorial: hash a password with a salt and verify it
salt = bytes(range(16))
stored = hashlib.pbkdf2_hmac('sha256', 'correct horse'.encode(), salt, 100_000)
def verify(pw): return hashlib.pbkdf2_hmac('sha256', pw.encode(), salt, 100_000) == stored
print(binascii.hexlify(stored)[:20], verify('correct horse'), verify('wrong'))
print(hashlib.pbkdf2_hmac(hash_name='sha256', password=b'a', salt=b'b', iterations=2, dklen=8))
