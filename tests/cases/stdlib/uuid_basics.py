import uuid
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn, u.version, u.variant, u.node, u.time, u.clock_seq)
print(uuid.UUID(int=u.int) == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, hash(u) == hash(uuid.UUID(u.hex)))
r = uuid.uuid4(); print(r.version, r.variant, len(str(r)), str(r)[14], uuid.UUID(str(r)) == r, uuid.NAMESPACE_DNS)
try: uuid.UUID('xyz')
except ValueError as e: print(e)
try: u.int = 3
except TypeError as e: print(e)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]))
