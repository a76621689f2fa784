# types.SimpleNamespace's repr guards against recursion as CPython's Py_ReprEnter does.
import types

ns = types.SimpleNamespace(a=1)
ns.me = ns
print(ns)


class Settings(types.SimpleNamespace):
    pass


s = Settings(x=[1], name="cfg")
s.x.append(s)
print(s, repr(Settings()), types.SimpleNamespace(inner=types.SimpleNamespace(v=2)))
