# types.MappingProxyType (also what dataclass Field.metadata is) and os._exit.
import os
import sys
import types
from dataclasses import dataclass, field, fields

mp = types.MappingProxyType({"a": 1})
print(mp, repr(mp), mp["a"], len(mp), list(mp), "a" in mp, mp.get("z", 0), type(mp).__name__)
try:
    mp["b"] = 2
except TypeError as e:
    print(e)


@dataclass
class C:
    x: int = field(default=0, metadata={"unit": "m"})


print(fields(C)[0].metadata, fields(C)[0].metadata["unit"])
print("before _exit")
sys.stdout.flush()
try:
    os._exit(3)
finally:
    print("finally does not run")
