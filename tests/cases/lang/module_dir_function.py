# dir(module) calls the module's own __dir__ (PEP 562) and sorts what it returns; asyncio's
# lists the names it loads lazily.
import asyncio
import types

m = types.ModuleType("m")
exec("x = 1\ndef __dir__():\n    return ['zeta', 'alpha', 'x']\n", m.__dict__)
print(dir(m))
names = dir(asyncio)
print([n for n in ("Lock", "Queue", "TaskGroup", "timeout", "open_connection", "to_thread") if n in names])
print(names == sorted(names))
plain = types.ModuleType("plain")
plain.y = 2
print(dir(plain))
