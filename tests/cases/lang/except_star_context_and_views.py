# An exception raised in an except* clause chains to the matched part of the group (what the
# clause handles), not the whole group; dict views compare with sets like CPython.
import sys
try:
    try:
        raise ExceptionGroup("top", [ValueError("v1"), ExceptionGroup("mid", [TypeError("t1"), KeyError("k")])])
    except* ValueError as e:
        print("handling", repr(e), repr(sys.exc_info()[1]))
        raise RuntimeError("handler failed")
except ExceptionGroup as outer:
    for sub in outer.exceptions:
        print(type(sub).__name__, repr(sub.__context__) if sub.__context__ else None)

d = {"a": 1, "b": [2]}
print(d.keys() <= {"a", "b", "c"}, d.keys() < {"a", "b"}, d.keys() >= {"a"}, d.keys() > {"a", "b"})
print(d.keys() == {"a", "b"}, d.keys() != {"a"}, {"a"} < d.keys(), {"a", "b"} == d.keys())
print(d.items() <= {("a", 1)}, d.items() >= {("a", 1)}, d.items() == d.items(), d.items() != {("a", 1)})
print(d.keys() == ["a", "b"], d.values() == d.values())
try:
    d.keys() < ["a"]
except TypeError as e:
    print("TypeError:", e)

def f(a, b=1, *args, c, **kw):
    x = 1
    def g():
        return x + a
    return g
print(f.__code__.co_cellvars, f.__code__.co_nlocals, f(1, c=2).__code__.co_freevars, f(1, c=2).__closure__[0].cell_contents)
