# Subscripting classes (type 'int' is not subscriptable; list[int] is a GenericAlias), item
# deletion messages, and __module__ on instances of built-in types.
class A: pass
for c in [object, int, str, type(None), A, bool, range]:
    try: print(c[0])
    except TypeError as e: print(e)
print(list[int], dict[str, int], tuple[int, ...], type[int], set[str])
for v in [5, 1.5, None, len, (1,), "ab"]:
    try: del v[0]
    except TypeError as e: print(e)
for v in [5, "s", [1], len, None]:
    try: print(v.__module__)
    except AttributeError as e: print(e)
print(int.__module__, A.__module__, len.__module__, A().__module__)
for v in [b'a', range(3), (1,), 'a', frozenset(), {1}, iter([1]), A(), 1j]:
    try: del v[0]
    except TypeError as e: print(e)
