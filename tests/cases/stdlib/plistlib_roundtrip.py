# plistlib: XML and binary property lists written and read back, the exact XML
# layout, and the errors CPython raises.
import datetime
import io
import plistlib

value = {
    "name": "Example <App> & Co",
    "version": 3,
    "ratio": 0.25,
    "enabled": True,
    "disabled": False,
    "tags": ["a", "b", ("nested", 1)],
    "empty_list": [],
    "empty_dict": {},
    "blob": b"\x00\x01binary data" * 5,
    "created": datetime.datetime(2024, 2, 29, 13, 45, 7),
    "nested": {"z": 1, "a": {"deep": [1.5, -2, 2**63]}},
    "unicode": "caf\u00e9 \u2603",
    "lines": "one\r\ntwo\rthree",
}
xml = plistlib.dumps(value)
print(xml.decode())
back = plistlib.loads(xml)
print(back == {**value, "tags": ["a", "b", ["nested", 1]], "lines": "one\ntwo\nthree"})
print(list(back) == sorted(value))
print(plistlib.dumps(value, sort_keys=False).decode().count("<key>"), list(plistlib.loads(plistlib.dumps(value, sort_keys=False)))[:3])

binary = plistlib.dumps(value, fmt=plistlib.FMT_BINARY)
print(binary[:8], len(binary), binary[-32:])
print(plistlib.loads(binary) == plistlib.loads(xml))
print(plistlib.dumps([1, 1, "x", "x", 1.0, True, None, b"", 2**40, -1, 300, 70000],
                     fmt=plistlib.FMT_BINARY))
print(plistlib.loads(plistlib.dumps({"uid": plistlib.UID(7), "big": plistlib.UID(2**40), "none": None},
                                    fmt=plistlib.FMT_BINARY)))
long_text = "x" * 20 + "\u00e9" * 20
print(plistlib.loads(plistlib.dumps([long_text, b"y" * 300, list(range(20))], fmt=plistlib.FMT_BINARY))
      == [long_text, b"y" * 300, list(range(20))])

# files
buf = io.BytesIO()
plistlib.dump({"k": [1, 2]}, buf)
buf.seek(0)
print(plistlib.load(buf))
buf = io.BytesIO()
plistlib.dump({"k": [1, 2]}, buf, fmt=plistlib.FMT_BINARY)
buf.seek(0)
print(plistlib.load(buf, fmt=plistlib.FMT_BINARY))

# reading by hand-written XML
doc = b"""<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
    <key>hex</key><integer>0x1F</integer>
    <key>date</key><date>2020-05-17T09Z</date>
    <key>data</key><data>aGVs
    bG8=</data>
    <key>str</key><string>a &lt;b&gt; &amp;</string>
    <key>empty</key><string/>
    <key>unknown</key><frob>ignored</frob><integer>5</integer>
</dict>
</plist>"""
print(plistlib.loads(doc))
from collections import OrderedDict
print(type(plistlib.loads(doc, dict_type=OrderedDict)).__name__)
print(plistlib.UID(5), plistlib.UID(5) == plistlib.UID(5), plistlib.UID(5) == 5, hash(plistlib.UID(5)) == hash(5))
print(plistlib.FMT_XML, plistlib.FMT_BINARY, repr(plistlib.FMT_XML))

def attempt(label, call):
    try:
        result = call()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", result)

attempt("None in XML", lambda: plistlib.dumps(None))
attempt("set", lambda: plistlib.dumps({1, 2}))
attempt("int key", lambda: plistlib.dumps({1: 2}))
attempt("skipkeys", lambda: plistlib.dumps({1: 2, "ok": 3}, skipkeys=True))
attempt("too big", lambda: plistlib.dumps(2**64))
attempt("too small", lambda: plistlib.dumps(-2**63 - 1))
attempt("binary too big", lambda: plistlib.dumps(2**64, fmt=plistlib.FMT_BINARY))
attempt("control char", lambda: plistlib.dumps("bell\x07"))
attempt("UID in XML", lambda: plistlib.dumps(plistlib.UID(1)))
attempt("bad format", lambda: plistlib.dumps(1, fmt="json"))
attempt("garbage", lambda: plistlib.loads(b"hello world"))
attempt("bad binary", lambda: plistlib.loads(b"bplist00" + b"\x00" * 10))
attempt("str input", lambda: plistlib.loads("<plist/>"))
attempt("UID negative", lambda: plistlib.UID(-1))
attempt("UID huge", lambda: plistlib.UID(2**64))
attempt("UID str", lambda: plistlib.UID("1"))
attempt("key in array", lambda: plistlib.loads(b"<plist><array>\n<key>x</key></array></plist>"))
attempt("missing value", lambda: plistlib.loads(b"<plist><dict><key>x</key>\n\n</dict></plist>"))
attempt("value in place of key", lambda: plistlib.loads(b"<plist><dict>\n<string>x</string></dict></plist>"))
attempt("bad xml", lambda: plistlib.loads(b"<plist><dict></array></plist>"))
print(issubclass(plistlib.InvalidFileException, ValueError), plistlib.InvalidFileException())
