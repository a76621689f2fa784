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
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s'
                        % type(p).__name__)
    result = method(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(result).__name__))
    return result


def _sep(p):
    """The separator of p's own type: every function works on str and on bytes alike."""
    return b'/' if isinstance(p, bytes) else '/'


def _check_arg_types(funcname, *args):
    """Re-raise a failure inside a multi-path function as CPython words it: a
    non-path argument, or str mixed with bytes."""
    kinds = set()
    for arg in args:
        if not isinstance(arg, (str, bytes)):
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike '
                            f'object, not {type(arg).__name__!r}') from None
        kinds.add(isinstance(arg, bytes))
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


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
    sep = _sep(paths[0])
    dot = sep[:0] + (b'.' if isinstance(sep, bytes) else '.')
    try:
        split_paths = [path.split(sep) for path in paths]
        isabs_set = {p[:1] == sep for p in paths}
        if len(isabs_set) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_set.pop() else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def expandvars(path):
    """Replace $name and ${name} with environment values; unknown names stay as written."""
    import os
    import re
    path = _fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        return os.fsencode(expandvars(os.fsdecode(path)))
    if '$' not in path:
        return path

    def repl(m):
        name = m.group(1) or m.group(2)
        return os.environ.get(name, m.group(0))
    return re.sub(r'\$(?:(\w+)|\{([^}]*)\})', repl, path)


def join(a, *p):
    a = _fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep  # CPython's check that `a` alone is a path of one type
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # a name made only of leading dots (".bashrc") has no extension
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    return split(p)[0]


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep(s))


def normpath(path):
    path = _fspath(path)
    sep = _sep(path)
    if isinstance(path, bytes):
        dot, dotdot = b'.', b'..'
    else:
        dot, dotdot = '.', '..'
    if not path:
        return dot
    if path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2  # POSIX leaves the meaning of exactly two slashes open
    elif path.startswith(sep):
        initial_slashes = 1
    else:
        initial_slashes = 0
    new_comps = []
    for comp in path.split(sep):
        if comp in (path[:0], dot):
            continue
        if comp != dotdot or (not initial_slashes and not new_comps) or \
                (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _os.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode('utf-8', 'surrogateescape')
        path = join(cwd, path)
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


def samestat(s1, s2):
    """Whether two stat results describe the same file (same device and inode)."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def ismount(path):
    """Whether path is a mount point: its parent is on another device, or is the same
    inode (the root). A symbolic link, or a path that cannot be examined, is not."""
    try:
        here = _os.stat(path, False)
    except (OSError, ValueError):
        return False
    if _os.file_kind(path, False) == 'link':
        return False
    path = _fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    try:
        above = _os.stat(parent, False)
    except (OSError, ValueError):
        return False
    # (mode, ino, dev, ...)
    return here[2] != above[2] or here[1] == above[1]


def expanduser(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        if not path.startswith(b'~'):
            return path
        return expanduser(path.decode('utf-8', 'surrogateescape')).encode(
            'utf-8', 'surrogateescape')
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
    # lists of components (relpath's use) compare as they are; paths go through fspath
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, here, up = b'/', b'.', b'..'
    else:
        sep, here, up = '/', '.', '..'
    start = here if start is None else _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [up] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return here
        return join(*rel_list)
    except (TypeError, AttributeError):
        _check_arg_types('relpath', path, start)
        raise
