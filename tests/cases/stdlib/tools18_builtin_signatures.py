import inspect, collections, enum, dataclasses
print(len.__text_signature__)
print(repr(max.__text_signature__), repr(object.__init__.__text_signature__), "a".upper.__text_signature__)
print(inspect.signature(str.upper), inspect.signature("a".upper), inspect.signature(object().__str__))
print(inspect.signature(object), inspect.signature(dict.pop.__call__) if False else '')
for f in [dict.pop, anext]:
    try:
        inspect.signature(f)
    except ValueError as e:
        print(e)
sig = inspect.signature(sorted)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default)
print(sig.bind([3, 1], reverse=True))
try:
    sig.bind()
except TypeError as e:
    print(e)
print(inspect.signature(int.to_bytes).parameters['byteorder'].default)
print(inspect.signature(list.index))
import math
print(inspect.signature(math.log10), inspect.signature(math.isclose))
print(inspect.signature(dict.fromkeys), inspect.signature(int.from_bytes))
print(inspect.signature(print))
class A: pass
class E(Exception): pass
class D(dict): pass
class L(list):
    def __init__(self, x): pass
class Meta(type):
    def __call__(cls, a, b=2): pass
class M(metaclass=Meta): pass
class N:
    def __new__(cls, p, *, q): pass
Pt = collections.namedtuple('Pt', 'x y')
class Col(enum.Enum):
    R = 1
@dataclasses.dataclass
class DC:
    x: int
    y: str = 'a'
for c in [A, E, D, L, M, N, Pt, Col, DC, object, type, int, enumerate, list, tuple, complex, float, property, reversed, memoryview, dict, set, zip, slice, Exception, ValueError, bool, bytes]:
    try:
        print(c.__name__, inspect.signature(c))
    except Exception as e:
        print(c.__name__, type(e).__name__, e)
import inspect
for f in [len, sorted, print, max, min, iter, next, getattr, divmod, pow, round, isinstance, sum, abs, repr, hash, open, zip, map, int, str, dict.get, list.append, str.split, str.join, dict.fromkeys, [].append, "x".split, object.__init__, enumerate, range, sorted, any, vars, dir, format, setattr, hasattr, id, input, ord, chr, hex, bin, callable, anext, aiter, exec, eval, compile, __import__, issubclass, locals, globals, delattr, list.sort, dict.pop, dict.setdefault, str.replace, str.encode, bytes.decode, int.to_bytes, int.from_bytes, list.index, str.startswith, dict.update, set.add, list.insert, list.pop, str.format, tuple.count]:
    try:
        print(getattr(f, '__name__', f), inspect.signature(f))
    except Exception as e:
        print(getattr(f, '__name__', f), type(e).__name__, e)
print(len.__text_signature__, sorted.__text_signature__, print.__text_signature__, list.append.__text_signature__)
import math, operator, os, time, json, re
for f in [math.sqrt, math.floor, math.isclose, math.log, operator.add, os.getcwd, os.path.join, time.sleep, json.dumps, re.compile, math.gcd, time.time, os.listdir]:
    try:
        print(getattr(f, '__name__', f), inspect.signature(f))
    except Exception as e:
        print(getattr(f, '__name__', f), type(e).__name__, e)
s = inspect.signature(len)
print(repr(s), list(s.parameters), s.parameters['obj'].kind)
print(s.bind([1]).arguments)
