"""pwd: the password database, read from /etc/passwd (what CPython's getpwuid/getpwnam
return on systems without other NSS sources), with CPython's struct_passwd and errors."""

from _os_system import _struct_seq

struct_passwd = _struct_seq('pwd.struct_passwd', ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid',
                                                  'pw_gecos', 'pw_dir', 'pw_shell'))


def getpwall():
    """Every entry of the password database, in file order."""
    entries = []
    try:
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError:
        return entries
    for line in lines:
        parts = line.split(':')
        if len(parts) != 7 or line.startswith(('#', '+', '-')):
            continue
        try:
            uid, gid = int(parts[2]), int(parts[3])
        except ValueError:
            continue
        entries.append(struct_passwd((parts[0], parts[1], uid, gid, parts[4], parts[5], parts[6])))
    return entries


def getpwuid(uid):
    if not isinstance(uid, int):
        raise TypeError('uid should be integer, not %s' % type(uid).__name__)
    for entry in getpwall():
        if entry.pw_uid == uid:
            return entry
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getpwnam(name):
    if not isinstance(name, str):
        raise TypeError('getpwnam() argument must be str, not %s' % type(name).__name__)
    for entry in getpwall():
        if entry.pw_name == name:
            return entry
    raise KeyError('getpwnam(): name not found: %r' % name)
