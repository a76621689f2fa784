# str.format edge cases, weak references (what may be referenced, proxies) and the reprs of
# built-in methods, checked against CPython 3.11.
import re
import weakref


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def strip(s):
    return re.sub(r'0x[0-9a-f]+', '0x', s)


# str.format takes its keyword dict unchecked: a non-str key can never name a field.
show(lambda: '{0}'.format(**{1: 2}))
show(lambda: '{a}'.format(**{1: 2, 'a': 3}))
show(lambda: dict(**{1: 2}))
show(lambda: (lambda **k: k)(**{1: 2}))
show(lambda: '{} {1}'.format(1, 2))
show(lambda: '}'.format())
show(lambda: '{0[5]}'.format([1, 2]))
show(lambda: '{0[y]}'.format({'x': 5}))
show(lambda: '{0.foo}'.format(3))
show(lambda: '{0:{1:{2}}}'.format(3, 5, 6))
show(lambda: '{!x}'.format('x'))
show(lambda: '{0[}'.format('x'))


class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'


show(lambda: '{name} {x}'.format_map(D(name=1)))


class C:
    def m(self):
        pass


def f():
    pass


class S:
    __slots__ = ('a',)


class W:
    __slots__ = ('a', '__weakref__')


class I(int):
    pass


class E(Exception):
    pass


import math
for make in [object, set, frozenset, lambda: f, lambda: C, C, lambda: C().m, lambda: len,
             lambda: math, lambda: (x for x in ()), S, W, I, E, ValueError,
             lambda: 5, lambda: 'x', lambda: (1,), lambda: [1], lambda: {}, lambda: None]:
    o = make()
    try:
        r = weakref.ref(o)
        print('ok', type(o).__name__, r() is o)
    except TypeError as e:
        print('TypeError', e)

print(strip(repr(weakref.ref(C))))
print(strip(repr(weakref.ref(f))))
c = C()
print(strip(repr(weakref.ref(c))))


class T:
    def __init__(self):
        self.v = 3
        self.items = [1, 2, 3]

    def __len__(self):
        return 7

    def __add__(self, o):
        return ('add', o)

    def __radd__(self, o):
        return ('radd', o)

    def __getitem__(self, k):
        return k

    def __iter__(self):
        return iter(self.items)

    def __call__(self, x):
        return x * 2


t = T()
p = weakref.proxy(t)
print(type(p), p.v, len(p), p + 1, 1 + p, p[5], list(p), p(4), isinstance(p, T))
n = C()
pn = weakref.proxy(n)
print(type(pn), strip(repr(pn)))
pn.attr = 5
print(n.attr)
del pn.attr
print(hasattr(n, 'attr'))
try:
    hash(pn)
except TypeError as e:
    print(e)
del n
try:
    pn.x
except ReferenceError as e:
    print('ReferenceError', e)

for o in [str.maketrans, str.upper, "a".upper, int.__add__, (1).__add__, object.__init__,
          list.append, [].append, dict.fromkeys, type.__call__, object.__new__, int.__new__,
          len, int.from_bytes, dict.__dict__['fromkeys'], list.__len__, [].__len__]:
    print(strip(repr(o)))
print(int.__new__.__self__ is int, str.maketrans.__self__ is str)
