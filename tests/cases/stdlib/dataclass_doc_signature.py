# A dataclass without a docstring gets `Name(<init signature>)` as __doc__, with annotations;
# inspect.signature of the class shows the field types and defaults.
import inspect
from dataclasses import dataclass, field
from typing import List, Optional


@dataclass
class Point:
    x: int
    y: "str" = "a"
    tags: List[str] = field(default_factory=list)
    w: Optional[float] = None


@dataclass
class Documented:
    """Own docs."""
    a: int


print(Point.__doc__)
print(inspect.signature(Point))
print(Point.__init__.__annotations__)
print(Documented.__doc__)
