import io, os, tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.bin")
    with open(path, "wb") as f:
        f.write(b"MAGIC\x00payload-bytes\n")
    with open(path, "rb") as f:
        print(f.peek(1)[:5], f.tell())
        print(f.read(5), f.peek()[:3], f.tell())
        print(f.read1(4), f.read1(), f.read1(), f.peek(), f.tell())
        print(f.read1(0), f.read1(-1))
    with open(path, "r+b") as f:
        f.write(b"magic")
        print(f.peek(3)[:3], f.read1(3), f.tell())
        f.seek(0)
        print(f.read1(100))
    # sniffing a header without consuming it
    def kind(p):
        with open(p, "rb") as f:
            head = f.peek(5)[:5]
            return head, f.read(3)
    print(kind(path))
    with open(path, "wb") as f:
        for call in (lambda: f.peek(1), lambda: f.read1(1)):
            try:
                call()
            except (AttributeError, io.UnsupportedOperation) as e:
                print(type(e).__name__, e)
    f = open(path, "rb")
    f.close()
    for call in (lambda: f.peek(1), lambda: f.read1(1), lambda: f.read1(0)):
        try:
            call()
        except ValueError as e:
            print("ValueError", e)
    raw = open(path, "rb", buffering=0)
    print(hasattr(raw, "peek"), hasattr(raw, "read1"))
    raw.close()
