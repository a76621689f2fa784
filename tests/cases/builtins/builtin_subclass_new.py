class P(tuple):
    __slots__ = ()
    def __new__(cls, a, b): return tuple.__new__(cls, (a, b))
    @property
    def a(self): return self[0]
    def __repr__(self): return 'P(a=%r, b=%r)' % self
p = P(1, 2); print(p.a, p, len(p), p == (1, 2), isinstance(p, tuple), hash(p) == hash((1,2)))
x, y = p; print(x, y, p[1:], list(p), tuple(p), str(p))
class S(str):
    def __new__(cls, v): return str.__new__(cls, v.upper())
s = S('ab'); print(s, type(s).__name__, s + 'c', s.lower(), repr(s), s == 'AB')
