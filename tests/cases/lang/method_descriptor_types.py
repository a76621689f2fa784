# Methods of built-in types have CPython's descriptor types (method_descriptor, wrapper_descriptor,
# method-wrapper, classmethod_descriptor) with __get__ and __objclass__.
import types, inspect, collections.abc as abc, copy, pickle, asyncio
print(type(str.upper), type(str.__add__), type("".__add__), type(dict.__dict__["fromkeys"]), type(dict.fromkeys), type(len), type([].append))
print(type(object.__init__), type(object().__str__), type(str.join))
print(dict.__dict__["fromkeys"], dict.__dict__["fromkeys"].__get__(None, dict)("ab"))
print(str.upper.__objclass__, str.upper.__get__("abc")(), str.upper.__get__(None, str))
try: str.upper.__get__(1)
except TypeError as e: print(e)
try: str.upper.__get__(None, None)
except TypeError as e: print(e)
print(list.append.__get__([1]).__self__, str.__add__.__get__("a")("b"), int.__add__.__get__(1)(2))
print(isinstance(str.upper, types.BuiltinFunctionType), isinstance(str.upper, types.MethodDescriptorType), isinstance(str.upper, abc.Callable), isinstance(str.upper, abc.Hashable))
print(inspect.ismethoddescriptor(str.upper), inspect.isbuiltin(str.upper), inspect.isroutine(len), inspect.isbuiltin("".upper))
print(copy.copy(str.upper) is str.upper, copy.deepcopy(str.upper) is str.upper, pickle.loads(pickle.dumps(str.upper)) is str.upper)
print(inspect.iscoroutinefunction(asyncio.Queue.get), inspect.iscoroutinefunction(asyncio.sleep), inspect.iscoroutinefunction(str.upper))
print(callable(str.upper), str.upper.__call__("x"), str.upper.__name__, str.upper.__qualname__)
class MyStr(str):
    shout = str.upper
    join2 = str.join
print(MyStr("hi").shout(), MyStr(",").join2("ab"), type(MyStr.shout).__name__)
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.strip, [" a ", "b "])), list(map(int.__add__, [1, 2], [3, 4])))
print(types.WrapperDescriptorType, types.MethodWrapperType, types.ClassMethodDescriptorType)
print([n for n in dir(str.upper) if n in ("__objclass__", "__get__", "__call__", "__name__")])
