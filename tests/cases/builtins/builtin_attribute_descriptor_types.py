# A built-in type's attributes are getset_descriptor or member_descriptor objects, as in
# CPython: type(), repr, __get__/__set__/__delete__, __name__/__qualname__/__objclass__,
# types.GetSetDescriptorType/MemberDescriptorType and inspect's predicates.
print(type(int.real).__name__, int.real, type(float.imag), type(complex.real).__name__, type(range.start).__name__, repr(range.stop), type(slice.step).__name__)
print(type(int.__dict__['real']).__name__, type(int.numerator).__name__, isinstance(int.real, property))
d = int.real
print(d.__name__, d.__qualname__, d.__objclass__, d.__get__(5), d.__get__(None, int) is d, repr(d))
try: d.__set__(5, 3)
except AttributeError as e: print(e)
try: d.__delete__(5)
except AttributeError as e: print(e)
m = range.start
print(m.__name__, m.__qualname__, m.__objclass__, m.__get__(range(3, 5)))
try: m.__set__(range(3), 1)
except AttributeError as e: print(e)
e = ValueError.args
print(type(e).__name__, type(OSError.errno).__name__, type(StopIteration.value).__name__, repr(StopIteration.value))
import types
print(types.GetSetDescriptorType if hasattr(types, 'GetSetDescriptorType') else None, types.MemberDescriptorType)
print(isinstance(int.real, types.GetSetDescriptorType), isinstance(range.start, types.MemberDescriptorType))
class A:
    __slots__ = ('x',)
print(type(A.x).__name__, type(A.x) is type(range.start), type(int.real) is type(object.__dict__.get('__class__', int.real)))
print(hasattr(int.real, '__get__'), hasattr(int.real, '__set__'), callable(int.real))
print((5).real, (2.5).imag, (1+2j).imag, range(1,9,2).step)
import inspect
print(inspect.isgetsetdescriptor(int.real), inspect.ismemberdescriptor(range.start), inspect.isdatadescriptor(int.real))
