# dataclass slots=True details (weakref_slot, inherited slots, pickling frozen slotted
# instances) and weakref.finalize / callbacks on functions.
import dataclasses
import pickle
import weakref
from dataclasses import dataclass


@dataclass(slots=True, weakref_slot=True)
class W:
    a: int


w = W(1)
print(weakref.ref(w)() is w, W.__slots__)
try:
    dataclass(weakref_slot=True)(type('Z', (), {'__annotations__': {'a': int}}))
except TypeError as e:
    print(e)


@dataclass(slots=True)
class Base:
    a: int


@dataclass(slots=True)
class Sub(Base):
    b: int = 2


print(Sub.__slots__, Sub(1), Sub(1, 3) == Sub(1, 3))


@dataclass(slots=True, weakref_slot=True)
class WS(Base):
    c: int = 0


print(WS.__slots__, weakref.ref(WS(1))() is None)


@dataclass(slots=True, frozen=True)
class FS:
    a: int
    b: str = 'x'


f = FS(1)
print(pickle.loads(pickle.dumps(f)), hasattr(f, '__dict__'), FS.__getstate__.__name__)
try:
    f.a = 2
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(e)
print(dataclasses.make_dataclass('M', ['x'], slots=True, weakref_slot=True).__slots__)


def g():
    pass


r = weakref.ref(g, lambda r: print('g died'))
del g
print('after del g', r())


def h():
    pass


weakref.finalize(h, print, 'h finalized')
del h
print('after del h')


class C:
    pass


a, b = C(), C()
weakref.finalize(a, print, 'a at exit')
weakref.finalize(b, print, 'b at exit')
print('end')
