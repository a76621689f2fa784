import quopri, io
samples = [b"hello", "café = ok\n".encode(), b"trailing \nx\t\n", b"a" * 100 + b"\n",
           b"x" * 74 + b"\xff\xfe", b"under_score here", b"line\r\nnext\r\n", b""]
for s in samples:
    enc = quopri.encodestring(s)
    print(enc, quopri.encodestring(s, quotetabs=True), quopri.encodestring(s, header=True))
    assert quopri.decodestring(enc) == s
print(quopri.decodestring(b"Caf=C3=A9 au=\n lait=3D=\n"), quopri.decodestring("a_b=20c", header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO("naïve text\n".encode()), out, quotetabs=False)
print(out.getvalue())
back = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue().decode())
