# pickle.dumps gives CPython's bytes (opcodes, memo, frames, Python 2 names below protocol 3)
# for builtin values, containers, shared and recursive references, classes and instances.
import pickle, collections, datetime, enum, fractions, decimal
class A:
    def __init__(self, x): self.x = x; self.items = [x, 'y']
    def __eq__(self, o): return type(o) is A and o.__dict__ == self.__dict__
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
class Color(enum.Enum):
    RED = 1
P = collections.namedtuple('P', 'x y')
class MyList(list): pass
class MyInt(int): pass
class WithState:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): self.__dict__.update(st); self.b = 'restored'
shared = [1, 2]
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**64, -2**100, 10**300,
          0.0, -1.5, 1e300, float('inf'), '', 'abc', 'é' * 3, 'x' * 300, b'', b'ab', b'z' * 300, bytearray(b'ba'),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, [2, [3]]], {}, {'a': 1}, {'a': 1, 'b': [1, 2]}, {1, 2, 3}, frozenset({4}), set(),
          1 + 2j, range(1, 10, 2), slice(1, 5), [shared, shared], (shared, shared), A(5), P(1, 2), Color.RED, MyList([1, 2]), MyInt(7),
          collections.OrderedDict(a=1), collections.Counter('aab'), collections.defaultdict(list, {'a': [1]}), collections.deque([1, 2], maxlen=3),
          len, A, int, type(None), ValueError('bad', 2), KeyError('k'), list(range(1200)), dict.fromkeys(range(1005))]
for proto in range(0, 6):
    for v in values:
        try:
            data = pickle.dumps(v, protocol=proto)
        except Exception as e:
            print(proto, type(v).__name__, 'ERR', type(e).__name__, e)
            continue
        back = pickle.loads(data)
        same = back == v or repr(back) == repr(v)
        print(proto, type(v).__name__, data if len(data) < 120 else (len(data), data[:60]), same)
s = S(); b = pickle.loads(pickle.dumps(s)); print(b.a, hasattr(b, 'b'), pickle.dumps(s))
w = pickle.loads(pickle.dumps(WithState())); print(w.a, w.b, pickle.dumps(WithState()))
rec = []; rec.append(rec); r2 = pickle.loads(pickle.dumps(rec)); print(r2 is r2[0], pickle.dumps(rec))
d = {}; d['self'] = d; print(pickle.dumps(d))
t = ([],); t[0].append(t); print(pickle.dumps(t))
print(pickle.loads(pickle.dumps(datetime.date(2024, 1, 2))), pickle.loads(pickle.dumps(fractions.Fraction(1, 3))), pickle.loads(pickle.dumps(decimal.Decimal('1.5'))))
