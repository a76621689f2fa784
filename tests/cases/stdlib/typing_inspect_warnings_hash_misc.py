import typing, inspect, abc, warnings, zlib, shlex, uuid, hashlib, base64, secrets, unicodedata, calendar, sched, heapq, bisect
from typing import List, Dict, Optional, Union, Callable, TypeVar, Generic, Any, Tuple, get_type_hints, get_origin, get_args, Literal, Protocol, NamedTuple, TypedDict
T = TypeVar("T")
print(List[int], Dict[str, Optional[int]], Union[int, str], Optional[List[T]], Callable[[int], str], Tuple[int, ...], Literal["a", 1], Any)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Union[int, None]), int | None, list[int])
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box(1).v, T, repr(TypeVar("U", bound=int)))
def f(a: int, b: "str" = "x", *args: float, c: bool = False, **kw) -> Optional[int]: ...
print(get_type_hints(f), inspect.signature(f), list(inspect.signature(f).parameters), inspect.signature(f).return_annotation)
sig = inspect.signature(f); ba = sig.bind(1, c=True); ba.apply_defaults(); print(ba, ba.arguments)
try: sig.bind()
except TypeError as e: print(e)
print(inspect.signature(lambda x, /, y=2, *, z: 0), inspect.isfunction(f), inspect.iscoroutinefunction(f), inspect.signature(Box))
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), P._fields, P.__annotations__)
class TD(TypedDict):
    a: int
print(TD(a=1), TD.__required_keys__)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def area(self): return 1
try: Sq()
except TypeError as e: print(e)
print(isinstance([], typing.Sequence), issubclass(dict, typing.Mapping))
warnings.warn("plain warning")
warnings.warn("dep", DeprecationWarning)
warnings.simplefilter("always")
def old(): warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
old(); old()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always"); warnings.warn("rec", UserWarning); print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno)
warnings.filterwarnings("error", category=RuntimeWarning)
try: warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e: print("raised", e)
warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip me"); warnings.warn_explicit("explicit", UserWarning, "file.py", 7)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "line src"))
data = b"hello world " * 20
c = zlib.compress(data); print(len(c), zlib.decompress(c) == data, zlib.crc32(b"abc"), zlib.adler32(b"abc"), hex(zlib.crc32(b"hello")))
try: zlib.decompress(b"garbage")
except zlib.error as e: print(e)
print(shlex.split('ls -l "my file" \'x y\' a\\ b'), shlex.quote("it's"), shlex.join(["a b", "c"]))
try: shlex.split('"unterminated')
except ValueError as e: print(e)
u = uuid.UUID("12345678-1234-5678-1234-567812345678"); print(u, u.hex, u.int, u.version, repr(u), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x"))
print(len(str(uuid.uuid4())), uuid.uuid4().version)
print(hashlib.sha256(b"abc").hexdigest(), hashlib.md5(b"").hexdigest(), hashlib.sha1(b"x").digest()[:4], hashlib.new("sha512", b"a").hexdigest()[:16], hashlib.blake2b(b"a", digest_size=8).hexdigest())
h = hashlib.sha256(); h.update(b"a"); h.update(b"bc"); print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), h.name, h.digest_size)
print(base64.b64encode(b"hi there"), base64.b64decode("aGkgdGhlcmU="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"ab"), base64.b16encode(b"\x01"))
try: base64.b64decode("abc")
except Exception as e: print(type(e).__name__, e)
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)), secrets.choice("a") , secrets.randbelow(1))
print(unicodedata.name("é"), unicodedata.category("A"), unicodedata.normalize("NFD", "é").encode(), unicodedata.lookup("SNOWMAN"), unicodedata.numeric("½"))
print(calendar.month(2024, 2)); print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.day_name[0], list(calendar.month_abbr)[:3])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 3))
clock = [0]
s = sched.scheduler(lambda: clock[0], lambda d: clock.__setitem__(0, clock[0] + d))
s.enter(2, 1, print, ("second",)); s.enter(1, 1, print, ("first",)); s.enter(1, 0, print, ("first-prio",)); s.run()
h = [5, 1, 3]; heapq.heapify(h); heapq.heappush(h, 0); print(heapq.heappop(h), heapq.nlargest(2, [1, 5, 3]), heapq.nsmallest(2, [4, 2, 8], key=lambda x: -x), list(heapq.merge([1, 3], [2, 4])))
print(bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect([1, 2, 2, 3], 2), bisect.insort(l := [1, 3], 2) or l, bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
