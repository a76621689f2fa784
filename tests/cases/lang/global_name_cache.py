# Global and builtin lookups stay right while the namespaces change under a running function
# (corio caches where each global name was found; these are the cases that must refill it).


def show():
    return len("abc"), value


value = 1
print(show())

# A global that shadows a builtin appears, then goes away again.
len = lambda s: -1
print(show())
del len
print(show())

# Rebinding and deleting the global itself.
value = 2
print(show())
del value
try:
    show()
except NameError as e:
    print("NameError:", e)

# The module namespace changed through globals().
globals()["value"] = 3
print(show())
globals().pop("value")
globals()["value"] = 4
print(show())

# The same code run against a different globals dict.
code = show.__code__
ns = {"value": "other", "__builtins__": __builtins__}
exec("def g():\n    return value\n", ns)
print(ns["g"]())
import builtins

builtins.value_from_builtins = "from builtins"


def from_builtins():
    return value_from_builtins


print(from_builtins())
value_from_builtins = "module wins"
print(from_builtins())
del value_from_builtins
print(from_builtins())
del builtins.value_from_builtins
try:
    from_builtins()
except NameError as e:
    print("NameError:", e)

# Many globals inserted in a loop (the dict grows and is rebuilt) while a function reads one.
def read():
    return value


for i in range(100):
    globals()[f"filler{i}"] = i
    if read() != 4:
        print("wrong", i)
for i in range(0, 100, 2):
    del globals()[f"filler{i}"]
print(read(), filler99)


# Simple positional calls (the fast call path) still check argument counts and keep defaults.
def add(a, b=10):
    return a + b


print(add(1), add(1, 2))
try:
    add(1, 2, 3)
except TypeError as e:
    print(e)


def outer():
    x = 5

    def inner(y):
        return x + y

    return inner(1)


print(outer())
