import os, tempfile
from pathlib import Path
with tempfile.TemporaryDirectory() as td:
    base = Path(td)
    for name in ['a/b/c.txt', 'a/d.txt', 'e/f.txt', 'skip/g.txt', 'top.txt']:
        (base / name).parent.mkdir(parents=True, exist_ok=True)
        (base / name).write_text(name)
    rows = []
    for root, dirs, files in os.walk(base):
        dirs[:] = sorted(d for d in dirs if d != 'skip')
        rows.append((type(root).__name__, os.path.relpath(root, td), dirs, sorted(files)))
    print(sorted(rows))
    print(sorted(os.path.relpath(r, td) for r, _, _ in os.walk(base, topdown=False)))
    print(sorted(type(r).__name__ for r, _, _ in os.walk(os.fsencode(td))))
    print(list(os.walk(base / 'missing')))
    errors = []
    list(os.walk(base / 'missing', onerror=errors.append)); print([type(e).__name__ for e in errors])
