"""Guess the MIME type of a file from its name, and the extensions of a MIME type, from
the built-in table plus the system's mime.types files, as CPython's `mimetypes` (strict and
non-strict tables, compression encodings such as `.gz`, suffix aliases such as `.tgz`)."""

import os
import posixpath

import _mimetypes_data

__all__ = ["knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions",
           "guess_extension", "add_type", "init", "read_mime_types", "suffix_map",
           "encodings_map", "types_map", "common_types"]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None


class MimeTypes:
    """A MIME types database: `types_map` and `types_map_inv` are (non-strict, strict)
    pairs of dicts."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_mimetypes_data.ENCODINGS)
        self.suffix_map = dict(_mimetypes_data.SUFFIXES)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, type in _mimetypes_data.TYPES.items():
            self.add_type(type, ext, True)
        for ext, type in _mimetypes_data.COMMON_TYPES.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        url = os.fspath(url)
        scheme, rest = _split_scheme(url)
        if scheme == 'data':
            # data:[<mediatype>][;base64],<data>
            comma = rest.find(',')
            if comma < 0:
                return None, None
            semi = rest.find(';', 0, comma)
            media = rest[:semi] if semi >= 0 else rest[:comma]
            if '=' in media or '/' not in media:
                media = 'text/plain'
            return media, None
        base, ext = posixpath.splitext(rest)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is None and not strict:
            found = self.types_map[False].get(ext)
        return found, encoding

    def guess_all_extensions(self, type, strict=True):
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in extensions:
                    extensions.append(ext)
        return extensions

    def guess_extension(self, type, strict=True):
        extensions = self.guess_all_extensions(type, strict)
        return extensions[0] if extensions else None

    def read(self, filename, strict=True):
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        for line in iter(fp.readline, ''):
            words = line.split()
            for i, word in enumerate(words):
                if word[0] == '#':
                    del words[i:]
                    break
            if words:
                for suffix in words[1:]:
                    self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        pass


def _split_scheme(url):
    """`scheme:rest` as urllib.parse's _splittype splits it: a scheme is whatever comes
    before the first colon, if that has no slash (lowercased)."""
    colon = url.find(':')
    if colon > 0 and '/' not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


def guess_type(url, strict=True):
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for file in files:
        if os.path.isfile(file):
            db.read(file)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


suffix_map = dict(_mimetypes_data.SUFFIXES)
encodings_map = dict(_mimetypes_data.ENCODINGS)
types_map = dict(_mimetypes_data.TYPES)
common_types = dict(_mimetypes_data.COMMON_TYPES)
