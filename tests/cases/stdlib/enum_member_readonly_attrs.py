import enum
class Color(enum.Enum):
    RED = 1
for attr in ("value", "name", "_value_"):
    try:
        setattr(Color.RED, attr, 2)
        print("ok", attr, Color.RED.value)
    except AttributeError as e:
        print("AttributeError", e)
try:
    del Color.RED.value
except AttributeError as e:
    print("AttributeError", e)
Color.RED.extra = 3
print(Color.RED.extra)
class P(enum.IntFlag):
    R = 4
    W = 2
try:
    P.R.value = 1
except AttributeError as e:
    print("AttributeError", e)
print((P.R | P.W).value, P(6).name, enum.IntEnum("N", "A B").B.value)
