# A class with __eq__ is unhashable unless it (or a subclass) puts a __hash__ back; one that
# gets __eq__ after creation keeps the hash it had, as in CPython.
class Temp:
    def __init__(self, c):
        self.c = c

    def __eq__(self, o):
        return isinstance(o, Temp) and self.c == o.c


class ById(Temp):
    __hash__ = object.__hash__


class ByValue(Temp):
    def __hash__(self):
        return hash(self.c)


class Later:
    pass


Later.__eq__ = lambda self, o: True

for cls in (Temp, ById, ByValue, Later):
    obj = cls(1) if cls is not Later else cls()
    try:
        h = hash(obj)
        print(cls.__name__, "hashable", h == hash(obj), obj in {obj}, len({obj, obj}))
    except TypeError as e:
        print(cls.__name__, e)
print(hash(ByValue(7)), ByValue(2) in {ByValue(2)}, ById(2) in {ById(2)})
print(Temp.__hash__, ById.__hash__ is object.__hash__, Later.__hash__ is object.__hash__)
