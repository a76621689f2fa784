# __slots__ on subclasses of the variable-size built-ins (int, bytes, tuple, type) must be empty; the __dict__/__weakref__ entries other bases get.
for b in (int, bytes, tuple, str, float, list, dict, complex, type):
    for slots in [('x',), (), ('__dict__',), ('__weakref__',)]:
        try:
            C = type('C', (b,), {'__slots__': slots}); print(b.__name__, slots, 'ok', [k for k in C.__dict__ if k.startswith('__d') or k.startswith('__w') or k == 'x'])
        except TypeError as e: print(b.__name__, slots, e)
class MyInt(int): pass
try:
    class C2(MyInt):
        __slots__ = ("x",)
except TypeError as e: print(e)
class Mixin: pass
try:
    class C3(Mixin, tuple):
        __slots__ = ("x",)
except TypeError as e: print(e)
