import uuid, hmac, hashlib
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
u = uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/a")
try:
    uuid.uuid5(uuid.NAMESPACE_URL, b"x")
except TypeError as e:
    print("TypeError", e)
print(repr(u), u.version, u.variant, u.hex)
print(uuid.uuid3(uuid.NAMESPACE_OID, '1.3.6.1'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
print(hmac.new(b'key', b'message', hashlib.sha256).hexdigest())
print(hmac.new(b'key', b'message', 'md5').hexdigest(), hmac.compare_digest(b'a', b'a'))
h = hmac.new(b'k', digestmod='sha1'); h.update(b'abc'); print(h.name, h.digest_size, h.hexdigest())
