# enum details: auto()'s repr before a value is chosen, and ReprEnum refusing a subclass
# that mixes in no data type.
import enum

print(repr(enum.auto()), repr(enum.auto(5)))
try:
    class Plain(enum.ReprEnum):
        A = 1
except TypeError as e:
    print(e)


class Code(int, enum.ReprEnum):
    OK = 200


print(str(Code.OK), repr(Code.OK), format(Code.OK))
