class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {}
    def hello(cls):
        return "hello from " + cls.__name__

class A(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v):
        self.v = v
    def m(self): pass

print(type(A).__name__, A.registered, A.hello())
a = A(5)
print(a.v, type(a).__name__)
class B(A, flag=2):
    pass
print(type(B) is Meta, isinstance(B, Meta), isinstance(B, type))
print(A.__qualname__, A.__module__, B.__mro__)

X = type("X", (object,), {"y": 2, "f": lambda self: 3})
print(X, X.y, X().f(), X.__module__, X.__qualname__, X.__bases__)
Y = Meta("Y", (), {})
print(Y, type(Y))

class Outer:
    class Inner:
        def meth(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__, Outer.__module__)

class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subs.append(cls.__name__)
class C1(Base, tag="one"): pass
class C2(C1): pass
print(Base.subs, C1.tag, C2.tag)
print(Base.__subclasses__(), C1.__subclasses__())

class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class H:
    d = D()
    e = D()
print(H.d.name)

class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G["x"])

class MC(type):
    def __instancecheck__(cls, inst):
        print("instcheck", cls.__name__)
        return True
    def __subclasscheck__(cls, sub):
        print("subcheck", cls.__name__, sub.__name__)
        return True
class Any_(metaclass=MC): pass
print(isinstance(3, Any_), issubclass(int, Any_))
print(isinstance(3, (str, Any_)))

class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class P3(P1, P2): pass
except TypeError as e:
    print(e)

class Fake:
    def __mro_entries__(self, bases):
        return (dict,)
class DD(Fake()):
    pass
print(DD.__mro__, [type(b).__name__ for b in DD.__orig_bases__])
print(type.__subclasses__(Meta))
print(Meta.__mro__, type.__mro__)
print(type(type), type(Meta), type(int))
class Counter(type):
    count = 0
    def __call__(cls, *args):
        Counter.count += 1
        return super().__call__(*args)
class W(metaclass=Counter):
    def __init__(self, a): self.a = a
W(1); W(2)
print(Counter.count)
print(W.__dict__['__module__'], '__qualname__' in W.__dict__)
def f(): 
    class L: pass
    return L
print(f().__qualname__, f.__qualname__)
print(repr(A), str(B))

# A metaclass conflict and a __prepare__ returning a custom mapping.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)

class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls

class Ordered(metaclass=OrderMeta):
    zeta = 1
    alpha = 2
    def mid(self): pass
print(Ordered.order, type(Ordered).__name__)

# __eq__ without __hash__ makes instances unhashable.
class E:
    def __eq__(self, other): return True
print(E.__hash__)
try:
    hash(E())
except TypeError as e:
    print(e)

# type() errors
try:
    type('Z', (1,), {})
except TypeError as e:
    print(e)
try:
    class Bad(bool): pass
except TypeError as e:
    print(e)
print(type.__prepare__('x', ()), object.__subclasshook__(int))
