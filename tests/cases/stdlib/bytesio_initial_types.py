# io.BytesIO(initial_bytes) takes only bytes-like objects (CPython's message for the rest)
import io, array
for v in ['s', 5, [1,2], None, memoryview(b'ab'), bytearray(b'x'), array.array('b', [65, 66]), True, (1,), b'ok']:
    try: print(io.BytesIO(v).getvalue())
    except Exception as e: print(type(e).__name__, e)
