import types
class Cls:
    _registry = ["a", "b"]
    @classmethod
    @property
    def count(cls): return len(cls._registry)
    @classmethod
    def make(cls): return cls.__name__
class Sub(Cls):
    _registry = ["x"]
print(Cls.count, Sub.count, Cls().count, Sub().make(), Cls.make())
class Desc:
    def __get__(self, obj, owner): return f"Desc.__get__({obj is None}, {owner.__name__})"
class Holder:
    d = classmethod(Desc())
print(Holder.d, Holder().d)
m = types.ModuleType("mymod", "doc here"); print(m, m.__doc__)
import sys; print(sys)
