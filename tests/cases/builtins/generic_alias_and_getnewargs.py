# The core types' small special methods that dir(), pickle and typing see: __class_getitem__
# on the generic containers (and deque, enumerate, BaseExceptionGroup), __getnewargs__ on the
# immutable scalars, bytes.__bytes__, float.__getformat__, BaseException.__setstate__.
import collections, pickle
print(list[int], dict[str, int], tuple[int, ...], set[str], frozenset[int], enumerate[str], BaseExceptionGroup[ValueError], type(list[int]).__name__)
print(list.__class_getitem__(int), (5).__getnewargs__(), True.__getnewargs__(), "s".__getnewargs__(), (1.5).__getnewargs__(), b"x".__getnewargs__(), (1, 2).__getnewargs__())
class MyInt(int): pass
class MyStr(str): pass
print(MyInt(7).__getnewargs__(), type(MyInt(7).__getnewargs__()[0]).__name__, MyStr("q").__getnewargs__(), b"ab".__bytes__(), float.__getformat__("double"))
try: float.__getformat__("x")
except ValueError as e: print(e)
e = ValueError("x"); e.__setstate__({"code": 3}); print(e.code)
try: e.__setstate__(5)
except TypeError as err: print(err)
print(pickle.loads(pickle.dumps(MyInt(5))), pickle.loads(pickle.dumps(MyStr("z"))), type(pickle.loads(pickle.dumps(MyInt(5)))).__name__)
print(hasattr(list, "__class_getitem__"), hasattr(int, "__class_getitem__"), collections.deque[int], collections.defaultdict[str, int], collections.OrderedDict[str, int], collections.Counter[str])
for t in (int, str, float, bytes, tuple, list, dict, set, frozenset, bool):
    print(t.__name__, len(dir(t)), [n for n in dir(t) if n in ("__class_getitem__", "__getnewargs__", "__bytes__", "__getformat__")])
print([n for n in dir(ValueError()) if n == "__setstate__"])
