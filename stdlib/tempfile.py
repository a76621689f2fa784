"""tempfile: temporary files and directories, named as CPython 3.11 names them.

Names are the prefix ('tmp' by default), eight characters from [a-z0-9_], then the suffix, in
the directory gettempdir() picks ($TMPDIR, $TEMP, $TMP, then /tmp, /var/tmp, /usr/tmp, the
working directory). Files are created exclusively, so two callers never share one.
"""

import os as _os
import sys as _sys
import io as _io
import types as _types
import warnings as _warnings
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir',
           'gettempdir', 'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        _rng = _random.Random()
    return ''.join(_rng.choice(_CHARACTERS) for _ in range(8))


def _candidate_tempdir_list():
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        if _os.path.isdir(dir) and _os.access(dir, _os.W_OK | _os.X_OK):
            return dir
    raise FileNotFoundError(2, 'No usable temporary directory found in %s'
                            % _candidate_tempdir_list())


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template) if hasattr(_os, 'fsencode') else template.encode()


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _sanitize_params(prefix, suffix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir)


def _create_file(dir, prefix, suffix):
    """Creates a new empty file exclusively (mode 0o600) and returns its absolute name."""
    fd, name = mkstemp(suffix, prefix, dir)
    _os.close(fd)
    return name


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a temporary file readable and writable only by its owner; returns
    (descriptor, absolute name). The caller closes the descriptor and removes the file."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = _os.open(name, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(name)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(file):
            return file
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file object that removes its file when closed (if delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def __iter__(self):
        for line in self.file:
            yield line

    def __del__(self):
        if not self.__dict__.get('_closed', True):
            self.close()

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at 0x%x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    if 'b' not in mode and encoding is None and hasattr(_io, 'text_encoding'):
        encoding = _io.text_encoding(encoding)
    name = _create_file(dir, prefix, suffix)
    try:
        file = open(name, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """An anonymous temporary file: created, then unlinked at once, so it has no name
    (its `name` is the descriptor, as on CPython for Linux) and vanishes when closed."""
    if 'b' not in mode:
        encoding = _io.text_encoding(encoding)
    fd, name = mkstemp(suffix, prefix, dir)
    _os.unlink(name)
    try:
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file that lives in memory (a BytesIO, or a text wrapper over one)
    until it grows past max_size (when max_size is not 0), fileno() is asked for, or
    rollover() is called; then its contents move to a real TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding, errors=errors,
                                           newline=newline)
        self._max_size = max_size
        self._rolled = False
        # what the real file is made with, should it be needed
        self._disk_args = dict(mode=mode, buffering=buffering, suffix=suffix, prefix=prefix,
                               encoding=encoding, newline=newline, dir=dir, errors=errors)

    __class_getitem__ = classmethod(_types.GenericAlias)

    def rollover(self):
        """Move the contents to a file on disk, keeping the position."""
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._disk_args)
        del self._disk_args
        where = memory.tell()
        if hasattr(disk, 'buffer'):
            disk.buffer.write(memory.detach().getvalue())
        else:
            disk.write(memory.getvalue())
        disk.seek(where, 0)
        self._file = disk
        self._rolled = True

    def _grew(self):
        if not self._rolled and self._max_size and self._file.tell() > self._max_size:
            self.rollover()

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __del__(self):
        if not self.closed:
            _warnings.warn("Unclosed file {!r}".format(self), ResourceWarning,
                           stacklevel=2, source=self)
            self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        # a BytesIO has no mode: report the one asked for
        return getattr(self._file, 'mode', None) or self._disk_args['mode']

    @property
    def name(self):
        return getattr(self._file, 'name', None)

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate() if size is None else self._file.truncate(size)

    def write(self, s):
        written = self._file.write(s)
        self._grew()
        return written

    def writelines(self, iterable):
        result = self._file.writelines(iterable)
        self._grew()
        return result


def _forward(name, is_property):
    def call(self, *args):
        return getattr(self._file, name)(*args)
    if is_property:
        return property(lambda self: getattr(self._file, name))
    call.__name__ = call.__qualname__ = name
    return call


# everything else goes straight to whichever file is current
for _name in ('flush', 'isatty', 'readable', 'read', 'read1', 'readinto', 'readinto1',
              'readline', 'readlines', 'seekable', 'seek', 'tell', 'writable', 'detach'):
    setattr(SpooledTemporaryFile, _name, _forward(_name, False))
for _name in ('encoding', 'errors', 'newlines'):
    setattr(SpooledTemporaryFile, _name, _forward(_name, True))
del _name


class TemporaryDirectory:
    """A directory removed, with everything in it, by cleanup() or at the end of a with block.

        with TemporaryDirectory() as tmpdir:
            ...
    """

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._cleaned and _os.path.exists(self.name):
            import shutil
            self._cleaned = True
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if not self.__dict__.get('_cleaned', True) and _os.path.exists(self.name):
            import shutil
            self._cleaned = True
            shutil.rmtree(self.name, ignore_errors=True)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
