"""posixpath (os.path): path manipulation on POSIX, with CPython's algorithms."""

import _os

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(p, '__fspath__'):
        return p.__fspath__()
    raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)


def normcase(s):
    """POSIX paths are case-sensitive: `s` unchanged (as str or bytes)."""
    return _fspath(s)


def splitdrive(p):
    """POSIX has no drives: ('', p)."""
    p = _fspath(p)
    return p[:0], p


def commonpath(paths):
    """The longest common sub-path of `paths` (ValueError for none, or absolute mixed with
    relative)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    try:
        split_paths = [path.split('/') for path in paths]
        isabs_set = {p[:1] == '/' for p in paths}
        if len(isabs_set) != 1:
            raise ValueError("Can't mix absolute and relative paths")
    except TypeError:
        raise
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if isabs_set.pop() else ''
    return prefix + '/'.join(common)


def expandvars(path):
    """Replace $name and ${name} with environment values; unknown names stay as written."""
    import os
    import re
    path = _fspath(path)
    if '$' not in path:
        return path

    def repl(m):
        name = m.group(1) or m.group(2)
        return os.environ.get(name, m.group(0))
    return re.sub(r'\$(?:(\w+)|\{([^}]*)\})', repl, path)


def join(a, *p):
    a = _fspath(a)
    path = a
    for b in map(_fspath, p):
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def isabs(s):
    return _fspath(s).startswith('/')


def normpath(path):
    path = _fspath(path)
    if path == '':
        return '.'
    initial_slashes = 2 if path.startswith('//') and not path.startswith('///') else \
        1 if path.startswith('/') else 0
    new_comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or \
                (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: absolute, with every symbolic link resolved (components that do
    not exist are kept as written unless `strict`)."""
    import os
    path = _fspath(filename)
    slash = '/' if isinstance(path, str) else b'/'
    here = '.' if isinstance(path, str) else b'.'
    up = '..' if isinstance(path, str) else b'..'
    if not path.startswith(slash):
        path = (os.getcwd() if isinstance(path, str) else os.getcwdb()) + slash + path
    pending = path.split(slash)[::-1]  # components still to resolve, next one last
    done = []  # the resolved components below the root
    hops = 0
    while pending:
        name = pending.pop()
        if not name or name == here:
            continue
        if name == up:
            if done:
                done.pop()
            continue
        candidate = slash + slash.join(done + [name])
        kind = _os.file_kind(candidate, False)
        if kind is None and strict:
            os.lstat(candidate)  # raises FileNotFoundError and friends
        if kind != 'link':
            done.append(name)
            continue
        hops += 1
        if hops > 40:
            # a cycle of links: CPython leaves the rest unresolved (strict: ELOOP)
            if strict:
                os.stat(candidate)
            done.append(name)
            done.extend(reversed(pending))
            break
        target = os.readlink(candidate)
        if type(target) is not type(slash):
            target = os.fsencode(target)
        if target.startswith(slash):
            done = []
        pending.extend(reversed(target.split(slash)))
    return slash + slash.join(done)


def exists(path):
    return _os.file_kind(path, True) is not None


def lexists(path):
    return _os.file_kind(path, False) is not None


def isfile(path):
    return _os.file_kind(path, True) == 'file'


def isdir(path):
    return _os.file_kind(path, True) == 'dir'


def islink(path):
    return _os.file_kind(path, False) == 'link'


def getsize(path):
    return _os.getsize(path)


def getmtime(path):
    return _os.getmtime(path)


def getatime(path):
    return _os.stat(path, True)[7]


def getctime(path):
    return _os.stat(path, True)[9]


def samefile(f1, f2):
    s1, s2 = _os.stat(f1, True), _os.stat(f2, True)
    return s1[1] == s2[1] and s1[2] == s2[2]


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = _os.environ.get('HOME', '/')
    else:
        return path
    return (userhome.rstrip('/') or '/') + path[i:]


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    start = curdir if start is None else start
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)
