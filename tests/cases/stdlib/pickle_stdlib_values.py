# Round trips of stdlib values through pickle (dataclasses, enums, datetime, decimal, ...),
# and copy through the same reductions.
import pickle, copy, dataclasses, enum, datetime, decimal, fractions, collections, uuid, pathlib
@dataclasses.dataclass
class D:
    a: int
    b: list = dataclasses.field(default_factory=list)
@dataclasses.dataclass(frozen=True)
class FD:
    a: int
class E(enum.IntEnum):
    X = 3
class Fl(enum.Flag):
    A = 1; B = 2
for v in [D(1, [2]), FD(5), E.X, Fl.A | Fl.B, datetime.date(2024, 1, 2), datetime.datetime(2024, 1, 2, 3, 4, 5, 6), datetime.timedelta(days=2, seconds=3), datetime.time(1, 2),
          datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc), decimal.Decimal('3.14'), fractions.Fraction(2, 3), uuid.UUID(int=7), pathlib.PurePosixPath('/a/b'),
          collections.namedtuple('Pt', 'x y')(1, 2) if False else 0, {'k': D(2)}]:
    try:
        r = pickle.loads(pickle.dumps(v))
        print(repr(r), r == v, type(r) is type(v))
    except Exception as e:
        print('ERR', repr(v), type(e).__name__, e)
print(pickle.dumps(D(1, [2])), pickle.dumps(E.X), pickle.dumps(FD(5)))
print(copy.deepcopy(D(1, [2])), copy.copy(collections.OrderedDict(a=1)), copy.deepcopy(collections.defaultdict(int, a=1)))
