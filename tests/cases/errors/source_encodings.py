# How a script file's bytes are read: a UTF-8 byte order mark, PEP 263 coding declarations
# (gbk and latin-1 files, as editors on Windows save them), and the errors for undecodable
# bytes and null bytes.
import os
import subprocess
import sys
import tempfile

CASES = [
    ("bom", b"\xef\xbb\xbfprint('a file saved with a BOM')\n"),
    ("latin1", b"# -*- coding: latin-1 -*-\nprint('caf\xe9', len('caf\xe9'))\n"),
    ("gbk", b"# coding: gbk\nprint('\xc4\xe3\xba\xc3, \xca\xc0\xbd\xe7')\n"),
    ("vim", b"#!/usr/bin/env python3\n# vim: set fileencoding=latin-1 :\nprint('\xe9t\xe9')\n"),
    ("declared_late", b"print(1)\n# coding: latin-1\nprint('\xe9')\n"),
    ("unknown_codec", b"# coding: no-such-codec\nprint(1)\n"),
    ("undecodable", b"# coding: gbk\nprint('ok')\nprint('\xff\xff')\n"),
    ("bom_and_latin1", b"\xef\xbb\xbf# coding: latin-1\nprint(1)\n"),
    ("not_utf8", b"x = 1\nprint('\xff')\n"),
    ("null_first", b"print(1)\n  x = '\x00'\nprint('\xff')\n"),
    ("utf8_error_first", b"print('\xff\x00')\n"),
]

with tempfile.TemporaryDirectory() as tmp:
    for name, data in CASES:
        path = os.path.join(tmp, name + ".py")
        with open(path, "wb") as f:
            f.write(data)
        r = subprocess.run([sys.executable, path], capture_output=True)
        print(f"== {name}: exit {r.returncode}")
        print(r.stdout.decode("utf-8", "replace"), end="")
        print(r.stderr.decode("utf-8", "replace").replace(tmp, "<tmp>"), end="")
