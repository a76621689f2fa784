import os, pathlib
from pathlib import Path, PurePath, PurePosixPath
p = PurePath('/usr//lib/./python3.11/site.tar.gz')
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parts, p.parent, p.root, p.anchor)
print(list(p.parents), p.is_absolute(), p.with_suffix('.zip'), p.with_name('x.py'), p.with_stem('s'))
print(PurePath('a') / 'b' / 'c.txt', 'x' / PurePath('y'), PurePath('a', 'b', '/c', 'd'), PurePath(), PurePath('.'), PurePath('//a'), PurePath('///a'))
print(PurePath('a/b.').suffix, PurePath('.bashrc').suffix, PurePath('.bashrc').stem, PurePath('a/b.').suffixes, PurePath('/').name, PurePath('/').parent)
print(PurePath('/a/b/c').relative_to('/a'), PurePath('a/b').joinpath('c', 'd'), PurePath('a/b') == PurePosixPath('a/b'))
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'), PurePath('a/b.py').match('/*.py'))
print(sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]), hash(PurePath('a')) == hash(PurePath('a')))
for bad in [lambda: PurePath('a').with_suffix('txt'), lambda: PurePath('/').with_name('x'), lambda: PurePath('/a').relative_to('/b')]:
    try: bad()
    except ValueError as e: print('ValueError:', e)
base = Path('_pathlib_test_dir')
if base.exists():
    for q in sorted(base.glob('**/*'), reverse=True):
        q.unlink() if q.is_file() else q.rmdir()
    base.rmdir()
(base / 'sub' / 'deep').mkdir(parents=True)
(base / 'sub').mkdir(exist_ok=True)
try: (base / 'sub').mkdir()
except FileExistsError as e: print('FileExistsError', e.filename)
f = base / 'notes.txt'
print(f.write_text('hello\nworld\n'), f.read_text().splitlines(), f.exists(), f.is_file(), f.is_dir())
print((base / 'data.bin').write_bytes(b'\x00\x01'), (base / 'data.bin').read_bytes())
(base / 'sub' / 'a.py').write_text('x = 1\n')
(base / 'sub' / 'deep' / 'b.py').write_text('y = 2\n')
print(sorted(x.name for x in base.iterdir()))
print(sorted(str(x) for x in base.glob('*.txt')), sorted(str(x) for x in base.glob('**/*.py')), sorted(str(x) for x in base.rglob('*.py')))
print(repr(Path('a/b')), type(Path('x')).__name__, Path.cwd() == Path(os.getcwd()), Path('x').absolute() == Path.cwd() / 'x', Path('a/../b').resolve() == Path.cwd() / 'b')
with (base / 'notes.txt').open() as fh: print(fh.readline().strip())
(base / 'notes.txt').unlink(); print((base / 'notes.txt').exists())
(base / 'notes.txt').unlink(missing_ok=True)
try: (base / 'notes.txt').unlink()
except FileNotFoundError as e: print('FileNotFoundError', e)
for q in sorted(base.glob('**/*'), reverse=True):
    q.unlink() if q.is_file() else q.rmdir()
base.rmdir(); print(base.exists(), isinstance(Path('a'), PurePath), os.fspath(Path('a/b')))
