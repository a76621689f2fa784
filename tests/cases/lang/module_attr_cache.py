# Attribute loads on modules stay right while the module changes under a running loop (corio
# remembers where each name sat in the module's dict; these are the cases that must refill it).
import math
import types

values = []
for i in range(3):
    try:
        values.append(math.floor(2.5))
    except AttributeError as e:
        values.append(str(e))
    if i == 0:
        math.floor = lambda x: "patched"
    elif i == 1:
        del math.floor
print(values)

m = types.ModuleType("m")
m.x = 1


def read():
    return m.x


print(read())
m.x = 2
print(read())
m.y = 3
print(read(), m.y)
del m.x
try:
    read()
except AttributeError as e:
    print("AttributeError:", e)


# A module-level __getattr__ answers only for names the dict does not have.
def fallback(name):
    return f"computed {name}"


m.__getattr__ = fallback
print(read())
m.x = "real"
print(read())

# Dunder names still come from the module type where it defines them.
print(m.__name__, type(m.__dict__).__name__, m.__class__.__name__)
m.__dict__["z"] = 26
print(m.z)

# Method-style calls on module functions.
print(math.sqrt(16.0), math.gcd(12, 18))
for _ in range(2):
    print(math.pow(2, 3))
