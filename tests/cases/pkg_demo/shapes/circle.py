from . import _consts
from .sub.util import record
record("circle")
__all__ = ["PUBLIC", "area"]
PUBLIC = "public"
hidden = "not exported"


def area(r):
    return _consts.PI * r * r
