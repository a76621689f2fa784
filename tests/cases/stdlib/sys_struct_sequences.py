# sys struct sequences (version_info, float_info, ...): tuple behaviour, named fields, repr,
# and the errors for unknown or assigned fields.
import sys
v = sys.version_info
print(v, v.major, v[:2], v >= (3, 8), type(v).__name__, type(v).__module__)
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info, sys.hash_info.width)
print(sys.flags.optimize, sys.thread_info.name, len(sys.flags))
print(sys.version_info.n_fields, sys.version_info.n_sequence_fields)
try:
    v.foo
except AttributeError as e:
    print(e)
try:
    v.major = 4
except AttributeError as e:
    print(e)
major, minor, *_ = v
print(major, minor, hash(v) == hash(tuple(v)), v == tuple(v), repr(sys.float_info)[:30])
print(isinstance(v, tuple), v.count(3), v.index(11))
