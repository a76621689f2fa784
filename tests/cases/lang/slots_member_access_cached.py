# `__slots__` members read and written through the attribute cache: unset slots, deletes,
# refused extra attributes, subclasses with and without their own slots, mangled names.
class S:
    __slots__ = ("x", "y", "__z")
    def __init__(self, x):
        self.x = x
        self.__z = 3
    def z(self): return self.__z
class T(S):
    __slots__ = ("w",)
s = S(1)
print(s.x, s.z())
try:
    s.y
except AttributeError as e:
    print(e)
s.y = 5; print(s.y); del s.y
try:
    del s.y
except AttributeError as e:
    print(e)
try:
    s.q = 1
except AttributeError as e:
    print(e)
t = T(2); t.w = 9; t.x = 4; print(t.x, t.w, t.z())
class U(S): pass
u = U(3); u.extra = 1; u.x = 7; print(u.x, u.extra, u.__dict__)
for i in range(3):
    s.x = i
print(s.x, S.x, type(S.x).__name__)
