# CPython's slot_tp_getattr_hook: when normal lookup raises AttributeError -- including one
# raised inside a property getter or a __getattribute__ -- __getattr__ is consulted.
class Lazy:
    @property
    def config(self):
        raise AttributeError("config not loaded")

    @property
    def broken(self):
        raise KeyError("not an AttributeError")

    def __getattr__(self, name):
        return f"fallback for {name}"

lz = Lazy()
print(lz.config, lz.missing, getattr(lz, "config"), hasattr(lz, "config"))
try:
    lz.broken
except KeyError as e:
    print("KeyError", e)

class Guarded:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "hidden"

g = Guarded()
g.value = 1
print(g.value, g.secret_key)

class NoFallback:
    @property
    def p(self):
        raise AttributeError("inner message")

try:
    NoFallback().p
except AttributeError as e:
    print("AttributeError", e)

class Raising:
    def __getattr__(self, name):
        raise AttributeError(f"custom {name}")

    @property
    def q(self):
        raise AttributeError("from q")

try:
    Raising().q
except AttributeError as e:
    print("AttributeError", e)
