# os.path.realpath resolves symbolic links (relative, absolute, chained, through '..',
# loops left unresolved; strict=True raises), as do Path.resolve and os.path.samefile users.
import os, pathlib, tempfile

with tempfile.TemporaryDirectory() as tmp:
    root = os.path.realpath(tmp)
    os.chdir(root)
    os.makedirs('data/v2')
    with open('data/v2/config.ini', 'w') as f:
        f.write('[x]\n')
    os.symlink('v2', 'data/current')
    os.symlink('data/current/config.ini', 'config')
    os.symlink(os.path.join(root, 'data'), 'abs_data')
    os.symlink('../data/current/../v2/config.ini', 'data/updown')
    os.symlink('loop_b', 'loop_a')
    os.symlink('loop_a', 'loop_b')

    def show(p):
        r = os.path.realpath(p)
        rel = os.path.relpath(r, root) if isinstance(r, str) else r.replace(os.fsencode(root), b'ROOT')
        print(repr(p), '->', rel)

    for p in ['config', 'data/current', 'data/current/..', 'abs_data/current/config.ini',
              'data/updown', 'missing/../data/current', 'data/current/missing/deeper',
              b'data/current', '.', 'loop_a', './/data//current/']:
        show(p)
    print(os.readlink('config'), os.readlink(b'data/current'))
    print(os.path.realpath('/') == '/', os.path.islink('config'), os.path.samefile('config', 'data/v2/config.ini'))
    for p in ['config', 'data/nothing', 'loop_a']:
        try:
            print(os.path.relpath(os.path.realpath(p, strict=True), root))
        except OSError as e:
            print(type(e).__name__, e.errno)
    print(pathlib.Path('config').resolve().relative_to(root), pathlib.Path('abs_data/current').resolve() == pathlib.Path(root, 'data/v2'))
    with open(os.path.realpath('config')) as f:
        print(f.read().strip())
    os.chdir('/')

# os.remove / os.unlink of a link to a directory removes the link (rmtree relies on it)
with tempfile.TemporaryDirectory() as tmp:
    os.mkdir(os.path.join(tmp, 'dir'))
    os.symlink(os.path.join(tmp, 'dir'), os.path.join(tmp, 'dirlink'))
    os.unlink(os.path.join(tmp, 'dirlink'))
    print(sorted(os.listdir(tmp)))
    try:
        os.remove(os.path.join(tmp, 'dir'))
    except IsADirectoryError as e:
        print('IsADirectoryError', e.errno)
