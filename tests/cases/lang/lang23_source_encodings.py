# Imported modules and compile(bytes) decode their source as CPython's tokenizer does: a
# UTF-8 BOM or a PEP 263 coding declaration picks the codec, and what cannot be decoded is
# a SyntaxError naming the file (line 0 for codec problems, the literal for bad UTF-8).
import os
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lang23_source_encodings_dir")
sys.path.insert(0, HERE)

import enc_latin1
import enc_bom
import enc_cp1252
import enc_utf8_declared

print(enc_latin1.NAME, enc_bom.WORD, enc_cp1252.EURO, enc_utf8_declared.PLAIN)


def show(e):
    where = os.path.basename(e.filename) if e.filename else e.filename
    print(type(e).__name__, "|", e.msg, "|", where, e.lineno, e.offset, repr(e.text))


for name in ["enc_unknown", "enc_bad_utf8", "enc_ascii_bad", "enc_bom_conflict", "enc_null"]:
    try:
        __import__(name)
    except SyntaxError as e:
        show(e)
    print(name in sys.modules)

sources = [
    b'# coding: latin-1\nx = "\xe9t\xe9"\nprint("compiled:", x)\n',
    b'\xef\xbb\xbfx = "\xc3\xa9"\nprint("compiled with BOM:", x)\n',
    b'# -*- coding: cp1252 -*-\nprint("euro", "\x80")\n',
    b'x = "\xe9"\n',
    b'y = 1\nx = "ab\xff"\n',
    b'# coding: nosuch\nx = 1\n',
    b'# coding: ascii\nx = "\xe9"\n',
    b'\xef\xbb\xbf# coding: latin-1\nx = 1\n',
    b'x = 1\x00\n',
]
for src in sources:
    try:
        exec(compile(src, "snippet.py", "exec"))
    except SyntaxError as e:
        show(e)
exec(b'# coding: latin-1\nprint("exec bytes:", "\xe0")\n')
print(eval(b'# coding: latin-1\n"\xfc"'))
