"""Run by the native `sys` module at import, inside sys's own namespace: the struct-sequence
values (version_info, float_info, ...) and the smaller attributes and hooks CPython's sys has.
It must not import anything: it runs while `sys` itself is being created."""


class _structseq(tuple):
    # CPython's struct sequences: tuples whose items are also named attributes, printed as
    # `sys.name(field=value, ...)`. Fields are answered by __getattr__ rather than a property
    # per field: sys is imported by most programs and few read more than a field or two.
    __slots__ = ()

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        fields = type(self)._structseq_fields
        if name in fields:
            return tuple.__getitem__(self, fields.index(name))
        raise AttributeError("'sys.%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __setattr__(self, name, value):
        if name in type(self)._structseq_fields:
            raise AttributeError('readonly attribute')
        raise AttributeError("'sys.%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __repr__(self):
        fields = type(self)._structseq_fields
        body = ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self))
        return 'sys.%s(%s)' % (type(self).__name__, body)

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _structseq_value(name, fields, values):
    n = len(fields)
    return type(name, (_structseq,), {'__module__': 'sys', '__slots__': (), '_structseq_fields': fields,
                                      'n_fields': n, 'n_sequence_fields': n, 'n_unnamed_fields': 0})(values)


version_info = _structseq_value(
    'version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'), version_info)
hexversion = (version_info[0] << 24) | (version_info[1] << 16) | (version_info[2] << 8) | 0xf0
maxunicode = 1114111
float_repr_style = 'short'
api_version = 1013
abiflags = ''
platlibdir = 'lib'
prefix = exec_prefix = base_prefix = base_exec_prefix = '/usr'
pycache_prefix = None
dont_write_bytecode = False
warnoptions = []
meta_path = []
path_hooks = []
path_importer_cache = {}
orig_argv = [executable] + argv
copyright = ('Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n'
             'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n'
             'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n'
             'All Rights Reserved.\n\n'
             'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n'
             'All Rights Reserved.')


# `-X int_max_str_digits=N` (checked at start-up) replaces the default limit.
_int_max_str_digits = [4300]
if 'int_max_str_digits' in _xoptions:
    _int_max_str_digits[0] = int(_xoptions['int_max_str_digits'])
    _set_int_max_str_digits(_int_max_str_digits[0])
_switch_interval = [0.005]
_trace = [None, None]


def getdefaultencoding():
    return 'utf-8'


def getfilesystemencoding():
    return 'utf-8'


def getfilesystemencodeerrors():
    return 'surrogateescape'


def getrefcount(obj, /):
    # CPython's count includes the argument's own temporary reference.
    return 2


def getswitchinterval():
    return _switch_interval[0]


def setswitchinterval(interval, /):
    if interval <= 0:
        raise ValueError('switch interval must be strictly positive')
    _switch_interval[0] = float(interval)


def get_int_max_str_digits():
    return _int_max_str_digits[0]


def set_int_max_str_digits(maxdigits):
    if maxdigits != 0 and maxdigits < 640:
        raise ValueError('maxdigits must be 0 or larger than 640')
    _int_max_str_digits[0] = maxdigits
    _set_int_max_str_digits(maxdigits)


def settrace(function, /):
    # Tracing is not supported: the function is recorded (gettrace returns it) but not called.
    _trace[0] = function


def gettrace():
    return _trace[0]


def setprofile(function, /):
    _trace[1] = function


def getprofile():
    return _trace[1]


def call_tracing(func, args, /):
    return func(*args)


def audit(event, /, *args):
    pass


def addaudithook(hook):
    pass


def is_finalizing():
    return False


def getallocatedblocks():
    return 0


_FIXED_SIZES = {
    'builtins.module': 72, 'builtins.enumerate': 72, 'builtins.zip': 64, 'builtins.map': 48,
    'builtins.filter': 48, 'builtins.slice': 56, 'builtins.dict_keys': 40, 'builtins.dict_values': 40,
    'builtins.dict_items': 40, 'builtins.range': 48, 'builtins.property': 80,
    'builtins.staticmethod': 48, 'builtins.classmethod': 48, 'builtins.cell': 40,
}


def _type_size(cls):
    # type.__sizeof__ plus the GC links: a static type is a PyTypeObject (424 with them); a
    # class made by a script is a PyHeapTypeObject (920), plus the keys table its instances'
    # managed dicts share (768) when they have one of their own: not when the dict comes with
    # a base's own layout (exceptions, types, modules, partial, OrderedDict) or the base is
    # variable-sized (int, tuple, bytes).
    if cls.__module__ == 'builtins':
        return 424
    mro = cls.__mro__
    if not any('__dict__' in vars(k) for k in mro):
        return 920
    import types
    own_layout = (BaseException, type, types.ModuleType, int, tuple, bytes)
    for k in mro:
        if k in own_layout or (k.__module__, k.__qualname__) in _OWN_DICT_TYPES:
            return 920
    return 1688


_OWN_DICT_TYPES = {('functools', 'partial'), ('collections', 'OrderedDict')}


def getsizeof(*args, **kwargs):
    # C in CPython: its argument errors use Argument Clinic's wording.
    from _clinic_args import clinic, MISSING
    obj, default = clinic('getsizeof', args, kwargs, ('object', 'default'), 1)
    if default is MISSING:
        default = None
    # The sizes CPython 3.11 reports on 64-bit Linux for the common built-in types; the
    # containers' allocations are modelled by their __sizeof__ (see container_sizeof.rs),
    # plus the GC header of the tracked ones.
    t = type(obj)
    if t is bool or t is int or t is str or t is bytearray:
        return t.__sizeof__(obj)
    if t is list or t is dict or t is set or t is frozenset:
        return t.__sizeof__(obj) + 16
    if t is float:
        return 24
    if t is complex:
        return 32
    if t is bytes:
        return 33 + len(obj)
    if t is tuple:
        return 40 + 8 * len(obj)
    if obj is None or obj is Ellipsis or obj is NotImplemented:
        return 16
    if t is object:
        return 16
    if isinstance(obj, type):
        return _type_size(obj)
    # Fixed-size objects of other built-in types (their basic size plus the GC links).
    name = f"{getattr(t, '__module__', '')}.{getattr(t, '__qualname__', '')}"
    fixed = _FIXED_SIZES.get(name)
    if fixed is not None:
        return fixed
    if name == 'collections.deque':
        # deque_sizeof: the object and its 64-slot blocks (filled from the left of the
        # first one).
        return 232 + 528 * ((len(obj) + 64) // 64)
    # A __sizeof__ of the class's own (object's default is left to the estimate below), plus
    # CPython's pre-header: the GC links, and the managed-dict pointers of an instance whose
    # `__dict__` is not at the end of a variable-sized base's items.
    if name == 'collections.defaultdict':
        # A C type in CPython: dict's object plus the default_factory pointer.
        return dict.__sizeof__(obj) + 8 + 16
    for klass in t.__mro__:
        if klass is object:
            break
        method = klass.__dict__.get('__sizeof__')
        if method is not None:
            managed = hasattr(obj, '__dict__') and not isinstance(obj, (int, tuple, bytes))
            size = method(obj) + (32 if managed else 16)
            if klass is not t and klass in (dict, list, set, frozenset):
                # The subclass's basic size: its slots and weak-reference pointer.
                size += object.__sizeof__(obj) - 16
            return size
    if t is type(getsizeof):
        return 152
    if t is type(len):
        return 72
    if default is not None:
        return default
    # An instance of a script class: object.__sizeof__ (its slots and weak-reference
    # pointer), the GC links and, with a `__dict__`, CPython 3.11's managed-dict pointers
    # before the object.
    if isinstance(obj, tuple):
        # A tuple subclass: tuple's size with its class's basic size, which holds the dict
        # pointer when the class has a dict (a var-sized object keeps it in its body).
        return 40 + 8 * len(obj) + (8 if hasattr(obj, '__dict__') else 0)
    if hasattr(t, '__slots__'):
        return object.__sizeof__(obj) + (32 if hasattr(obj, '__dict__') else 16)
    try:
        vars(obj)
    except TypeError:
        return 48
    return object.__sizeof__(obj) + 32


def excepthook(exctype, value, traceback, /):
    import traceback as _tb
    # As CPython's PyErr_Display: the exception's own traceback is shown; the tb argument is
    # only used (and stored) when the exception has none.
    if isinstance(value, BaseException):
        if value.__traceback__ is None and type(traceback).__name__ == 'traceback':
            value.__traceback__ = traceback
        traceback = value.__traceback__
    _tb.print_exception(exctype, value, traceback)


def displayhook(value, /):
    if value is None:
        return
    import builtins
    builtins._ = None
    stdout.write(repr(value) + '\n')
    builtins._ = value


def unraisablehook(unraisable, /):
    pass


def breakpointhook(*args, **kws):
    # CPython's sys_breakpointhook: PYTHONBREAKPOINT names the hook ("0" disables it, unset
    # or empty means pdb.set_trace); one that cannot be imported is skipped with a warning.
    import os
    hookname = os.environ.get('PYTHONBREAKPOINT')
    if not hookname:
        hookname = 'pdb.set_trace'
    elif hookname == '0':
        return None
    modname, dot, funcname = hookname.rpartition('.')
    if not dot:
        modname = 'builtins'
    try:
        hook = getattr(__import__(modname, fromlist=[funcname]), funcname)
    except (ImportError, AttributeError):
        import warnings
        warnings.warn('Ignoring unimportable $PYTHONBREAKPOINT: "%s"' % hookname,
                      RuntimeWarning, stacklevel=2)
        return None
    return hook(*args, **kws)


_unraisable_args_type = []


def _unraisable_args(exc_type, exc_value, exc_traceback, err_msg, object):
    # What the interpreter passes to a script's sys.unraisablehook (made on first use).
    if not _unraisable_args_type:
        class UnraisableHookArgs(_structseq):
            __slots__ = ()
            _structseq_fields = ('exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object')
            n_fields = n_sequence_fields = 5
            n_unnamed_fields = 0

            def __repr__(self):
                return 'UnraisableHookArgs(%s)' % ', '.join(
                    '%s=%r' % (f, v) for f, v in zip(self._structseq_fields, self))
        # (CPython's type is in `builtins`; a tuple subclass claiming that module would be
        # taken for the built-in tuple type itself here.)
        UnraisableHookArgs.__qualname__ = 'UnraisableHookArgs'
        _unraisable_args_type.append(UnraisableHookArgs)
    return _unraisable_args_type[0]((exc_type, exc_value, exc_traceback, err_msg, object))


_asyncgen_hooks_type = []


def get_asyncgen_hooks():
    # The struct sequence type is made on first use: few programs ask.
    if not _asyncgen_hooks_type:
        class asyncgen_hooks(_structseq):
            __slots__ = ()
            _structseq_fields = ('firstiter', 'finalizer')
            n_fields = n_sequence_fields = 2
            n_unnamed_fields = 0

            def __repr__(self):
                return 'asyncgen_hooks(firstiter=%r, finalizer=%r)' % tuple(self)
        _asyncgen_hooks_type.append(asyncgen_hooks)
    return _asyncgen_hooks_type[0](_get_asyncgen_hooks())


def set_asyncgen_hooks(*args, **kwargs):
    # CPython's argument handling ("|OO" with keywords); an argument left out keeps its hook,
    # and the finalizer is checked before firstiter.
    given = len(args) + len(kwargs)
    if given > 2:
        raise TypeError('function takes at most 2 arguments (%d given)' % given)
    names = ('firstiter', 'finalizer')
    hooks = dict(zip(names, args))
    for name, value in kwargs.items():
        if name not in names:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if name in hooks:
            raise TypeError("argument for function given by name ('%s') and position (%d)"
                            % (name, names.index(name) + 1))
        hooks[name] = value
    for name in ('finalizer', 'firstiter'):
        hook = hooks.get(name)
        if hook is not None and not callable(hook):
            raise TypeError('callable %s expected, got %s' % (name, type(hook).__name__))
    current = _get_asyncgen_hooks()
    _set_asyncgen_hooks(hooks.get('firstiter', current[0]), hooks.get('finalizer', current[1]))


__excepthook__ = excepthook
__displayhook__ = displayhook
__breakpointhook__ = breakpointhook
__unraisablehook__ = unraisablehook
builtin_module_names = ('_abc', '_ast', '_codecs', '_collections', '_functools', '_imp', '_io',
                        '_locale', '_operator', '_signal', '_sre', '_stat', '_string',
                        '_thread', '_tracemalloc', '_warnings', '_weakref', 'atexit',
                        'builtins', 'errno', 'faulthandler', 'gc', 'itertools', 'marshal',
                        'posix', 'pwd', 'sys', 'time')

def _stdlib_module_names():
    # CPython 3.11's sys.stdlib_module_names (the names, whether or not corio ships the
    # module).
    return frozenset((
        '__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs '
        '_codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections '
        '_collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses '
        '_curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib '
        '_frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof '
        '_lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode _operator '
        '_osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio '
        '_queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 '
        '_sre _ssl _stat _statistics _string _strptime _struct _symtable _thread _threading_local '
        '_tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi '
        '_zoneinfo abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop '
        'base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code '
        'codecs codeop collections colorsys compileall concurrent configparser contextlib '
        'contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib '
        'dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp '
        'fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob '
        'graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib '
        'inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox '
        'mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis '
        'nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb '
        'pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile '
        'pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline '
        'reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil '
        'signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile '
        'sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau '
        'symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this '
        'threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty '
        'turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave '
        'weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib '
        'zoneinfo'
    ).split())


def _float_info():
    return _structseq_value(
        'float_info',
        ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
         'epsilon', 'radix', 'rounds'),
        (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
         2.220446049250313e-16, 2, 1))


def _int_info():
    return _structseq_value(
        'int_info', ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
                     'str_digits_check_threshold'), (30, 4, 4300, 640))


def _hash_info():
    return _structseq_value(
        'hash_info', ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
                      'seed_bits', 'cutoff'),
        (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))


def _thread_info():
    return _structseq_value('thread_info', ('name', 'lock', 'version'),
                            ('pthread', 'semaphore', None))


def _flags():
    xoptions = _xoptions

    def docstring_probe():
        "Left out by -OO."

    # -O makes __debug__ False; -OO also leaves docstrings out.
    optimize = 0 if __debug__ else 2 if docstring_probe.__doc__ is None else 1
    # `-X utf8` and `-X utf8=1` turn UTF-8 mode on, `-X utf8=0` leaves it off.
    utf8 = 0 if xoptions.get('utf8', '0') == '0' else 1
    digits = int(xoptions.get('int_max_str_digits', -1))
    return _structseq_value(
        'flags',
        ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',
         'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet',
         'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
         'safe_path', 'int_max_str_digits'),
        (0, 0, 0, optimize, 0, 0, 0, 0, 0, 0, 0, 1, 0, 'dev' in xoptions, utf8,
         int('warn_default_encoding' in xoptions), False, digits))


def _implementation():
    class _namespace:
        # What types.SimpleNamespace is (types cannot be imported yet).
        def __init__(self, **kwargs):
            self.__dict__.update(kwargs)

        def __repr__(self):
            return 'namespace(%s)' % ', '.join('%s=%r' % kv for kv in self.__dict__.items())

    return _namespace(name='corio', cache_tag=None, version=version_info,
                      hexversion=hexversion, _multiarch='x86_64-linux-gnu')


# Built on first use: few programs read them. Making stdlib_module_names' ~300 strings at
# every start-up cost about 3% of `import asyncio`, and each struct sequence is a class.
_LAZY = {'stdlib_module_names': _stdlib_module_names, 'float_info': _float_info,
         'int_info': _int_info, 'hash_info': _hash_info, 'thread_info': _thread_info,
         'flags': _flags, 'implementation': _implementation}


# No frame of this loader shows in a traceback: CPython finds module attributes in C, and
# its AttributeError (with name and obj, for 'Did you mean') names only the caller's line.
@__import__('_traceback')._hide_frames
def __getattr__(name):
    make = _LAZY.get(name)
    if make is None:
        import sys
        raise AttributeError(f"module 'sys' has no attribute '{name}'", name=name, obj=sys)
    value = globals()[name] = make()
    return value


def __dir__():
    # What CPython's dir(sys) lists: the lazy names too, not this module's own hooks.
    hooks = {'__getattr__', '__dir__', '_LAZY', '_structseq', '_structseq_value'} | {f.__name__ for f in _LAZY.values()}
    return sorted((set(globals()) - hooks) | set(_LAZY))


