# Enum.__members__ is a read-only, live mappingproxy of names to members (aliases included).
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


members = Color.__members__
print(type(members).__name__, members)
print(list(members), members["CRIMSON"], len(members), "RED" in members)
try:
    members["BLUE"] = 3
except TypeError as e:
    print("TypeError:", e)
for name, member in members.items():
    print(name, member, member.name)
