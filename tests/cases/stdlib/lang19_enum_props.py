# Enum members named like Enum's own properties (`name`, `value`), enum.property, and
# EnumType's attribute fallback; pydoc's page for an enum and a dataclass.
import dataclasses
import enum


class Field(enum.Enum):
    name = 'n'
    value = 'v'
    other = 3


print(Field.name, Field.value, Field.name.name, Field.name.value, Field.value.name, Field.value.value)
print(list(Field), Field('n'), Field['value'], Field.other.name, Field.name is Field['name'])
for action in (lambda: setattr(Field.name, 'name', 'x'), lambda: delattr(Field.value, 'value'),
               lambda: setattr(Field.other, 'name', 'x')):
    try:
        action()
    except AttributeError as e:
        print(e)


class Plain(enum.Enum):
    A = 1


for attr in ('name', 'value', 'B', '__nope__'):
    try:
        getattr(Plain, attr)
    except AttributeError as e:
        print('AttributeError', repr(e))
print(type(enum.Enum.__dict__['name']), enum.property.__mro__[1], 'property' in enum.__all__)
print(hasattr(Plain, 'name'), getattr(Plain, 'A').name)


class F(enum.IntFlag):
    name = 1
    value = 2


print(F.name, F.value | F.name, F.name.name, F.value.value)


class Color(enum.Enum):
    """Colors."""
    RED = 1
    GREEN = 2


help(Color)


@dataclasses.dataclass
class P:
    x: int = 0


help(P())
print(P.__repr__.__module__, P.__repr__.__qualname__)
