# open(errors=...): the codec error handler of a text file, for reading and writing
import os, tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "e.txt")
    with open(p, "wb") as f:
        f.write(b"ok \xff\xfe caf\xc3\xa9\n")
    for errors in ("replace", "ignore", "backslashreplace", None):
        try:
            with open(p, errors=errors) as f:
                print(errors, ascii(f.read()))
        except UnicodeDecodeError as e:
            print(errors, "UnicodeDecodeError", e)
    with open(p, "w", encoding="ascii", errors="replace") as f:
        f.write("café ñ\n")
    with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
        f.write("café\n")
    print(open(p, "rb").read())
    try:
        with open(p, "w", encoding="ascii") as f:
            f.write("café\n")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
    for bad in (dict(mode="rb", errors="strict"), dict(errors=5)):
        try:
            open(p, **bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
