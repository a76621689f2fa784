import io
b = io.BytesIO(b"abcdef")
v = b.getbuffer()
print(type(v), v[0], bytes(v[1:3]), len(v), v.readonly, v.nbytes)
v[0] = 65
print(b.getvalue(), b.read(2), b.readline())
for op in (lambda: b.write(b'x'), lambda: b.truncate(2), lambda: b.close(), lambda: b.writelines([b'q'])):
    try: op()
    except BufferError as e: print('BufferError', e)
s = v[2:4]
del v
try: b.write(b'x')
except BufferError as e: print('still exported', e)
s.release()
print(b.write(b'zz'), b.getvalue(), b.seek(0), b.read())
with b.getbuffer() as m:
    m[:2] = b'QQ'
print(b.getvalue(), b.write(b'!'), type(b.getvalue()), type(b.read()))
b2 = io.BytesIO(b'line1\nline2\n')
w = b2.getbuffer(); w[4] = ord('X')
print(b2.readline(), b2.readlines())
del w
buf = bytearray(4); b2.seek(0); print(b2.readinto(buf), buf, b2.read1(3))
b2.close()
try: b2.getbuffer()
except ValueError as e: print(e)
bb = io.BytesIO()
bb.write(b'hello')
mv = bb.getbuffer()
print(mv.tobytes(), mv.hex())
mv.release()
bb.write(b' world'); print(bb.getvalue())
