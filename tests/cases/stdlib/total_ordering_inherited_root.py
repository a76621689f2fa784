# functools.total_ordering finds an ordering method a base class defines (CPython looks the
# methods up with getattr), and fills in only the ones the class does not have.
import functools


class Version:
    def __init__(self, number):
        self.number = number

    def __lt__(self, other):
        return self.number < other.number

    def __eq__(self, other):
        return self.number == other.number


@functools.total_ordering
class Release(Version):
    pass


print(sorted(k for k in vars(Release) if k.startswith("__") and k[2:4] in ("lt", "le", "gt", "ge")))
print(Release(1) <= Release(2), Release(3) > Release(2), Release(2) >= Release(2), Release(1) < Release(1))


@functools.total_ordering
class Score(int):
    pass


print(sorted(k for k in vars(Score) if k in ("__lt__", "__le__", "__gt__", "__ge__")), Score(3) > Score(2))


class Greater:
    def __gt__(self, other):
        return True


@functools.total_ordering
class FromGreater(Greater):
    def __ge__(self, other):
        return False


print(sorted(k for k in vars(FromGreater) if k in ("__lt__", "__le__", "__gt__", "__ge__")))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
