"""platform: the system and interpreter identity (system, release, machine, node, platform(),
uname(), python_version(), libc_ver(), freedesktop_os_release()), as CPython 3.11 reports
them on Linux. corio runs CPython 3.11's language, so python_implementation() is 'CPython'."""

import collections
import os
import sys

__version__ = '1.0.8'


class uname_result(collections.namedtuple('uname_result_base',
                                          'system node release version machine')):
    """uname() with a lazily computed `processor` field."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]

    def __repr__(self):
        return 'uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)' % \
            tuple(tuple.__iter__(self))


uname_result.__module__ = 'platform'
_uname_cache = None
_processor_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def _processor():
    # CPython asks `uname -p` on Linux; 'unknown' becomes ''.
    global _processor_cache
    if _processor_cache is None:
        import subprocess
        try:
            out = subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL, text=True)
        except (OSError, subprocess.CalledProcessError):
            out = ''
        out = out.strip()
        _processor_cache = '' if out == 'unknown' else out
    return _processor_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    import struct
    return ('%dbit' % (struct.calcsize('P') * 8), 'ELF')


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    ver = os.confstr('CS_GNU_LIBC_VERSION')
    if ver:
        parts = ver.split(maxsplit=1)
        if len(parts) == 2:
            return parts[0], parts[1]
    return lib, version


def _platform(*args):
    platform = '-'.join(x.strip() for x in filter(len, args))
    for old in (' ', '/', '\\', ':', ';', '"', '(', ')'):
        platform = platform.replace(old, '_' if old == ' ' else '-')
    platform = platform.replace('unknown', '')
    while True:
        cleaned = platform.replace('--', '-')
        if cleaned == platform:
            break
        platform = cleaned
    while platform[-1] == '-':
        platform = platform[:-1]
    return platform


def platform(aliased=0, terse=0):
    system_, node_, release_, version_, machine_, processor_ = uname()
    if system_ == 'Linux':
        libcname, libcversion = libc_ver()
        return _platform(system_, release_, machine_, processor_, 'with',
                         libcname + libcversion)
    if terse:
        return _platform(system_, release_)
    return _platform(system_, release_, machine_, processor_)


def system_alias(system, release, version):
    return system, release, version


def python_implementation():
    return 'CPython'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('main', '')


def python_compiler():
    return ''


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def freedesktop_os_release():
    """The key=value pairs of /etc/os-release (or /usr/lib/os-release), unquoted."""
    for candidate in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(candidate, encoding='utf-8') as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in lines:
            line = line.strip()
            if not line or line.startswith('#') or '=' not in line:
                continue
            key, value = line.split('=', 1)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
                value = value[1:-1]
            info[key] = value
        return info
    raise OSError(2, 'Unable to read files /etc/os-release, /usr/lib/os-release')
