# Objects CPython keeps one of: the empty tuple and the None/Ellipsis/NotImplemented singletons,
# however they are made; and the tuple operations that hand back their operand unchanged.
empty = []
print(tuple() is (), tuple(empty) is (), tuple(x for x in empty) is ())
print((1,)[1:] is (), tuple(empty) is tuple(empty))
print(() + () is (), (1, 2)[2:] * 3 is ())

t = (1, 2)
print(t + () is t, () + t is t, t * 1 is t, t * 2 is t, t + (3,) is t)
print(t[:] is t, tuple(t) is t)

print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(type(None).__new__(type(None)) is None)
for make in (lambda: type(None)(1), lambda: type(None)(x=1), lambda: type(...)(0),
             lambda: type(NotImplemented)(None)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
