"""sysconfig: where an installation keeps its files (install schemes and their paths),
the platform tag, and the build's configuration variables, reported the way CPython
3.11 reports them on Linux."""

import os
import sys

__all__ = [
    'get_config_h_filename', 'get_config_var', 'get_config_vars',
    'get_makefile_filename', 'get_path', 'get_path_names', 'get_paths',
    'get_platform', 'get_python_version', 'get_scheme_names', 'parse_config_h',
]

# The path names every scheme defines, in CPython's order (platinclude is an extra
# some schemes carry without it being listed here).
_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')


def _scheme(names, templates):
    return dict(zip(names, templates))


_PY = 'python{py_version_short}'
_FULL_NAMES = _PATH_NAMES[:5] + ('platinclude',) + _PATH_NAMES[5:]

# the layout of an ordinary prefix install, also used to bootstrap a venv
_PREFIX_LAYOUT = (
    '{installed_base}/{platlibdir}/' + _PY,
    '{platbase}/{platlibdir}/' + _PY,
    '{base}/lib/' + _PY + '/site-packages',
    '{platbase}/{platlibdir}/' + _PY + '/site-packages',
    '{installed_base}/include/' + _PY + '{abiflags}',
    '{installed_platbase}/include/' + _PY + '{abiflags}',
    '{base}/bin',
    '{base}',
)
_WINDOWS_LAYOUT = (
    '{installed_base}/Lib', '{base}/Lib', '{base}/Lib/site-packages',
    '{base}/Lib/site-packages', '{installed_base}/Include', '{installed_base}/Include',
    '{base}/Scripts', '{base}',
)
_HOME_LAYOUT = (
    '{installed_base}/lib/python', '{base}/lib/python', '{base}/lib/python',
    '{base}/lib/python', '{installed_base}/include/python',
    '{installed_base}/include/python', '{base}/bin', '{base}',
)

_SCHEMES = {
    'posix_prefix': _scheme(_FULL_NAMES, _PREFIX_LAYOUT),
    'posix_home': _scheme(_FULL_NAMES, _HOME_LAYOUT),
    'nt': _scheme(_FULL_NAMES, _WINDOWS_LAYOUT),
    'posix_venv': _scheme(_FULL_NAMES, _PREFIX_LAYOUT),
    'nt_venv': _scheme(_FULL_NAMES, _WINDOWS_LAYOUT),
}
_SCHEMES['venv'] = _SCHEMES['nt_venv' if os.name == 'nt' else 'posix_venv']


def _getuserbase():
    """The per-user base directory (PYTHONUSERBASE overrides it)."""
    chosen = os.environ.get('PYTHONUSERBASE')
    if chosen:
        return chosen
    if os.name == 'nt':
        return os.path.expanduser(os.path.join(os.environ.get('APPDATA') or '~', 'Python'))
    return os.path.expanduser(os.path.join('~', '.local'))


# per-user schemes (the user base always exists on Linux)
_WIN_USER = '{userbase}/Python{py_version_nodot_plat}'
_SCHEMES['nt_user'] = _scheme(_PATH_NAMES, (
    _WIN_USER, _WIN_USER, _WIN_USER + '/site-packages', _WIN_USER + '/site-packages',
    _WIN_USER + '/Include', _WIN_USER + '/Scripts', '{userbase}'))
_SCHEMES['posix_user'] = _scheme(_PATH_NAMES, (
    '{userbase}/{platlibdir}/' + _PY, '{userbase}/{platlibdir}/' + _PY,
    '{userbase}/lib/' + _PY + '/site-packages', '{userbase}/lib/' + _PY + '/site-packages',
    '{userbase}/include/' + _PY, '{userbase}/bin', '{userbase}'))
_SCHEMES['osx_framework_user'] = _scheme(_PATH_NAMES, (
    '{userbase}/lib/python', '{userbase}/lib/python', '{userbase}/lib/python/site-packages',
    '{userbase}/lib/python/site-packages', '{userbase}/include/' + _PY, '{userbase}/bin',
    '{userbase}'))

_VERSION = '%d.%d' % sys.version_info[:2]
_VERSION_NODOT = '%d%d' % sys.version_info[:2]
_MULTIARCH = getattr(sys.implementation, '_multiarch', 'x86_64-linux-gnu')

_config_vars = None


def is_python_build(check_home=None):
    """False: this interpreter does not run from a CPython source tree."""
    if check_home is not None:
        import warnings
        warnings.warn("check_home argument is deprecated and ignored.",
                      DeprecationWarning, stacklevel=2)
    return False


def get_python_version():
    """'MAJOR.MINOR' of the language version."""
    return _VERSION


def get_platform():
    """The platform tag wheels and build directories use, e.g. 'linux-x86_64'."""
    if os.name == 'nt':
        return 'win-amd64' if 'amd64' in sys.version.lower() else sys.platform
    if os.name != 'posix' or not hasattr(os, 'uname'):
        return sys.platform
    forced = os.environ.get('_PYTHON_HOST_PLATFORM')
    if forced:
        return forced
    info = os.uname()
    system = info.sysname.lower().replace('/', '')
    machine = info.machine.replace(' ', '_').replace('/', '-')
    if system.startswith('linux'):
        return '%s-%s' % (system, machine)
    return '%s-%s-%s' % (system, info.release, machine)


def get_scheme_names():
    """The names of every install scheme, sorted."""
    return tuple(sorted(_SCHEMES))


def get_path_names():
    """The path names a scheme defines."""
    return _PATH_NAMES


def get_preferred_scheme(key):
    """The scheme for a 'prefix', 'home' or 'user' install on this platform."""
    if key == 'prefix' and sys.prefix != sys.base_prefix:
        return 'venv'
    if os.name == 'nt':
        preferred = {'prefix': 'nt', 'home': 'posix_home', 'user': 'nt_user'}
    else:
        preferred = {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}
    return preferred[key]


def get_default_scheme():
    return get_preferred_scheme('prefix')


def _fill(template, values):
    try:
        return template.format(**values)
    except KeyError as missing:
        # an unknown placeholder may still be an environment variable
        try:
            return template.format(**os.environ)
        except KeyError:
            raise AttributeError(f'{missing}') from None


def get_paths(scheme=get_default_scheme(), vars=None, expand=True):
    """{path name: path} for an install scheme (the default one if not given);
    with expand=False, the unexpanded templates."""
    if not expand:
        return _SCHEMES[scheme]
    values = {} if vars is None else vars
    for name, value in get_config_vars().items():
        values.setdefault(name, value)
    if os.name == 'nt':
        values = values | {'platlibdir': 'lib'}
    return {name: os.path.normpath(_fill(os.path.expanduser(template), values))
            for name, template in _SCHEMES[scheme].items()}


def get_path(name, scheme=get_default_scheme(), vars=None, expand=True):
    """One path of an install scheme."""
    return get_paths(scheme, vars, expand)[name]


def _project_base():
    if sys.executable:
        try:
            return os.path.dirname(os.path.realpath(sys.executable))
        except OSError:
            return os.path.dirname(sys.executable)
    return os.getcwd()


def _build_config_vars():
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    base_prefix = os.path.normpath(sys.base_prefix)
    soabi = 'cpython-%s-%s' % (_VERSION_NODOT, _MULTIARCH)
    libdir = prefix + '/lib'
    libdest = '%s/python%s' % (libdir, _VERSION)
    libpl = '%s/config-%s-%s' % (libdest, _VERSION, _MULTIARCH)
    include = '%s/include/python%s' % (prefix, _VERSION)
    found = {
        # the placeholders install schemes use
        'prefix': prefix,
        'exec_prefix': exec_prefix,
        'py_version': '%d.%d.%d' % sys.version_info[:3],
        'py_version_short': _VERSION,
        'py_version_nodot': _VERSION_NODOT,
        'installed_base': base_prefix,
        'base': prefix,
        'installed_platbase': os.path.normpath(sys.base_exec_prefix),
        'platbase': exec_prefix,
        'projectbase': _project_base(),
        'platlibdir': sys.platlibdir,
        'abiflags': getattr(sys, 'abiflags', ''),
        'py_version_nodot_plat': getattr(sys, 'winver', '').replace('.', ''),
        # what the build's Makefile records, for a standard Linux build
        'ABIFLAGS': '',
        'BINDIR': exec_prefix + '/bin',
        'BINLIBDEST': libdest,
        'CC': 'gcc',
        'CONFINCLUDEPY': include,
        'DESTLIB': libdest,
        'EXE': '',
        'EXT_SUFFIX': '.%s.so' % soabi,
        'HAVE_FORK': 1,
        'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu',
        'INCLUDEDIR': prefix + '/include',
        'INCLUDEPY': include,
        'LDLIBRARY': 'libpython%s.so' % _VERSION,
        'LDVERSION': _VERSION,
        'LIBDEST': libdest,
        'LIBDIR': libdir,
        'LIBPL': libpl,
        'LIBRARY': 'libpython%s.a' % _VERSION,
        'MACHDEP': sys.platform,
        'MANDIR': prefix + '/share/man',
        'MULTIARCH': _MULTIARCH,
        'Py_DEBUG': 0,
        'Py_ENABLE_SHARED': 1,
        'SHLIB_SUFFIX': '.so',
        'SIZEOF_INT': 4,
        'SIZEOF_LONG': 8,
        'SIZEOF_SIZE_T': 8,
        'SIZEOF_VOID_P': 8,
        'SOABI': soabi,
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:'
                  '/etc/zoneinfo',
        'VERSION': _VERSION,
        'WITH_DOC_STRINGS': 1,
        'WITH_PYMALLOC': 1,
    }
    found['userbase'] = _getuserbase()
    # an installed interpreter's srcdir is the directory holding its Makefile
    found['srcdir'] = libpl
    return found


def get_config_vars(*args):
    """All configuration variables as a dict; with names, a list of their values
    (None for an unknown one)."""
    global _config_vars
    if _config_vars is None:
        _config_vars = _build_config_vars()
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """One configuration variable, or None."""
    return get_config_vars().get(name)


def get_makefile_filename():
    """Where the build's Makefile would be installed."""
    return os.path.join(get_config_var('LIBPL'), 'Makefile')


def get_config_h_filename():
    """Where the build's pyconfig.h would be installed."""
    return os.path.join(get_path('platinclude'), 'pyconfig.h')


def parse_config_h(fp, vars=None):
    """{name: value} from the '#define NAME value' lines of a pyconfig.h-style file
    (values that read as integers become ints; '/* #undef NAME */' gives 0)."""
    import re
    found = {} if vars is None else vars
    defined = re.compile(r"#define ([A-Z][A-Za-z0-9_]+) (.*)\n")
    undefined = re.compile(r"/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n")
    for line in iter(fp.readline, ''):
        hit = defined.match(line)
        if hit:
            name, value = hit.group(1, 2)
            if name != 'MACOSX_DEPLOYMENT_TARGET':
                try:
                    value = int(value)
                except ValueError:
                    pass
            found[name] = value
            continue
        hit = undefined.match(line)
        if hit:
            found[hit.group(1)] = 0
    return found


def expand_makefile_vars(s, vars):
    """s with each $(NAME) or ${NAME} replaced from vars, repeatedly."""
    import re
    reference = re.compile(r"\$\(([A-Za-z][A-Za-z0-9_]*)\)|\$\{([A-Za-z][A-Za-z0-9_]*)\}")
    while True:
        hit = reference.search(s)
        if hit is None:
            return s
        s = s[:hit.start()] + vars.get(hit.group(1) or hit.group(2)) + s[hit.end():]


def _main():
    print('Platform: "%s"' % get_platform())
    print('Python version: "%s"' % get_python_version())
    print('Current installation scheme: "%s"' % get_default_scheme())
    for title, table in (('Paths', get_paths()), ('Variables', get_config_vars())):
        print()
        for i, (key, value) in enumerate(sorted(table.items())):
            if i == 0:
                print('%s: ' % title)
            print('\t%s = "%s"' % (key, value))


if __name__ == '__main__':
    _main()
