import shutil, os, tempfile, zipfile, time
os.environ['TZ'] = 'UTC'; time.tzset()
d = tempfile.mkdtemp(); os.chdir(d)
os.makedirs('proj/src/pkg'); os.makedirs('proj/empty')
for p in ['proj/README', 'proj/src/main.py', 'proj/src/pkg/__init__.py']:
    with open(p, 'w') as f: f.write(p * 3)
for r, ds, fs in os.walk('proj'):
    for x in ds + fs: os.utime(os.path.join(r, x), (1700000000, 1700000000))
os.utime('proj', (1700000000, 1700000000))
name = shutil.make_archive('out/backup', 'zip', root_dir='proj')
print(os.path.relpath(name, d), sorted(zipfile.ZipFile(name).namelist()))
name2 = shutil.make_archive('b2', 'zip', base_dir='proj')
print(name2, sorted(zipfile.ZipFile(name2).namelist()))
print(open(name2, 'rb').read() == open(name2, 'rb').read(), len(open(name2, 'rb').read()))
shutil.unpack_archive(name, 'restored')
print(sorted(os.path.join(r, f) for r, ds, fs in os.walk('restored') for f in fs))
try:
    shutil.make_archive('x', 'rar')
except ValueError as e:
    print(e)
try:
    shutil.unpack_archive('proj/README')
except shutil.ReadError as e:
    print(type(e).__name__, e)
os.chdir('/'); shutil.rmtree(d)
