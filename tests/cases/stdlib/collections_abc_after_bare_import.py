# `import collections` alone gives `collections.abc` (CPython has it loaded at start-up).
import collections
print(collections.abc.Mapping, isinstance({}, collections.abc.Mapping))
print(isinstance([], collections.abc.Sequence), issubclass(collections.OrderedDict, collections.abc.MutableMapping))
try:
    collections.nope
except AttributeError as e:
    print(e)
import collections.abc as cabc
print(cabc is collections.abc)
