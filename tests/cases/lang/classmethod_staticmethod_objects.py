# classmethod and staticmethod objects as CPython 3.11 has them: __get__ binds by hand,
# __wrapped__ is the function, staticmethod objects are callable (classmethod ones are not).
class A:
    @classmethod
    def create(cls):
        return cls.__name__

    @staticmethod
    def util(x):
        return x * 2


class B(A):
    pass


cm = A.__dict__["create"]
sm = A.__dict__["util"]
print(cm.__get__(None, B)(), cm.__get__(B())(), cm.__wrapped__.__name__, cm.__func__ is cm.__wrapped__)
print(sm.__get__(A())(2), sm.__get__(None, A)(3), sm.__wrapped__.__name__, sm(4))
print(callable(sm), callable(cm), callable(staticmethod(len)), staticmethod(len)([1, 2]))
for thunk in [lambda: cm.__get__(None, None), lambda: cm.__get__(None), lambda: sm.__get__(None)]:
    try:
        thunk()
    except TypeError as e:
        print(e)
try:
    cm()
except TypeError as e:
    print(e)
