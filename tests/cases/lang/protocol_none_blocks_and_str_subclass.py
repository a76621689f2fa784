# A special method set to None blocks the protocol's fallback with CPython's message; reversed()
# of a class with __getitem__ but no __len__ reports the missing len(); str(obj) passes on the
# str subclass instance a script __str__ returned.
class NoContains:
    __contains__ = None

    def __iter__(self):
        return iter([1])


class NoReversed:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i


class LenGetItem(GetItemOnly):
    def __len__(self):
        return 3


class S(str):
    pass


class ReturnsSub:
    def __str__(self):
        return S("sub")


class ReturnsBad:
    def __str__(self):
        return 5


tests = [
    lambda: 1 in NoContains(),
    lambda: list(reversed(NoReversed())),
    lambda: reversed(GetItemOnly()),
    lambda: list(reversed(LenGetItem())),
    lambda: reversed(5),
    lambda: reversed({1, 2}),
    lambda: type(str(ReturnsSub())).__name__,
    lambda: str(ReturnsSub()),
    lambda: type(str(S("x"))).__name__,
    lambda: type(S(ReturnsSub())).__name__,
    lambda: str(ReturnsBad()),
]
for t in tests:
    try:
        print(repr(t()))
    except TypeError as e:
        print("TypeError:", e)
