"""`re.RegexFlag`: an int whose repr names the flags (`re.IGNORECASE|re.MULTILINE`)."""

# Definition order, which is the order CPython's repr lists combined flags in.
_NAMES = [("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
          ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128)]
_ALL = 511


class _FlagType(type):
    # What `enum.IntFlag`'s metaclass gives RegexFlag: iteration over the members, lookup by
    # name, and its repr.
    def __iter__(cls):
        return iter([cls(v) for _, v in _NAMES])

    def __len__(cls):
        return len(_NAMES)

    def __getitem__(cls, name):
        for n, v in _NAMES:
            if n == name:
                return cls(v)
        raise KeyError(name)

    def __contains__(cls, value):
        return isinstance(value, cls)

    def __repr__(cls):
        return "<flag %r>" % cls.__name__


class RegexFlag(int, metaclass=_FlagType):
    __module__ = "re"

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        if int(self) == 0:
            return "NOFLAG"
        names = [n for n, v in _NAMES if int(self) & v]
        return "|".join(names) if names else None

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = ["re." + n for n, bit in _NAMES if v & bit]
        rest = v & ~_ALL
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL & ~int(self))

    def __contains__(self, other):
        return int(other) & int(self) == int(other)

    def __hash__(self):
        return int.__hash__(self)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)


def flags_repr(flags, is_str):
    """The flags part of a Pattern repr: UNICODE is implied for str patterns."""
    if is_str:
        flags &= ~32
    if not flags:
        return None
    # Matches CPython's pattern_repr (_sre.c), which lists flags in its own table order.
    parts = ["re." + n for n, bit in _PATTERN_REPR_ORDER if flags & bit]
    rest = flags & ~_ALL
    if rest:
        parts.append(hex(rest))
    return "|".join(parts)


_PATTERN_REPR_ORDER = [("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
                       ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
                       ("ASCII", 256)]

# The members as attributes of the class too (`re.RegexFlag.DOTALL`), with the one-letter
# aliases.
for _name, _value in _NAMES + [("NOFLAG", 0), ("A", 256), ("I", 2), ("L", 4), ("U", 32),
                               ("M", 8), ("S", 16), ("X", 64), ("T", 1)]:
    setattr(RegexFlag, _name, RegexFlag(_value))
del _name, _value
