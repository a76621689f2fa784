# Decorators: plain, with arguments, stacked, on classes, functools-free wrappers.
log = []

def trace(fn):
    def wrapper(*args, **kwargs):
        log.append(fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = "traced_" + fn.__name__
    return wrapper

def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@trace
def add(a, b):
    return a + b

@repeat(3)
@trace
def hello(name):
    return "hi " + name

print(add(1, 2), add.__name__)
print(hello("bob"))
print(log)

def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        cls.registered = True
        return cls
    return deco

REG = {}

@register(REG)
class Plugin:
    pass

print(sorted(REG), Plugin.registered)

def add_method(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls

@add_method
class Greeter:
    pass
print(Greeter().greet())

order = []
def mark(n):
    order.append(("eval", n))
    def deco(f):
        order.append(("apply", n))
        return f
    return deco

@mark(1)
@mark(2)
def stacked():
    pass
print(order)

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))

class Service:
    @staticmethod
    @trace
    def ping():
        return "pong"
print(Service.ping(), log[-1])

@(lambda f: f())
def value():
    return 42
print(value)
