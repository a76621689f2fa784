"""Object-oriented filesystem paths (POSIX flavour): `PurePath` for path arithmetic and
`Path` for the filesystem operations, on `os` and `os.path`."""

import os
import re

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(text):
    """(root, parts without root) of a path string, normalised like CPython's pathlib."""
    root = ""
    if text.startswith("/"):
        # POSIX keeps exactly two leading slashes; one or three and more become one.
        root = "//" if text.startswith("//") and not text.startswith("///") else "/"
    parts = [p for p in text.split("/") if p and p != "."]
    return root, parts


class PurePath:
    __slots__ = ("_root", "_tail", "_str")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root = ""
        tail = []
        for a in args:
            if isinstance(a, PurePath):
                r, parts = a._root, list(a._tail)
            else:
                a = os.fspath(a)
                if not isinstance(a, str):
                    raise TypeError("argument should be a str or an os.PathLike object where "
                                    "__fspath__ returns a str, not %r" % type(a).__name__)
                r, parts = _parse(a)
            if r:
                root, tail = r, parts
            else:
                tail.extend(parts)
        return cls._make(root, tail)

    @classmethod
    def _make(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = tuple(tail)
        self._str = None
        return self

    def _new(self, root, tail):
        return type(self)._make(root, tail)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + "/".join(self._tail)) or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(str(self).encode('utf-8'))

    def is_reserved(self):
        return False

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def __bytes__(self):
        return os.fsencode(str(self)) if hasattr(os, "fsencode") else str(self).encode()

    # Windows paths compare case-insensitively; paths of the two flavours never compare
    # equal and do not order (CPython's _cparts and _flavour checks).
    _windows = False

    def _cparts(self):
        return self.parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._windows == other._windows and self._cparts() == other._cparts()

    def __hash__(self):
        return hash(str(self))

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._windows == other._windows

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts() < other._cparts()

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts() <= other._cparts()

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts() > other._cparts()

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts() >= other._cparts()

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)._from_args((self,) + args)

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + self._tail

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._tail[-1] if self._tail else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        return name[i:] if 0 < i < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._new(self._root, self._tail[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._tail:
            p = p.parent
            out.append(p)
        return tuple(out)

    def is_absolute(self):
        return bool(self._root)

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def relative_to(self, *other):
        base = type(self)(*other)
        n = len(base.parts)
        if self._cparts()[:n] != base._cparts() or \
                (base._root.lower() != self._root.lower() if self._windows else base._root != self._root):
            raise ValueError("%r is not in the subpath of %r OR one path is relative and the "
                             "other is absolute." % (str(self), str(base)))
        return self._new("", self.parts[n:])

    def _bad_name(self, name):
        return not name or "/" in name or name == "."

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if self._bad_name(name):
            raise ValueError("Invalid name %r" % (name,))
        return self._new(self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (self._windows and "\\" in suffix) or suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._new(self._root, self._tail[:-1] + (name,))

    def match(self, pattern):
        pat = type(self)(pattern)
        if not pat._tail:
            raise ValueError("empty pattern")
        fold = str.lower if self._windows else str
        if pat._root:
            if len(pat._tail) != len(self._tail) or fold(pat._root) != fold(self._root):
                return False
        elif len(pat._tail) > len(self._tail):
            return False
        for part, p in zip(reversed(self._tail), reversed(pat._tail)):
            if not _fnmatch(p, self._windows).fullmatch(part):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


def _win_splitroot(part):
    """(drive, root, rest) of one Windows path string written with backslashes: a drive
    letter (`c:`), a UNC share (`\\\\server\\share`) or none, then the root backslash."""
    if part[:2] == "\\\\" and part[2:3] != "\\":
        first = part.find("\\", 2)
        if first != -1:
            second = part.find("\\", first + 1)
            if second != first + 1:
                if second == -1:
                    second = len(part)
                return part[:second], "\\", part[second + 1:]
    drive = root = ""
    if part[1:2] == ":" and part[:1].isascii() and part[:1].isalpha():
        drive, part = part[:2], part[2:]
    if part[:1] == "\\":
        root, part = "\\", part.lstrip("\\")
    return drive, root, part


_WIN_RESERVED = ({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
                 | {"COM%s" % c for c in "123456789\xb9\xb2\xb3"}
                 | {"LPT%s" % c for c in "123456789\xb9\xb2\xb3"})


class PureWindowsPath(PurePath):
    """Windows path arithmetic, on any system: drives, UNC shares, backslashes, and names
    compared without case."""
    __slots__ = ()
    _windows = True

    @classmethod
    def _from_args(cls, args):
        texts = []
        for a in args:
            if not isinstance(a, PurePath):
                a = os.fspath(a)
                if not isinstance(a, str):
                    raise TypeError("argument should be a str or an os.PathLike object where "
                                    "__fspath__ returns a str, not %r" % type(a).__name__)
            texts.append(str(a).replace("/", "\\"))
        # matches CPython 3.11: the last argument with a drive or root anchors the path (a
        # root alone takes the drive of an earlier argument); what came before it is dropped.
        drive = root = ""
        tail = []
        for i in range(len(texts) - 1, -1, -1):
            d, r, rest = _win_splitroot(texts[i])
            tail[:0] = [p for p in rest.split("\\") if p and p != "."]
            if d or r:
                if not d:
                    for earlier in reversed(texts[:i]):
                        d = _win_splitroot(earlier)[0]
                        if d:
                            break
                drive, root = d, r
                break
        return cls._make(drive + root, tail)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + "\\".join(self._tail)) or "."
        return self._str

    def as_posix(self):
        return str(self).replace("\\", "/")

    def _cparts(self):
        return tuple(p.lower() for p in self.parts)

    def __hash__(self):
        return hash(self._cparts())

    @property
    def drive(self):
        return self._root[:-1] if self._root.endswith("\\") else self._root

    @property
    def root(self):
        return "\\" if self._root.endswith("\\") else ""

    def is_absolute(self):
        return bool(self.drive and self.root)

    def is_reserved(self):
        if not self._tail or self._root.startswith("\\\\"):
            return False
        name = self._tail[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return name.upper() in _WIN_RESERVED

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        path = self.as_posix()
        drive = self.drive
        if len(drive) == 2 and drive[1] == ":":
            return "file:///" + drive + quote_from_bytes(path[2:].encode("utf-8"))
        return "file:" + quote_from_bytes(path.encode("utf-8"))

    def _bad_name(self, name):
        d, r, rest = _win_splitroot(name.replace("/", "\\"))
        return (not name or name[-1] in "/\\" or d or r or "\\" in rest or "/" in rest
                or rest in ("", "."))


def _fnmatch(pattern, ignore_case=False):
    """A compiled regex for one glob path component (`*`, `?`, `[...]`)."""
    out = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = pattern.find("]", i + 1 if i < n and pattern[i] in "!]" else i)
            if j < 0:
                out.append("\\[")
            else:
                body = pattern[i:j].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[" + body + "]")
                i = j + 1
        else:
            out.append(re.escape(c))
    return re.compile("".join(out), re.S | re.I if ignore_case else re.S)


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def absolute(self):
        if self._root:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        p = os.path.realpath(os.path.abspath(str(self)))
        if strict and not os.path.exists(p):
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return type(self)(p)

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        data = memoryview(data).tobytes() if not isinstance(data, (bytes, bytearray)) else data
        with self.open("wb") as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            # Matches CPython: touching an existing file updates its times.
            os.utime(str(self), None)
            return
        with self.open("a"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.remove(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        return self.rename(target)

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(str(self))

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode)

    def lchmod(self, mode):
        os.chmod(str(self), mode, follow_symlinks=False)

    def owner(self):
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def readlink(self):
        return self._new_from_str(os.readlink(str(self)))

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(str(target), str(self))

    def hardlink_to(self, target):
        os.link(str(target), str(self))

    def link_to(self, target):
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled for removal in "
                      "Python 3.12. Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, stacklevel=2)
        os.link(str(self), str(target))

    def _new_from_str(self, text):
        return type(self)(text)

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = os.stat(other_path)
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def _mode_is(self, kind):
        try:
            return (self.stat().st_mode & 0o170000) == kind
        except (OSError, ValueError):
            return False

    def is_fifo(self):
        return self._mode_is(0o010000)

    def is_socket(self):
        return self._mode_is(0o140000)

    def is_block_device(self):
        return self._mode_is(0o060000)

    def is_char_device(self):
        return self._mode_is(0o020000)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        parent = self.parent
        try:
            parent_dev = parent.stat().st_dev
        except OSError:
            return False
        if self.stat().st_dev != parent_dev:
            return True
        return self.stat().st_ino == parent.stat().st_ino

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._new(self._root, self._tail + (name,))

    def _children(self, recursive):
        for child in self.iterdir():
            yield child
            if recursive and child.is_dir() and not child.is_symlink():
                yield from child._children(True)

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        parts = [p for p in pattern.split("/") if p and p != "."]
        return self._glob(parts)

    def rglob(self, pattern):
        return self.glob("**/" + pattern)

    def _glob(self, parts):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == "**":
            dirs = [self] + [c for c in self._children(True) if c.is_dir()]
            seen = set()
            for d in dirs:
                for m in d._glob(rest):
                    if m not in seen:
                        seen.add(m)
                        yield m
            return
        if not any(c in head for c in "*?["):
            child = self / head
            if rest:
                if child.is_dir():
                    yield from child._glob(rest)
            elif child.exists():
                yield child
            return
        rx = _fnmatch(head)
        try:
            children = list(self.iterdir())
        except OSError:
            return
        for child in children:
            # matches CPython 3.11: pathlib's wildcards match hidden names too (glob's don't)
            if rx.fullmatch(child.name):
                if rest:
                    if child.is_dir():
                        yield from child._glob(rest)
                else:
                    yield child


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
