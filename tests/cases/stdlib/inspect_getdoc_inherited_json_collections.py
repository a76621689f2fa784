import inspect, functools, collections, enum, dataclasses, json
class A:
    """A's doc."""
    def m(self):
        """m doc"""
class B(A):
    def m(self): pass
print(inspect.getdoc(B), inspect.getdoc(B.m), inspect.getdoc(B().m))
print(inspect.getsource(A.m) if False else "", inspect.isclass(A), inspect.ismethod(B().m), inspect.getmro(B)[1].__name__)
print(inspect.getmembers(A, inspect.isfunction)[0][0], inspect.signature(functools.partial(lambda a, b, c=1: 0, 1)))
print(inspect.cleandoc("  x\n    y\n  z"), inspect.getattr_static(B(), "m").__name__)
class Color(enum.Flag):
    RED = 1; GREEN = 2; BLUE = 4; WHITE = 7
print(Color.RED | Color.BLUE, Color.WHITE, list(Color), Color(3), repr(Color(6)), Color.WHITE & ~Color.RED, len(Color.WHITE))
try: Color(8)
except ValueError as e: print(e)
class E(enum.IntEnum):
    A = 1
print(json.dumps({"e": E.A, "k": [E.A]}), json.dumps(E.A))
@dataclasses.dataclass
class D:
    x: int
    y: list = dataclasses.field(default_factory=list)
print(json.dumps(dataclasses.asdict(D(1, [D(2)]))), inspect.signature(D))
Point = collections.namedtuple("Point", ["x", "y"])
print(json.dumps(Point(1, 2)), json.dumps({"p": Point(1, 2)}, indent=1))
od = collections.OrderedDict(a=1); od["b"] = 2; print(json.dumps(od), collections.Counter("aab") + collections.Counter("b"))
dd = collections.defaultdict(lambda: "n/a"); print(dd["x"], dict(dd))
print(functools.reduce(lambda acc, kv: acc | {kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
class C(B):
    @property
    def p(self): "prop doc"; return 1
    @classmethod
    def make(cls): "classmethod doc"
class C2(C):
    @property
    def p(self): return 2
    @classmethod
    def make(cls): pass
    class Inner:
        def m(self): pass
print(inspect.getdoc(C2.p), inspect.getdoc(C2.make), inspect.getdoc(C2), inspect.getdoc(C2.Inner), inspect.getdoc(C2.Inner.m), inspect.getdoc(lambda: 0))
def f(): "fdoc"
print(classmethod(f).__doc__, staticmethod(f).__doc__, property(f).__doc__)
def g(): pass
print(classmethod(g).__doc__, staticmethod(g).__doc__, property(g).__doc__)
class A:
    @classmethod
    def m(cls): pass
print(A.__dict__['m'].__doc__, A.m.__doc__)
