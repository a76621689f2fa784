"""Multi-valued mappings for HTTP headers and query strings, like the `multidict` package:
MultiDict, CIMultiDict (case-insensitive keys) and their read-only proxies, with its reprs."""

__all__ = ('MultiDict', 'CIMultiDict', 'MultiDictProxy', 'CIMultiDictProxy')

_MISSING = object()


class _Base:
    """Ordered (key, value) entries; a key may repeat. `_fold` decides key equality."""

    @staticmethod
    def _fold(key):
        return key

    def _find(self, key):
        want = self._fold(key)
        return [v for k, v in self._items if self._fold(k) == want]

    def __getitem__(self, key):
        found = self._find(key)
        if not found:
            raise KeyError(key)
        return found[0]

    def get(self, key, default=None):
        found = self._find(key)
        return found[0] if found else default

    def getone(self, key, default=_MISSING):
        found = self._find(key)
        if found:
            return found[0]
        if default is _MISSING:
            raise KeyError(key)
        return default

    def getall(self, key, default=_MISSING):
        found = self._find(key)
        if found:
            return found
        if default is _MISSING:
            raise KeyError(key)
        return default

    def __contains__(self, key):
        want = self._fold(key)
        return any(self._fold(k) == want for k, _ in self._items)

    def _unique_keys(self):
        seen = {}
        for k, _ in self._items:
            seen.setdefault(self._fold(k), k)
        return list(seen.values())

    def __iter__(self):
        # Matches multidict 6.5+/7: iterating (and keys()) gives each key once.
        return iter(self._unique_keys())

    def __len__(self):
        return len(self._items)

    def keys(self):
        return _KeysView(self._unique_keys())

    def values(self):
        return _ValuesView([v for _, v in self._items])

    def items(self):
        return _ItemsView(list(self._items))

    def __eq__(self, other):
        if isinstance(other, _Base):
            return [(self._fold(k), v) for k, v in self._items] == \
                   [(self._fold(k), v) for k, v in other._items]
        if hasattr(other, 'items'):
            return len(self) == len(other) and all(self.get(k, _MISSING) == v for k, v in other.items())
        return NotImplemented

    def __repr__(self):
        body = ', '.join(f'{k!r}: {v!r}' for k, v in self._items)
        return f'<{type(self).__name__}({body})>'


class _View:
    """keys()/values()/items() of a multidict: a snapshot with multidict's repr."""

    def __init__(self, entries):
        self._entries = entries

    def __len__(self):
        return len(self._entries)

    def __iter__(self):
        return iter(self._entries)

    def __contains__(self, item):
        return item in self._entries

    def __eq__(self, other):
        if isinstance(other, _View):
            other = other._entries
        if isinstance(other, (list, tuple)):
            return self._entries == list(other)
        if isinstance(other, (set, frozenset)):
            return set(self._entries) == other
        return NotImplemented

    def _show(self, entry):
        return repr(entry)

    def __repr__(self):
        return f'<{type(self).__name__}({", ".join(self._show(e) for e in self._entries)})>'


class _KeysView(_View):
    pass


class _ValuesView(_View):
    pass


class _ItemsView(_View):
    def _show(self, entry):
        return f'{entry[0]!r}: {entry[1]!r}'


class MultiDict(_Base):
    def __init__(self, *args, **kwargs):
        self._items = []
        self.extend(*args, **kwargs)

    def add(self, key, value):
        self._items.append((key, value))

    def extend(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f'{type(self).__name__} takes at most 1 positional argument ({len(args)} given)')
        if args:
            src = args[0]
            if isinstance(src, _Base) or hasattr(src, 'items'):
                src = src.items()
            for k, v in src:
                self.add(k, v)
        for k, v in kwargs.items():
            self.add(k, v)

    def __setitem__(self, key, value):
        want = self._fold(key)
        for i, (k, _) in enumerate(self._items):
            if self._fold(k) == want:
                self._items[i] = (key, value)
                self._items = self._items[:i + 1] + [
                    kv for kv in self._items[i + 1:] if self._fold(kv[0]) != want]
                return
        self._items.append((key, value))

    def __delitem__(self, key):
        want = self._fold(key)
        kept = [kv for kv in self._items if self._fold(kv[0]) != want]
        if len(kept) == len(self._items):
            raise KeyError(key)
        self._items = kept

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self.add(key, default)
        return default

    def pop(self, key, default=_MISSING):
        if key in self:
            value = self[key]
            want = self._fold(key)
            for i, (k, _) in enumerate(self._items):
                if self._fold(k) == want:
                    del self._items[i]
                    break
            return value
        if default is _MISSING:
            raise KeyError(key)
        return default

    popone = pop

    def popall(self, key, default=_MISSING):
        if key in self:
            values = self.getall(key)
            del self[key]
            return values
        if default is _MISSING:
            raise KeyError(key)
        return default

    def update(self, *args, **kwargs):
        other = MultiDict(*args, **kwargs)
        for k, v in other.items():
            self[k] = v

    def clear(self):
        self._items = []

    def copy(self):
        return type(self)(self._items)


class CIMultiDict(MultiDict):
    @staticmethod
    def _fold(key):
        return key.lower() if isinstance(key, str) else key


class MultiDictProxy(_Base):
    def __init__(self, md):
        if not isinstance(md, (MultiDict, MultiDictProxy)):
            raise TypeError(f'ctor requires MultiDict or MultiDictProxy instance, not {type(md)}')
        self._md = md

    @property
    def _items(self):
        return self._md._items

    def copy(self):
        return MultiDict(self._items)


class CIMultiDictProxy(MultiDictProxy):
    _fold = staticmethod(CIMultiDict._fold)

    def copy(self):
        return CIMultiDict(self._items)
