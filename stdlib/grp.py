"""grp: the group database, read from /etc/group, with CPython's struct_group and errors."""

from _os_system import _struct_seq

struct_group = _struct_seq('grp.struct_group', ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'))


def getgrall():
    """Every entry of the group database, in file order."""
    entries = []
    try:
        with open('/etc/group', encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError:
        return entries
    for line in lines:
        parts = line.split(':')
        if len(parts) != 4 or line.startswith(('#', '+', '-')):
            continue
        try:
            gid = int(parts[2])
        except ValueError:
            continue
        members = [m for m in parts[3].split(',') if m]
        entries.append(struct_group((parts[0], parts[1], gid, members)))
    return entries


def getgrgid(id):
    if not isinstance(id, int):
        raise TypeError('group id should be integer, not %s' % type(id).__name__)
    for entry in getgrall():
        if entry.gr_gid == id:
            return entry
    raise KeyError('getgrgid(): gid not found: %d' % id)


def getgrnam(name):
    if not isinstance(name, str):
        raise TypeError('getgrnam() argument must be str, not %s' % type(name).__name__)
    for entry in getgrall():
        if entry.gr_name == name:
            return entry
    raise KeyError('getgrnam(): name not found: %r' % name)
