import hashlib, mmap, os, re, tempfile, zlib

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.bin")
    with open(path, "wb") as f:
        f.write(b"header:version=3\nbody: the quick brown fox\nfooter:end\n")
    with open(path, "r+b") as f:
        mm = mmap.mmap(f.fileno(), 0)
        print(bytes(mm)[:16], mm[:6], len(mm))
        m = re.search(rb"version=(\d+)", mm)
        print(m.group(0), m.group(1), m.span())
        print([x.group() for x in re.finditer(rb"\w+:", mm)])
        print(re.findall(rb"o\w", mm), re.sub(rb"o", b"0", mm)[:30])
        print(re.match(rb"head", mm) is not None, re.fullmatch(rb".*", mm, re.S) is not None)
        print(hashlib.sha256(mm).hexdigest()[:16] == hashlib.sha256(mm[:]).hexdigest()[:16])
        print(hashlib.md5(mm).hexdigest(), zlib.crc32(mm))
        try:
            re.search("text", mm)
        except TypeError as e:
            print("TypeError:", e)

        view = memoryview(mm)
        print(view.readonly, view.nbytes, view.format, view[:6].tobytes(), view[0])
        try:
            mm.close()
        except BufferError as e:
            print("BufferError:", e)
        try:
            mm.resize(10)
        except BufferError as e:
            print("BufferError:", e)
        view[0:6] = b"HEADER"
        print(mm[:6])
        mm[7:14] = b"VERSION"
        print(view[7:14].tobytes())
        mm.flush()
        view.release()
        print(bytearray(mm[:3]), mm.find(b"fox"))
        with memoryview(mm) as v2:
            print(v2[-4:].tobytes())
        mm.close()
        print(mm.closed)
    with open(path, "rb") as f:
        print(f.read(20))
    with open(path, "rb") as f:
        ro = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        v = memoryview(ro)
        print(v.readonly, v[:6].tobytes())
        try:
            v[0] = 65
        except TypeError as e:
            print("TypeError:", e)
        v.release()
        ro.close()

anon = mmap.mmap(-1, 16)
anon.write(b"anonymous map!")
v = memoryview(anon)
v[0:4] = b"ANON"
print(anon[:14], v.readonly, hashlib.sha1(anon).hexdigest()[:12])
v.release()
anon.close()
