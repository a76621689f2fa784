"""zipfile.Path: a pathlib-like view of the members of a zip archive.

Directories an archive only implies (a member 'a/b/c.txt' with no 'a/' or 'a/b/' entry)
are treated as present, as CPython does."""

import io
import posixpath


def _implied_dirs(names):
    """The parent directories ('a/', 'a/b/') of names that have no entry of their own, in
    the order they are first implied."""
    present = set(names)
    implied = []
    for name in names:
        parent = posixpath.dirname(name.rstrip('/'))
        chain = []
        while parent:
            chain.append(parent + '/')
            parent = posixpath.dirname(parent)
        for directory in reversed(chain):
            if directory not in present:
                present.add(directory)
                implied.append(directory)
    return implied


class _Listing:
    """The archive's member names plus its implied directories, read once per archive
    object (and again when members are added)."""

    def __init__(self, archive):
        self.archive = archive
        self._count = None
        self._names = ()
        self._set = frozenset()

    def names(self):
        current = self.archive.namelist()
        if len(current) != self._count:
            self._count = len(current)
            self._names = current + _implied_dirs(current)
            self._set = frozenset(self._names)
        return self._names

    def name_set(self):
        self.names()
        return self._set

    def as_dir_if_implied(self, name):
        """`name` + '/' when only that directory form is in the archive."""
        known = self.name_set()
        if name not in known and name + '/' in known:
            return name + '/'
        return name


class Path:
    """A member (or directory) of a zip archive, addressed like a pathlib.Path.

    Path('archive.zip') is the archive's top; path / 'dir' / 'file.txt' goes down."""

    def __init__(self, root, at=""):
        from zipfile import ZipFile
        if not isinstance(root, ZipFile):
            root = ZipFile(root)
        self.root = root
        self.at = at
        self._listing = _Listing(root)

    def _at(self, at):
        child = Path.__new__(type(self))
        child.root, child.at, child._listing = self.root, at, self._listing
        return child

    # ---- reading ----

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """The member opened for reading or writing: binary with 'b' in mode, otherwise text
        (the extra arguments go to io.TextIOWrapper)."""
        if self.is_dir():
            raise IsADirectoryError(self)
        kind = mode[0]
        if kind == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, kind, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        if not args:
            kwargs['encoding'] = io.text_encoding(kwargs.get('encoding'))
        return io.TextIOWrapper(stream, *args, **kwargs)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()

    # ---- what it is ----

    def is_dir(self):
        return not self.at or self.at.endswith('/')

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self._listing.name_set()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        here = self.at.rstrip('/')
        return (self._at(name) for name in self._listing.names()
                if posixpath.dirname(name.rstrip('/')) == here)

    # ---- names ----

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def _pure(self):
        import pathlib
        return pathlib.PurePosixPath(self.at) if self.at else self.filename

    @property
    def name(self):
        return self._pure().name

    @property
    def suffix(self):
        return self._pure().suffix

    @property
    def suffixes(self):
        return self._pure().suffixes

    @property
    def stem(self):
        return self._pure().stem

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        up = posixpath.dirname(self.at.rstrip('/'))
        return self._at(up + '/' if up else up)

    def joinpath(self, *other):
        return self._at(self._listing.as_dir_if_implied(posixpath.join(self.at, *other)))

    __truediv__ = joinpath

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self.root.filename, self.at)
