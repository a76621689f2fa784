# Methods of built-in types called through the class with no instance, and built-ins
# reached as attributes of the builtins module.
import builtins

print(builtins.memoryview, hasattr(builtins, "memoryview"), getattr(builtins, "len"))
print(builtins.memoryview(b"ab")[0])

for call in [
    lambda: str.upper(),
    lambda: str.__len__(),
    lambda: list.append(),
    lambda: dict.keys(),
    lambda: int.bit_length(),
    lambda: bytes.hex(),
    lambda: set.add(),
    lambda: float.__add__(),
    lambda: tuple.count(),
    lambda: str.upper(1),
    lambda: str.join(1, []),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
