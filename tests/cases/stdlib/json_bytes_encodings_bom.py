# json.loads of bytes detects UTF-8/16/32 (with or without a byte order mark) as RFC 4627
# describes; a str that starts with a BOM is refused with CPython's hint.
import json

doc = {"name": "Zoë", "tags": ["a", "ü"], "n": 3}
text = json.dumps(doc, ensure_ascii=False)
for encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                 "utf-32-le", "utf-32-be"):
    data = text.encode(encoding)
    print(f"{encoding:10}", json.loads(data) == doc, json.loads(bytearray(data)) == doc)

print(json.loads(b"7"), json.loads("7".encode("utf-16-le")), json.loads(b"[]"))
try:
    json.loads("\ufeff" + text)
except json.JSONDecodeError as e:
    print(type(e).__name__, e, e.pos, e.lineno, e.colno)
try:
    json.loads(b"\xff\xff")
except ValueError as e:
    print(type(e).__name__)
try:
    json.loads(3)
except TypeError as e:
    print(e)
