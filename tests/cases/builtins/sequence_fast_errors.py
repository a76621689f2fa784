# Slice assignment and join name a non-iterable value the way CPython's PySequence_Fast does,
# but errors raised while iterating pass through unchanged.
l = [1, 2, 3, 4]
for stmt in ["l[0:2] = 5", "l[::2] = 5", "l[:] = None", "l[1:2:1] = 5", "l[::-1] = 3.5",
             "l['a':] = 5", "l[::0] = 5", "l[::2] = [1]"]:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
print(l)


def failing():
    yield "a"
    raise TypeError("raised while iterating")


for sep in [",", b","]:
    for arg in [5, failing(), (str(x) + 1 for x in [1])]:
        try:
            sep.join(arg)
        except TypeError as e:
            print(type(sep).__name__, "join:", e)


def failing_slice():
    yield 1
    raise TypeError("slice source failed")


try:
    l[0:1] = failing_slice()
except TypeError as e:
    print(e)
try:
    dict([failing_slice()])
except TypeError as e:
    print(e)
try:
    dict([5])
except TypeError as e:
    print(e)
print(l)


def failing_value():
    yield 1
    raise ValueError("not replaced")


try:
    dict([failing_value()])
except ValueError as e:
    print(e)
