import zipfile, io, os, tempfile, hashlib, time
os.environ["TZ"] = "UTC"
time.tzset()  # member timestamps come from file times in local time
d = tempfile.mkdtemp(); os.chdir(d)
try:
    import shutil
except ImportError:
    pass
with open('a.txt', 'w') as f: f.write('hello world\n' * 50)
os.makedirs('sub/inner'); open('sub/inner/b.bin', 'wb').write(bytes(range(256)))
os.utime('a.txt', (1700000000, 1700000000)); os.utime('sub/inner/b.bin', (1700000000, 1700000000)); os.utime('sub', (1700000000, 1700000000))
zi = zipfile.ZipInfo('fixed.txt', (2020, 5, 17, 10, 30, 12))
with zipfile.ZipFile('out.zip', 'w', compression=zipfile.ZIP_DEFLATED) as z:
    z.write('a.txt')
    z.write('sub/inner/b.bin', arcname='b.bin', compress_type=zipfile.ZIP_STORED)
    z.write('sub')
    z.writestr(zi, 'fixed content ' * 20)
    z.writestr(zipfile.ZipInfo('ünï.txt', (2021, 1, 1, 0, 0, 0)), b'unicode name')
    print(repr(z))
print(repr(z))
data = open('out.zip', 'rb').read()
print(len(data), hashlib.md5(data).hexdigest())
print(zipfile.is_zipfile('out.zip'), zipfile.is_zipfile('a.txt'))
with zipfile.ZipFile('out.zip') as z:
    print(z.namelist())
    for i in z.infolist():
        print(i, i.date_time, i.CRC, i.is_dir(), i.header_offset)
    z.printdir()
    print(z.read('fixed.txt')[:28], z.getinfo('b.bin').file_size, z.testzip())
    with z.open('a.txt') as f:
        print(repr(f).split(' name=')[0], f.readline(), len(f.read()))
    with io.TextIOWrapper(z.open('a.txt'), encoding='utf-8') as t:
        print(t.readline().strip())
    try:
        z.getinfo('missing')
    except KeyError as e:
        print('KeyError', e)
    try:
        z.read('nope')
    except KeyError as e:
        print('KeyError', e)
    print(z.extract('b.bin', 'ex'), sorted(os.listdir('ex')))
    z.extractall('all')
    print(sorted(os.path.relpath(os.path.join(r, f), 'all') for r, ds, fs in os.walk('all') for f in fs + [x + '/' for x in ds]))
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr(zipfile.ZipInfo('x/', (2022, 2, 2, 2, 2, 2)), '')
    z.writestr(zipfile.ZipInfo('x/y.txt', (2022, 2, 2, 2, 2, 2)), 'yy')
    z.comment = b'archive comment'
print(buf.getvalue())
with zipfile.ZipFile(buf) as z:
    print(z.comment, z.namelist(), z.read('x/y.txt'))
with zipfile.ZipFile('out.zip', 'a') as z:
    z.writestr(zipfile.ZipInfo('appended.txt', (2023, 3, 3, 3, 3, 4)), 'more')
with zipfile.ZipFile('out.zip') as z:
    print(z.namelist(), z.read('appended.txt'))
print(hashlib.md5(open('out.zip', 'rb').read()).hexdigest())
try:
    zipfile.ZipFile('a.txt')
except zipfile.BadZipFile as e:
    print('BadZipFile', e)
try:
    zipfile.ZipFile('nope.zip')
except FileNotFoundError as e:
    print(e)
try:
    zipfile.ZipFile('x.zip', 'q')
except ValueError as e:
    print(e)
try:
    zipfile.ZipInfo('old', (1970, 1, 1, 0, 0, 0))
except ValueError as e:
    print(e)
z = zipfile.ZipFile(io.BytesIO(), 'w'); z.close()
try:
    z.writestr('a', 'b')
except ValueError as e:
    print(e)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    with zipfile.ZipFile(io.BytesIO(), 'w') as z:
        z.writestr(zipfile.ZipInfo('dup'), 'a')
        z.writestr(zipfile.ZipInfo('dup'), 'b')
print([str(w.message) for w in caught], caught[0].category.__name__)
bad = bytearray(data); bad[40] ^= 0xff
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as z:
    print(z.testzip())
    try:
        z.read('a.txt')
    except zipfile.BadZipFile as e:
        print(e)
print(zipfile.ZipInfo('q'), zipfile.ZipInfo('dir/'))

os.chdir('/')
shutil.rmtree(d)
