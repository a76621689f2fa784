"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (CPython 3.11 behaviour).

Members are instances of their enum class created once, when the class statement runs;
``EnumType`` (the metaclass) makes the class iterable, indexable by name and callable by
value.
"""

import sys
import builtins as _bltns
from types import DynamicClassAttribute, FunctionType, MethodType

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE']

class _AutoNull:
    # The "no value given" marker of auto(), shown by name in auto()'s repr.
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Placeholder replaced by an automatically chosen member value."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return (isinstance(obj, (FunctionType, _bltns.property, classmethod, staticmethod, type))
            or hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


class _EnumDict(dict):
    """Class namespace of an enum: records member names in order and resolves ``auto()``."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None
        self._auto_called = False

    def __setitem__(self, key, value):
        if _is_private(self._cls_name or '', key):
            pass
        elif _is_sunder(key):
            if key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
            elif key == '_generate_next_value_':
                # CPython 3.11's _EnumDict: too late once auto() has produced a value.
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = (value.__func__ if isinstance(value, staticmethod)
                                             else value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    self._auto_called = True
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                items = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            self._auto_called = True
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                        v = v.value
                    items.append(v)
                value = tuple(items)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class _EnumProperty(DynamicClassAttribute):
    """CPython's enum.property: an instance reads it as a property; through the class it
    is the member of that name (an enum may have members called `name` or `value`)."""

    member = None

    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            if ownerclass is None:
                ownerclass = type(instance)
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r'
                                     % (ownerclass, self.name)) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


def _member_slot(cls, name, member):
    """What the class stores for member `name`: the member, or a redirect carrying the
    accessors when a base class defines a property of that name."""
    found = None
    for base in cls.__mro__[1:]:
        descriptor = base.__dict__.get(name)
        if descriptor is None:
            continue
        if isinstance(descriptor, (_bltns.property, DynamicClassAttribute)):
            found = descriptor
            break
        if all(hasattr(descriptor, a) for a in ('fget', 'fset', 'fdel')):
            found = descriptor
    if found is None:
        return member
    redirect = _EnumProperty()
    redirect.member = member
    redirect.__set_name__(cls, name)
    redirect.fget, redirect.fset, redirect.fdel = found.fget, found.fset, found.fdel
    return redirect


class EnumType(type):
    """Metaclass of Enum: iteration, ``len``, ``Color['RED']``, ``Color(1)``."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            # matches CPython: the inherited function lands in the class namespace too.
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(classdict._member_names)
        members = {name: classdict[name] for name in member_names}
        plain = {k: v for k, v in classdict.items() if k not in classdict._member_names}
        plain.pop('_ignore_', None)
        for name in classdict._ignore:
            plain.pop(name, None)
        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in invalid))
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        # How members are built: a `__new__` written in this enum's body, else one inherited
        # (StrEnum's), else the data type's; the class's own `__new__` becomes Enum.__new__
        # (lookup by value), as in CPython.
        user_new = plain.pop('__new__', None)
        if isinstance(user_new, staticmethod):
            user_new = user_new.__func__
        custom = plain.get('_new_member_')
        if isinstance(custom, staticmethod):
            custom = custom.__func__
        if first_enum is None:
            plain['__new__'] = user_new
            new_member = object.__new__
        else:
            inherited = getattr(first_enum, '_new_member_', None)
            # Every enum class records how its members were made (below); only a custom
            # maker (a `__new__` of an enum body, StrEnum's) passes on to subclasses, the data
            # type's own `__new__` is found again from this class's mixin.
            if inherited is object.__new__ or isinstance(inherited, type(object.__new__)):
                inherited = None
            new_member = user_new or custom or inherited
            if new_member is None:
                new_member = object.__new__ if member_type is object else member_type.__new__
            plain['__new__'] = Enum.__dict__['__new__']
        # matches CPython 3.11's class namespace (what dir() of a member lists): the member
        # maker, whether it takes the value as arguments, and the data type's repr; a
        # `__new__` of the body is also kept as `__new_member__`.
        if custom is None:
            plain['_new_member_'] = staticmethod(new_member)
        if user_new is not None and first_enum is not None:
            plain['__new_member__'] = user_new
        plain['_use_args_'] = first_enum is not None and new_member is not object.__new__
        plain['_value_repr_'] = metacls._find_data_repr_(bases)
        plain['_member_names_'] = []
        plain['_member_map_'] = {}
        plain['_value2member_map_'] = {}
        plain['_unhashable_values_'] = []
        plain['_member_type_'] = member_type
        plain['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        plain['_flag_mask_'] = 0
        plain['_singles_mask_'] = 0
        plain['_all_bits_'] = 0
        plain['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, plain, **kwds)
        # A direct ReprEnum subclass keeps its data type's str(): it must have one.
        repr_enum = globals().get('ReprEnum')
        if repr_enum is not None and repr_enum in bases and member_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type '
                            '(i.e. int, str, float, etc.)')
        if first_enum is not None and member_type is not object:
            # matches CPython: a mixed-in data type (class E(str, Enum)) comes first in the MRO,
            # but the enum's repr/str/format win unless this class body defines its own.
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in plain:
                    continue
                found_method = getattr(enum_class, name)
                if found_method in (getattr(member_type, name, None), getattr(object, name, None)):
                    setattr(enum_class, name, getattr(first_enum, name))
        for name in member_names:
            enum_class._add_member_(name, members[name], new_member)
        if Flag is not None and issubclass(enum_class, Flag):
            # matches CPython: Flag's operators win over a mixed-in data type's (IntFlag's
            # int.__or__ comes first in the MRO) unless the class defines its own.
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                       '__invert__'):
                if op not in plain:
                    setattr(enum_class, op, Flag.__dict__[op])
            mask = singles = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
                if _is_single_bit(m._value_):
                    singles |= m._value_
            enum_class._flag_mask_ = mask
            enum_class._singles_mask_ = singles
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1 if mask else 0
            # matches CPython: members iterate by value unless defined out of value order.
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
        elif Flag is not None or cls != 'Flag':
            # matches CPython: the Flag bookkeeping is removed from classes that are no Flag.
            for name in ('_boundary_', '_flag_mask_', '_singles_mask_', '_all_bits_', '_inverted_'):
                type.__delattr__(enum_class, name)
        return enum_class

    @classmethod
    def _find_data_repr_(mcls, bases):
        # CPython's: the repr of the first data type (or enum) in the bases' MROs.
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base.__dict__.get('_value_repr_')
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    def _add_member_(cls, name, value, new_member):
        member_type = cls._member_type_
        if isinstance(value, tuple) and member_type is not tuple:
            args = value
        else:
            args = (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is object.__new__:
            enum_member = object.__new__(cls)
        else:
            enum_member = new_member(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                enum_member._value_ = member_type(*args)
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            enum_member = canonical
        else:
            is_flag = Flag is not None and issubclass(cls, Flag)
            if not is_flag or _is_single_bit(value):
                cls._member_names_.append(name)
            elif is_flag and value == 0:
                pass
        setattr(cls, name, _member_slot(cls, name, enum_member))
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __bool__(cls):
        """
        classes/types should always be True.
        """
        return True

    def __contains__(cls, member):
        """
        Return True if member is a member of this enum
        raises TypeError if member is not an enum member

        note: in 3.12 TypeError will no longer be raised, and True will also be
        returned if member is the value of a member in this enum
        """
        if isinstance(member, cls):
            return True
        try:
            return member in cls._value2member_map_
        except TypeError:
            return member in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getattr__(cls, name):
        # CPython 3.11's EnumType.__getattr__: a member by name (what a member named like a
        # property resolves through), else AttributeError(name).
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        """
        Return the member matching `name`.
        """
        return cls._member_map_[name]

    def __dir__(cls):
        # CPython 3.11's EnumType.__dir__: the members and the enum protocol, plus whatever
        # the mixed-in data type lists.
        interesting = set([
            '__class__', '__contains__', '__doc__', '__getitem__',
            '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__',
        ] + list(cls._member_names_))
        if getattr(cls, '_new_member_', object.__new__) is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        member_type = cls.__dict__.get('_member_type_', object)
        if member_type is object:
            return sorted(interesting)
        return sorted(set(dir(member_type)) | interesting)

    def __iter__(cls):
        """
        Return members in definition order.
        """
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        """
        Return members in reverse definition order.
        """
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        """
        Return the number of members (no aliases)
        """
        return len(cls._member_names_)

    @property
    def __members__(cls):
        """
        Returns a mapping of member name->value.

        This mapping lists all enum members, including aliases. Note that this
        is a read-only view of the internal mapping.
        """
        # matches CPython: a read-only live view (mappingproxy) of the name -> member map.
        return type(type.__dict__)(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = names.items()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = _caller_module(3)
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType):
                    continue
                if '__new__' in base.__dict__ or base.__module__ == 'builtins':
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, first_enum


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):
    """Base class of enumerations: ``class Color(Enum): RED = 1``."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        # an EJECT flag hands back the plain int for a value with unknown bits
        if isinstance(result, int) and getattr(cls, '_boundary_', None) is EJECT \
                and issubclass(cls, Flag):
            return result
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        # CPython 3.11's Enum.__dir__: the public methods and attributes of the enum's classes
        # (not its members), with everything its data type lists for a mixed-in enum.
        interesting = set()
        if self.__class__._member_type_ is not object:
            interesting = set(object.__dir__(self))
        member_map = self._member_map_
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in member_map:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, _EnumProperty):
                    if obj.fget is not None or name not in member_map:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in member_map:
                    interesting.add(name)
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
                      | interesting)

    @_EnumProperty
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_EnumProperty
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type (3.11)."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _bin(num, max_bits=None):
    """enum.bin: two's complement with the sign bit apart ('0b0 1000'), as CPython's enum."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def _flag_operand(flag, other):
    # The value a Flag operator combines with: a member's value, or a plain value of the
    # data type (IntFlag | int); NotImplemented otherwise.
    if isinstance(other, flag.__class__):
        return other._value_
    if flag._member_type_ is not object and isinstance(other, flag._member_type_):
        return other
    return NotImplemented


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Members combine with ``|``, ``&``, ``^`` and ``~``."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high_bit = max(last_values).bit_length() - 1 if max(last_values) > 0 else -1
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        # matches CPython 3.11: a value outside the flag's bits follows the class's boundary
        # (STRICT refuses it, CONFORM drops the unknown bits, EJECT returns the plain int,
        # KEEP keeps them); a negative value then counts from the top of the flag's bits.
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        names = [m._name_ for m in cls._iter_member_(value & flag_mask)]
        if names and unknown:
            names.append(str(unknown))
        pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    _numeric_repr_ = repr

    @classmethod
    def _iter_member_by_value_(cls, value):
        # the members of value's bits, lowest bit first
        value &= cls._flag_mask_
        while value:
            bit = value & -value
            value ^= bit
            member = cls._value2member_map_.get(bit)
            if member is not None:
                yield member

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_:
                yield m

    def __iter__(self):
        return iter(list(self.__class__._iter_member_(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        other_value = _flag_operand(self, other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = _flag_operand(self, other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = _flag_operand(self, other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._member_type_ is object or self._boundary_ is not KEEP:
            return self.__class__(self._flag_mask_ ^ self._value_)
        return self.__class__(~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""

    def __str__(self):
        return int.__str__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __repr__(self):
        return Flag.__repr__(self)

    def __hash__(self):
        return hash(self._value_)


def _alias_details(enumeration):
    return ', '.join("%s -> %s" % (name, member.name)
                     for name, member in enumeration.__members__.items() if name != member.name)


def unique(enumeration):
    """Class decorator: raise ValueError if any member values are aliases."""
    details = _alias_details(enumeration)
    if details:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                details = _alias_details(enumeration)
                if details:
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                _check_continuous(enumeration, kind, name)
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration, name)
        return enumeration


def _check_continuous(enumeration, kind, name):
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        # every power of two between the lowest and the highest member's bit
        missing = [2 ** i for i in range(low.bit_length(), high.bit_length() - 1)
                   if 2 ** i not in values]
    else:
        missing = [i for i in range(low + 1, high) if i not in values]
    if missing:
        raise ValueError(('invalid %s %r: missing values %s'
                          % (kind, name, ', '.join(str(m) for m in missing)))[:256])


def _check_named_flags(enumeration, name):
    canonical = set(enumeration._member_names_)
    named = {m.value for m in enumeration}
    missing_names = []
    missing_value = 0
    for alias, member in enumeration._member_map_.items():
        if alias in canonical or member.value < 0:
            continue
        bits = [1 << i for i in range(member.value.bit_length()) if member.value >> i & 1]
        missed = [b for b in bits if b not in named]
        if missed:
            missing_names.append(alias)
            for b in missed:
                missing_value |= b
    if not missing_names:
        return
    if len(missing_names) == 1:
        which = 'alias %s is missing' % missing_names[0]
    else:
        which = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]), missing_names[-1])
    if missing_value & (missing_value - 1) == 0:
        value = 'value 0x%x' % missing_value
    else:
        value = 'combined values of 0x%x' % missing_value
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (name, which, value))


def global_enum(cls):
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


# CPython names its member-aware descriptor `enum.property` (after the class bodies above, which
# use the built-in property).
_EnumProperty.__name__ = _EnumProperty.__qualname__ = 'property'
property = _EnumProperty
