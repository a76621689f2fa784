# A Protocol cannot be instantiated; classes implementing one get their real __init__ (their
# own or the first one up the MRO); calling an @overload stub names @overload as CPython 3.11.
from typing import Protocol, overload, runtime_checkable


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource(Closable):
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closing', self.name)


class Plain(Closable):
    def close(self):
        print('plain close')


class Base:
    def __init__(self, value=7):
        self.value = value


class Mixed(Closable, Base):
    def close(self):
        pass


try:
    Closable()
except TypeError as e:
    print('TypeError:', e)
Resource('db').close()
Plain().close()
Plain().close()
print(Mixed(3).value, Mixed().value, isinstance(Resource('x'), Closable), isinstance(3, Closable))


class Sub(Closable, Protocol):
    def extra(self) -> int: ...


try:
    Sub()
except TypeError as e:
    print('TypeError:', e)


@overload
def only_stub(x: int) -> int: ...


try:
    only_stub(1)
except NotImplementedError as e:
    print(e)
