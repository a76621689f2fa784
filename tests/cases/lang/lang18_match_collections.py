def t(v):
    try:
        match v:
            case int(x) if x > 5: return ("big int", x)
            case bool(b): return ("bool", b)
            case int(): return "int"
            case float(f) | complex(f): return ("num", f)
            case str() | bytes(): return "text"
            case [int(a), str(b)]: return ("pair", a, b)
            case {"t": "pt", "xy": [x, y]}: return ("pt", x, y)
            case dict(d) if not d: return "empty dict"
            case list([*rest]): return ("list", rest)
            case tuple((a, *_)): return ("tuple", a)
            case set(): return "set"
            case None: return "none"
            case _: return "other"
    except Exception as e:
        return f"{type(e).__name__}: {e}"
for v in [10, 3, True, 1.5, 2j, "s", b"b", [1, "a"], {"t": "pt", "xy": [1, 2]}, {}, [1, 2], (5, 6), {1}, None, object]:
    print(repr(v) if v is not object else "object", t(v))
class P:
    __match_args__ = ("x",)
    def __init__(self): self.x = 1
def m(v):
    try:
        match v:
            case P(a, b): return "two"
    except TypeError as e:
        return str(e)
print(m(P()))
class Q: pass
def m2(v):
    try:
        match v:
            case Q(a): return "one"
    except TypeError as e:
        return str(e)
print(m2(Q()))
def m3(v):
    try:
        match v:
            case int(a, b): return "one"
    except TypeError as e:
        return str(e)
print(m3(5))
def m4(v):
    try:
        match v:
            case len(): return "x"
    except TypeError as e:
        return str(e)
print(m4(5))
class R:
    __match_args__ = ["x"]
def m5(v):
    try:
        match v:
            case R(x): return "x"
    except TypeError as e:
        return str(e)
print(m5(R()))
class S:
    __match_args__ = (1,)
def m6(v):
    try:
        match v:
            case S(x): return "x"
    except TypeError as e:
        return str(e)
print(m6(S()))
class T:
    __match_args__ = ("a", "a")
    a = 1
def m7(v):
    try:
        match v:
            case T(x, y): return "x"
    except TypeError as e:
        return str(e)
print(m7(T()))
def m8(v):
    try:
        match v:
            case P(x=1, y=2): return "got"
            case P(x=q): return ("q", q)
    except TypeError as e:
        return str(e)
print(m8(P()))
import collections
Pt = collections.namedtuple("Pt", "x y")
match Pt(1, 2):
    case Pt(x, y=yy): print("nt", x, yy)
from dataclasses import dataclass
@dataclass
class DC:
    a: int
    b: str = "z"
match DC(1):
    case DC(1, b): print("dc", b)
import enum
class Color(enum.Enum):
    RED = 1
    BLUE = 2
for c in Color:
    match c:
        case Color.RED: print("red")
        case Color.BLUE: print("blue")
match "hello world".split():
    case ["hello", name]: print("hi", name)
match {"a": 1, "b": 2}:
    case {"a": 1} if False: pass
    case {"b": v, **kw}: print(v, kw)
x = 5
match 5:
    case Color.RED: pass
    case 5.0: print("float eq int")
match -1:
    case -1: print("neg literal")
match 1+2j:
    case 1+2j: print("complex literal")
match "abc":
    case "a" "bc": print("concat")
match b"x":
    case b"x": print("bytes lit")
match (1, 2):
    case [1, 2]: print("seq any")
match "ab":
    case [a, b]: print("str is seq?")
    case _: print("str not seq")
match collections.deque([1, 2]):
    case [a, b]: print("deque seq", a, b)
match range(2):
    case [a, b]: print("range seq", a, b)
match memoryview(b"ab"):
    case [a, b]: print("mv seq", a, b)
match bytearray(b"ab"):
    case [a, b]: print("ba seq")
    case _: print("ba not seq")
match collections.OrderedDict(a=1):
    case {"a": v}: print("od map", v)
match collections.defaultdict(int):
    case {"missing": v}: print("dd found", v)
    case _: print("dd not found")
class MyMap(collections.abc.Mapping):
    def __getitem__(self, k):
        print("getitem", k)
        return 1
    def __len__(self): return 1
    def __iter__(self): return iter(["k"])
match MyMap():
    case {"k": v}: print("custom map", v)

import collections, collections.abc, types, array
class MySeq(collections.abc.Sequence):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
class Plain:
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
collections.abc.Sequence.register(Plain)
class PlainSub(Plain): pass
class Reg2: 
    def __getitem__(self, k): return 5
    def get(self, k, d=None): return 5 if k == "a" else d
    def __len__(self): return 1
    def __iter__(self): return iter(["a"])
collections.abc.Mapping.register(Reg2)
class S(str): pass
collections.abc.Sequence.register(S)
class Mixed(Plain, dict): pass
def kind(v):
    match v:
        case {"a": x}: return ("map", x)
        case [a, b]: return ("seq2", a, b)
        case [*_]: return "seq"
        case {}: return "map-other"
        case _: return "neither"
for v in [MySeq(), Plain(), PlainSub(), Reg2(), S("ab"), collections.UserList([1, 2]), collections.UserDict(a=1),
          collections.Counter(a=3), collections.ChainMap({"a": 9}), types.MappingProxyType({"a": 0}),
          array.array("i", [7, 8]), memoryview(b"xy"), collections.deque([1]), "ab", b"ab", bytearray(b"ab"),
          {1, 2}, frozenset(), iter([1, 2]), (x for x in [1, 2]), collections.OrderedDict(a=4), dict.fromkeys("a"),
          {}.keys(), range(2)]:
    print(type(v).__name__, kind(v))
print("__abc_tpflags__" in collections.abc.Sequence.__dict__, hasattr(memoryview, "__abc_tpflags__"))
dd = collections.defaultdict(list)
match dd:
    case {"x": v}: print("found")
    case _: print("not found", dict(dd))
class GetLogger(dict):
    def get(self, k, d=None):
        print("get called", k)
        return super().get(k, d)
    def __getitem__(self, k):
        print("getitem called", k)
        return super().__getitem__(k)
match GetLogger(a=1, b=2):
    case {"a": 1, "b": bb}: print("bb", bb)
