# types.MethodType(function, instance) binds a function to an object (monkeypatching one
# instance), with CPython's argument errors.
import types


class Dog:
    def __init__(self, name):
        self.name = name


def speak(self, sound="woof"):
    return f"{self.name} says {sound}"


d = Dog("Rex")
d.speak = types.MethodType(speak, d)
print(d.speak(), d.speak("arf"), d.speak.__self__ is d, d.speak.__func__ is speak)
print(isinstance(d.speak, types.MethodType), type(d.speak) is types.MethodType)
m = types.MethodType(len, [1, 2, 3])
print(m(), m.__self__)
bound_to_class = types.MethodType(lambda cls: cls.__name__, Dog)
print(bound_to_class())
for args in [(), (speak,), (speak, None), (1, 2), (speak, d, 3)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(e)
try:
    types.MethodType(function=speak, instance=d)
except TypeError as e:
    print(e)
