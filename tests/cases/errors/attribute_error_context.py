# An AttributeError raised by a __getattr__ (or a property) without a name gets the looked-up
# name and object attached, as CPython 3.11's set_attribute_error_context does; so the
# uncaught report can suggest a close attribute name.
class Config:
    def __init__(self):
        self.timeout = 5

    def __getattr__(self, name):
        raise AttributeError(f"no setting {name!r}")


cfg = Config()
try:
    cfg.colour
except AttributeError as e:
    print(e, e.name, e.obj is cfg)
try:
    getattr(cfg, "other")
except AttributeError as e:
    print(e.name, e.obj is cfg)


class Explicit:
    def __getattr__(self, name):
        raise AttributeError("kept", name="chosen", obj=None)


try:
    Explicit().anything
except AttributeError as e:
    print(e.name, e.obj)


class Lazy:
    @property
    def value(self):
        raise AttributeError("not ready")


try:
    Lazy().value
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)

cfg.timeot
