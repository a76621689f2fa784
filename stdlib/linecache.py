"""linecache: the lines of source files, read once and kept (for tracebacks and warnings)."""

__all__ = ["getline", "clearcache", "checkcache", "getlines", "updatecache"]

# As CPython: filename -> (size, mtime, lines, fullname), lines each ending in a newline;
# scripts add entries for made-up names ("<dyn>") in this form. A 1-tuple is a lazy entry.
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of the file, with its newline; '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Forget the entries of files that changed on disk, or are gone, since they were read."""
    import os
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        # Lazy entries (1-tuples) and texts a script registered (no mtime) are kept.
        if len(entry) != 4 or entry[1] is None:
            continue
        try:
            st = os.stat(entry[3])
        except OSError:
            del cache[name]
            continue
        if (entry[0], entry[1]) != (st.st_size, st.st_mtime):
            del cache[name]


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    import os
    try:
        stat = os.stat(filename)
        with open(filename, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, ValueError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = stat.st_size, stat.st_mtime, lines, filename
    return lines
