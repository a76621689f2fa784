# dict_values hashes by identity while the set-like views and contextvars.Context, which
# define comparison, are unhashable, as in CPython.
import types, contextvars
for v in [{}.keys(), {}.values(), {}.items(), types.MappingProxyType({}), contextvars.copy_context(), iter([]), range(3), slice(1), reversed([])]:
    try: hash(v); print(type(v).__name__, "hashable")
    except TypeError as e: print(e)
