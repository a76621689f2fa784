# The immutable built-in constructors hand back an exact instance unchanged
# (`complex(c) is c`), but make a new exact object from a subclass instance.
c = complex(1, 2)
print(complex(c) is c, complex(real=c) is c, complex(c, 0) is c)
f = 1.5e300
print(float(f) is f)
i = 10 ** 30
print(int(i) is i)
s = "hello world"
print(str(s) is s)
t = (1, 2, [3])
print(tuple(t) is t)
fs = frozenset({1, 2})
print(frozenset(fs) is fs)
b = b"abc"
print(bytes(b) is b)


class MyComplex(complex):
    pass


class MyFloat(float):
    pass


class MyTuple(tuple):
    pass


for value, kind in [(MyComplex(1, 2), complex), (MyFloat(2.5), float), (MyTuple((1, 2)), tuple)]:
    made = kind(value)
    print(type(made).__name__, made is value, made == value)


class HasComplex:
    def __complex__(self):
        return c


print(complex(HasComplex()) is c, complex(HasComplex()) == c)
