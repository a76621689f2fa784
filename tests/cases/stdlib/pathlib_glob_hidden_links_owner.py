import os, tempfile, warnings
from pathlib import Path
with tempfile.TemporaryDirectory() as td:
    base = Path(td)
    for name in ['.env', '.cache/data', 'src/.hidden.py', 'src/main.py', 'README']:
        (base / name).parent.mkdir(parents=True, exist_ok=True)
        (base / name).write_text(name)
    rel = lambda ps: sorted(str(p.relative_to(base)) for p in ps)
    print(rel(base.glob('*')), rel(base.glob('.*')), rel(base.glob('**/*.py')), rel(base.rglob('*')))
    link = base / 'link'
    link.symlink_to(base / 'README')
    print(link.is_symlink(), link.readlink() == base / 'README', type(link.readlink()).__name__, link.read_text())
    hard = base / 'hard'
    hard.hardlink_to(base / 'README')
    print(hard.stat().st_nlink, hard.samefile(base / 'README'))
    print(isinstance(hard.owner(), str), isinstance(hard.group(), str))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        (base / 'README').link_to(base / 'hard2')
        print([str(x.message) for x in w], (base / 'hard2').read_text())
    try:
        (base / 'README').readlink()
    except OSError as e:
        print(type(e).__name__, e.strerror)
