import sys, types, functools
from types import TracebackType, FrameType, CellType, MemberDescriptorType, GetSetDescriptorType, DynamicClassAttribute
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(TracebackType, isinstance(tb, TracebackType), FrameType, isinstance(sys._getframe(), FrameType))
def outer():
    v = 1
    def inner(): return v
    return inner
print(CellType, isinstance(outer().__closure__[0], CellType))
class S:
    __slots__ = ('a',)
print(MemberDescriptorType, type(S.a) is MemberDescriptorType, GetSetDescriptorType)
class Ctx:
    def __enter__(self): return self
    def __exit__(self, et: 'type[BaseException] | None', ev, etb: 'TracebackType | None') -> None:
        print('exit', et.__name__, isinstance(etb, TracebackType))
        return True
with Ctx():
    raise KeyError
class Meta(type):
    def __getattr__(cls, name): return 'meta:' + name
class D(metaclass=Meta):
    @DynamicClassAttribute
    def name(self): return 'instance name'
print(D().name, D.name)
meta, ns, kw = types.prepare_class('X', (D,), {'flag': 1})
print(meta, type(ns), kw)
X = types.new_class('X', (D,), exec_body=lambda ns: ns.update(y=2))
print(type(X), X.y, X().name)
class Node:
    def __init__(self): self.children = [self]
    @functools.recursive_repr()
    def __repr__(self): return f'Node({self.children})'
print(Node())
class Meta2(type):
    def __getattr__(cls, name):
        return 'fallback ' + name
class Desc:
    def __get__(self, obj, owner):
        raise AttributeError('nope')
class E(metaclass=Meta2):
    d = Desc()
print(E.d, E.missing, getattr(E, 'other', 'dflt'), hasattr(E, 'x'))
class Plain:
    d = Desc()
try: Plain.d
except AttributeError as e: print('AE', e)
