# vars() of the built-in types lists the getsets and slots CPython's type dicts hold, and the
# getsets read the attribute of the object they are given.
import types


def gen():
    yield 1


async def coro():
    pass


for t in (type, types.FunctionType, types.GeneratorType, types.CoroutineType, object,
          BaseException, property, types.MethodType, types.ModuleType, staticmethod,
          classmethod, super):
    print(t.__name__, sorted(vars(t)))

print(type.__dict__['__name__'], type.__dict__['__name__'].__get__(int))
print(vars(types.FunctionType)['__code__'].__get__(gen).co_name)
g = gen()
print(vars(types.GeneratorType)['gi_running'].__get__(g), type(vars(type)['__qualname__']).__name__)
print(object.__dict__['__class__'].__get__(3))
c = coro()
print(vars(types.CoroutineType)['cr_code'].__get__(c).co_name)
c.close()
print(sorted(set(vars(type)) & set(dir(type))) == sorted(vars(type)))
