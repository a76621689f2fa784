import os, os.path
name = 'corio_stdlib_file_test.txt'
with open(name, 'w') as f:
    print(repr(f)[:40], f.name, f.mode, f.closed)
    print(f.write('line one\nline two\r\nline three'), file=None)
    f.writelines(['\n', 'four\n'])
print(f.closed, os.path.exists(name), os.path.isfile(name), os.path.isdir(name), os.path.getsize(name))
with open(name) as f:
    print(repr(f.readline()), repr(f.read(5)), f.readlines())
with open(name, newline='') as f:
    print([line for line in f])
with open(name, 'rb') as f:
    data = f.read()
    print(data, type(f).__name__, repr(f))
with open(name, 'a', encoding='utf-8') as f:
    f.write('é\n')
print(open(name, encoding='utf-8').read().splitlines()[-1], open(name, 'rb').read()[-3:])
for line in open(name):
    print(line.rstrip())
with open(name, 'wb') as f:
    f.write(b'\x00\x01binary')
print(open(name, 'rb').read())
os.rename(name, name + '.2')
print(os.path.exists(name), os.path.exists(name + '.2'))
os.remove(name + '.2')
for bad in [lambda: open('definitely_missing.txt'), lambda: open('.'), lambda: open(name, 'q'), lambda: os.remove('definitely_missing.txt'),
            lambda: open(name, 'w').read(), lambda: open('/proc/version').write('x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
f = open('/proc/version'); f.close()
try:
    f.read()
except ValueError as e:
    print(e)
os.remove(name)
print(os.path.join('a', 'b', '/c', 'd'), os.path.basename('/x/y.tar.gz'), os.path.dirname('/x/y.tar.gz'), os.path.splitext('/x/y.tar.gz'), os.path.splitext('.bashrc'))
print(os.path.abspath('/a/./b/../c'), os.path.normpath('a//b/../c/.'), os.path.split('/a/b/'), os.path.isabs('x'), os.sep, os.name)
print(os.getenv('CORIO_NOPE'), os.getenv('CORIO_NOPE', 'dflt'), 'PATH' in os.environ, type(os.getpid()).__name__, os.cpu_count() > 0, os.getcwd() == os.path.abspath('.'))
os.environ['CORIO_X'] = '1'; print(os.environ['CORIO_X'], os.getenv('CORIO_X'))
d = 'corio_stdlib_dir_test/a/b'
os.makedirs(d, exist_ok=True); os.makedirs(d, exist_ok=True)
print(sorted(os.listdir('corio_stdlib_dir_test')), os.path.isdir(d))
try:
    os.makedirs(d)
except FileExistsError as e:
    print('exists', e)
os.rmdir(d); os.rmdir('corio_stdlib_dir_test/a'); os.rmdir('corio_stdlib_dir_test')
