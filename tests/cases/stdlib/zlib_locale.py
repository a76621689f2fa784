# zlib's checksums and constants; locale in the C / C.UTF-8 locale.
import binascii
import locale
import zlib

for d in [b'', b'a', b'hello world', bytes(range(256)) * 50, bytearray(b'xyz')]:
    print(zlib.crc32(d), zlib.adler32(d), zlib.crc32(d, 12345), zlib.adler32(d, 99999999999), binascii.crc32(d))
print(zlib.crc32(b'world', zlib.crc32(b'hello ')), zlib.adler32(memoryview(b'abc')))
try:
    zlib.crc32('abc')
except TypeError as e:
    print(e)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED, issubclass(zlib.error, Exception))

print(locale.getpreferredencoding(), locale.getpreferredencoding(False))
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY,
      locale.LC_NUMERIC, locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.localeconv())
print(locale.format_string('%d', 1234567, grouping=True), locale.format_string('%.2f', 1234.5),
      locale.str(3.14), locale.atof('3.5'), locale.atoi('42'))
print(locale.strcoll('a', 'b'), locale.strxfrm('abc'), locale.normalize('en_US'),
      locale.delocalize('1,234.5'), locale.localize('1234.5'))
try:
    locale.currency(5)
except ValueError as e:
    print("ValueError:", e)
try:
    locale.setlocale(locale.LC_ALL, 'xx_YY')
except locale.Error as e:
    print("locale.Error:", e)
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(), locale.setlocale(locale.LC_NUMERIC))
print(locale.normalize('en_US.utf8'), locale.normalize('C.UTF-8'), locale.normalize('de_DE'))
print(sorted(['b', 'a', 'C'], key=locale.strxfrm))
