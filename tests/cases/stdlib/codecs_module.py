# codecs: lookup, encode/decode through text and binary codecs (rot13, hex, base64, the
# escape codecs), incremental coders, BOMs, and UTF-16/32 through str.encode/bytes.decode.
import codecs
import os
import tempfile

print(codecs.encode('hello', 'rot13'), codecs.decode('uryyb', 'rot_13'))
print(codecs.encode(b'hi', 'hex'), codecs.decode('6869', 'hex'), codecs.decode(b'6869', 'hex_codec'))
print(codecs.encode(b'hi there', 'base64'), codecs.decode(b'aGk=\n', 'base64'))
print(codecs.encode('é', 'utf-8'), codecs.decode(b'\xc3\xa9', 'utf-8'), codecs.decode(b'\xc3\xa9'), codecs.encode('x'))
ci = codecs.lookup('UTF8')
print(ci.name, type(ci).__name__, ci.encode('é'), ci.decode(b'ab'), isinstance(ci, tuple))
print(codecs.lookup('latin-1').name, codecs.lookup('ascii').name, codecs.lookup('rot13').name,
      codecs.lookup('hex').name, codecs.lookup('UTF-16').name, codecs.lookup('utf_32_be').name)
print(codecs.getencoder('utf-8')('é'), codecs.getdecoder('latin1')(b'\xe9'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM_UTF16, codecs.BOM)
print(codecs.decode(b'a\\nb\\t\\x41\\u00e9\\101\\N{BULLET}', 'unicode_escape'))
print(codecs.encode('é\n\'"\\x\U0001f600\u20ac', 'unicode_escape'))
print(codecs.encode('é\n\u20ac', 'raw_unicode_escape'), codecs.decode(b'\\u00e9\\n', 'raw_unicode_escape'))
print(b'caf\\xe9'.decode('unicode_escape'), 'tab\there'.encode('unicode_escape'))
for args in [('hello', 'hex'), ('x', 'nope'), (b'x', 'rot13'), ('\xff', 'ascii')]:
    try:
        codecs.encode(*args)
    except Exception as e:
        print(type(e).__name__, e)
for bad in ['hex', 'rot13', 'nope']:
    try:
        'abc'.encode(bad)
    except LookupError as e:
        print("LookupError:", e)
try:
    codecs.decode(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(e)
print(codecs.decode(b'\xff', 'utf-8', 'replace'), codecs.encode('é', 'ascii', 'ignore'))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xc3')), repr(d.decode(b'\xa9x')), repr(d.decode(b'', final=True)))
e = codecs.getincrementalencoder('utf-8')()
print(e.encode('é'))
print(list(codecs.iterdecode([b'a\xc3', b'\xa9', b'\xe2\x82', b'\xac'], 'utf-8')))
print(list(codecs.iterencode(['a', 'é'], 'latin-1')))

# UTF-16 and UTF-32 through the str and bytes methods.
print('é'.encode('utf-16'), 'é'.encode('utf-16-le'), 'a\U0001d11e'.encode('utf-16-be'), 'é'.encode('utf-32'))
print(b'\xff\xfe\xe9\x00'.decode('utf-16'), b'\x00a'.decode('utf-16-be'), b'\xfe\xff\x00a'.decode('utf-16'))
print('a\U0001d11e'.encode('utf-16').decode('utf-16'), 'xyz'.encode('utf-32-le').decode('utf-32-le'))
print(bytes('hi', 'utf-16-le'), codecs.encode('abc', 'utf-16'))
try:
    b'\x00a\x00'.decode('utf-16-be')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\x00a\x00'.decode('utf-16-be', 'replace'))

# codecs.open reads and writes text in the given encoding.
d = tempfile.mkdtemp()
path = os.path.join(d, 'x.txt')
with codecs.open(path, 'w', encoding='utf-8') as f:
    f.write('héllo\n')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, encoding='utf-8') as f:
    print(repr(f.read()))
os.remove(path)
os.rmdir(d)
