import inspect, abc, typing, functools, enum, collections, dataclasses, threading, asyncio, io, logging, argparse, datetime, fractions, decimal, pathlib
class A(abc.ABC):
    def __init__(self, x, y=1): pass
class G(typing.Generic[typing.TypeVar('T')]):
    def __init__(self, v): pass
class NT(typing.NamedTuple):
    a: int
    b: str = ''
class TD(typing.TypedDict):
    a: int
class E(Exception):
    def __init__(self, msg, code=0): pass
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
class W:
    @deco
    def __init__(self, p, q=2): pass
class S:
    __signature__ = inspect.Signature([inspect.Parameter('z', inspect.Parameter.POSITIONAL_ONLY)])
class Plain: pass
class WithCall:
    def __call__(self, k): pass
for obj in [A, G, NT, E, W, S, Plain, WithCall(), threading.Thread, threading.Lock, logging.Logger, argparse.ArgumentParser, fractions.Fraction, decimal.Decimal, pathlib.Path, collections.OrderedDict, collections.Counter, io.StringIO, functools.partial(lambda a, b: 0, 1), enum.Enum, asyncio.Queue, dict.get, "".join, (1).to_bytes, [].sort, object.__new__, type.__call__]:
    try:
        print(getattr(obj, '__name__', type(obj).__name__), inspect.signature(obj))
    except Exception as e:
        print(getattr(obj, '__name__', type(obj).__name__), type(e).__name__, e)
