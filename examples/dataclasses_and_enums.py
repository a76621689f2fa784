"""Dataclasses and enums: describing data with classes that write their own boilerplate.

A small order book: an Enum for the side of an order, a Flag for its options, a frozen
dataclass for prices and a mutable one for orders, all printed, compared and matched.
"""

from dataclasses import dataclass, field, asdict, replace, FrozenInstanceError
from enum import Enum, Flag, IntEnum, auto


class Side(Enum):
    """An Enum: members are singletons with a name and a value."""
    BUY = "buy"
    SELL = "sell"

    def opposite(self):
        return Side.SELL if self is Side.BUY else Side.BUY


class Option(Flag):
    """A Flag: members combine with | into composite values."""
    NONE = 0
    IOC = auto()        # immediate-or-cancel
    POST_ONLY = auto()
    HIDDEN = auto()


class Priority(IntEnum):
    """An IntEnum: members are also ints, so they compare and sort as numbers."""
    LOW = 1
    NORMAL = 2
    HIGH = 3


@dataclass(frozen=True, order=True)
class Price:
    """Frozen: instances are immutable and hashable; order=True adds <, <=, >, >=."""
    cents: int

    def __str__(self):
        return f"${self.cents / 100:.2f}"


@dataclass
class Order:
    """A mutable dataclass: __init__, __repr__ and __eq__ come from the annotations."""
    side: Side
    price: Price
    quantity: int = 1
    options: Option = Option.NONE
    priority: Priority = Priority.NORMAL
    tags: list = field(default_factory=list)   # a fresh list per order

    def __post_init__(self):
        if self.quantity <= 0:
            raise ValueError(f"quantity must be positive, got {self.quantity}")


orders = [
    Order(Side.BUY, Price(10150), 5, Option.IOC | Option.HIDDEN, Priority.HIGH),
    Order(Side.SELL, Price(10175), tags=["maker"]),
    Order(Side.BUY, Price(10125), 2, Option.POST_ONLY),
]

print("== The generated repr ==")
for order in orders:
    print(order)

print("\n== Enum members ==")
print(Side.BUY, repr(Side.BUY), Side("sell"), Side["BUY"].opposite())
print([member.name for member in Side], len(Side))
print(Option.IOC | Option.HIDDEN, Option.IOC in orders[0].options, bool(Option.NONE))
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted(Priority, reverse=True))
try:
    Side("hold")
except ValueError as error:
    print("ValueError:", error)

print("\n== Frozen, ordered prices ==")
best_bid = max(o.price for o in orders if o.side is Side.BUY)
print("best bid:", best_bid, repr(best_bid))
print({Price(100): "one dollar"}[Price(100)])
try:
    best_bid.cents = 0
except FrozenInstanceError as error:
    print("FrozenInstanceError:", error)

print("\n== Equality, replace() and asdict() ==")
first = orders[0]
print(first == replace(first), first == replace(first, quantity=6))
print(asdict(orders[1]))

print("\n== Pattern matching on dataclass fields (__match_args__) ==")
for order in orders:
    match order:
        case Order(Side.BUY, Price(cents), quantity) if quantity >= 5:
            print(f"large buy of {quantity} at {cents} cents")
        case Order(Side.BUY, price):
            print(f"small buy at {price}")
        case Order(side=Side.SELL, tags=[first_tag, *_]):
            print(f"sell tagged {first_tag!r}")

try:
    Order(Side.SELL, Price(1), quantity=0)
except ValueError as error:
    print("\nValueError:", error)
