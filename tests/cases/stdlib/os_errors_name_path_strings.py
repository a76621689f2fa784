# OSErrors from path functions name the path's string (not a Path object), and calls on
# two paths name both ("'a' -> 'b'").
import os
import pathlib
import shutil
import tempfile

base = pathlib.Path(tempfile.mkdtemp())
missing = base / "missing.txt"
calls = [
    ("open", lambda: open(missing)),
    ("open bytes", lambda: open(bytes(missing))),
    ("read_text", lambda: missing.read_text()),
    ("os.stat", lambda: os.stat(missing)),
    ("os.remove", lambda: os.remove(missing)),
    ("os.rmdir", lambda: os.rmdir(missing)),
    ("os.listdir", lambda: os.listdir(missing)),
    ("os.chdir", lambda: os.chdir(missing)),
    ("getsize", lambda: os.path.getsize(missing)),
    ("getmtime", lambda: os.path.getmtime(missing)),
    ("unlink", lambda: missing.unlink()),
    ("rename", lambda: os.rename(missing, base / "new.txt")),
    ("replace", lambda: os.replace(str(missing), "elsewhere")),
    ("link", lambda: os.link(missing, base / "l")),
    ("shutil.copy", lambda: shutil.copy(missing, base / "c")),
]
for what, call in calls:
    try:
        call()
    except OSError as e:
        text = str(e).replace(str(base), "<tmp>")
        f1 = str(e.filename).replace(str(base), "<tmp>")
        f2 = str(e.filename2).replace(str(base), "<tmp>")
        print(f"{what}: {type(e).__name__} {type(e.filename).__name__} {text} | {f1} | {f2}")
