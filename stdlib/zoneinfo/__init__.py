"""zoneinfo: IANA time zones (ZoneInfo) read from the system's TZif files, with CPython's
key validation, cache, reprs and errors; times past the file's last transition follow its
POSIX TZ rule (_zoneinfo_rule)."""

import os
from datetime import tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo',
          '/etc/zoneinfo')


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        for path in to:
            if not os.path.isabs(path):
                raise ValueError(f"tzpaths must be a list of absolute paths, got {to!r}")
        TZPATH = tuple(to)


def _validate_key(key):
    if not isinstance(key, str):
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(key).__name__}")
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normalized = os.path.normpath(key)
    if len(normalized) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    # Resolved under a stand-in directory, the key must stay inside it.
    base = os.path.normpath(os.path.join('_', '_'))[:-1]
    if not os.path.normpath(os.path.join(base, normalized)).startswith(base):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_file(key):
    _validate_key(key)
    for root in TZPATH:
        path = os.path.join(root, key)
        if os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The set of keys with a TZif file under TZPATH."""
    found = set()
    for root in TZPATH:
        if not os.path.isdir(root):
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            if dirpath == root:
                for skip in ('right', 'posix', 'posixrules'):
                    if skip in dirnames:
                        dirnames.remove(skip)
            for name in filenames:
                path = os.path.join(dirpath, name)
                try:
                    with open(path, 'rb') as f:
                        if f.read(4) != b'TZif':
                            continue
                except OSError:
                    continue
                found.add(os.path.relpath(path, root))
    found.discard('posixrules')
    found.discard('localtime')
    return found


class ZoneInfo(tzinfo):
    """An IANA time zone: ZoneInfo('Europe/Paris')."""

    _cache = {}

    def __new__(cls, key):
        instance = cls._cache.get(key)
        if instance is None:
            instance = cls._cache.setdefault(key, cls._new_instance(key))
        return instance

    @classmethod
    def no_cache(cls, key):
        return cls._new_instance(key)

    @classmethod
    def _new_instance(cls, key):
        path = _find_file(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        self = object.__new__(cls)
        self._key = key
        self._file_repr = None
        with open(path, 'rb') as f:
            self._load(f.read())
        return self

    @classmethod
    def from_file(cls, fobj, /, key=None):
        self = object.__new__(cls)
        self._key = key
        self._file_repr = repr(fobj)
        self._load(fobj.read())
        return self

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    def _load(self, data):
        from _zoneinfo_rule import load_tzif
        (self._trans_utc, self._trans_wall, self._ttinfos, self._before,
         self._rule) = load_tzif(data)

    @property
    def key(self):
        return self._key

    def __str__(self):
        return str(self._key) if self._key is not None else repr(self)

    def __repr__(self):
        if self._key is not None:
            return f"{type(self).__module__}.{type(self).__name__}(key={self._key!r})"
        return f"{type(self).__module__}.{type(self).__name__}.from_file({self._file_repr})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key,))

    @classmethod
    def _unpickle(cls, key):
        return cls(key)

    # tzinfo protocol

    def utcoffset(self, dt):
        return self._find(dt)[0]

    def dst(self, dt):
        return self._find(dt)[1]

    def tzname(self, dt):
        return self._find(dt)[2]

    def _find(self, dt):
        from _zoneinfo_rule import find_local
        if dt is None:
            # matches CPython: a zone with one fixed offset (no transitions, no DST rule)
            # answers for dt=None; any other zone gives None
            if not self._trans_utc and (self._rule is None or self._rule.dst is None):
                return self._rule.std if self._rule is not None else self._before
            return (None, None, None)
        return find_local(self, dt)

    def fromutc(self, dt):
        from _zoneinfo_rule import from_utc
        if not isinstance(dt, __import__('datetime').datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        return from_utc(self, dt)


ZoneInfo.__module__ = 'zoneinfo'
