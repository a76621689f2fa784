from pathlib import PureWindowsPath as W, PurePosixPath as P, PurePath
import pathlib
for a in [('c:/x', 'c:y'), ('c:/x', 'd:y'), ('c:/x', '/y'), ('x', 'c:'), ('//srv/share/a', 'b'), ('//srv/share',), ('\\\\srv',), ('C:',), ('c:\\',), ('a/b\\c',), ('',), ('/a',), ('c:a', '/b'), ('//?/c:/x',), ('C:\\Users\\bob\\Documents\\report.final.docx',)]:
    w = W(*a)
    print(a, repr(w), str(w), w.parts, repr(w.drive), repr(w.root), repr(w.anchor), w.is_absolute(), w.name, w.stem, w.suffix, w.parent)
print(W('C:/A') == W('c:/a'), hash(W('C:/A')) == hash(W('c:/a')), W('a') == P('a'), W('a/B').relative_to('A'), W('c:/x/y').relative_to('C:/X'), W('a/b').is_relative_to('A'))
print(W('nul.txt').is_reserved(), W('com1').is_reserved(), W('x/aux').is_reserved(), W('file').is_reserved(), P('nul').is_reserved())
print(W('a').with_name('b'), W('c:/a/b.txt').with_suffix('.md'), W('c:/a/b.txt').with_stem('z'), W('c:/A/B.TXT').match('*.txt'), W('c:/A/B.TXT').match('c:/a/*.txt'), W('c:/A/B.TXT').match('d:/a/*.txt'))
print(sorted([W('b'), W('A'), W('a')]), W('c:/a') < W('C:/b'), {W('X'): 1}[W('x')])
for bad in ['c:x', 'a/b', 'a\\b', '', '.']:
    try: W('a').with_name(bad)
    except ValueError as e: print(e)
try: W('a').with_suffix('.a\\b')
except ValueError as e: print(e)
try: W('a/b').relative_to('c')
except ValueError as e: print(e)
try: W('a') < P('a')
except TypeError as e: print(e)
print(W('c:/a/b').as_posix(), W('c:/a/b').as_uri(), W('//srv/share/x y').as_uri(), list(W('c:/a/b').parents), W('c:/a') / 'b' / 'c.txt', 'x' / W('y'), W('c:/a').joinpath('d:/e'), W('c:/a/b.tar.gz').suffixes, W('C:/a').anchor)
try: W('a').as_uri()
except ValueError as e: print(e)
try: pathlib.WindowsPath('a')
except NotImplementedError as e: print(e)
print(isinstance(W('a'), PurePath), W(P('a/b')), P('a') == P('a'), P('/a') < P('/b'), sorted([P('b'), P('a')]))
