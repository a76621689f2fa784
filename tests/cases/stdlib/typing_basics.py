import typing
from typing import *
T = TypeVar('T'); K = TypeVar('K', bound=int); V = TypeVar('V', covariant=True)
print(Any, Optional[int], Union[int, str], Union[int, str, None], Optional[Union[int, str]], Union[int], Union[int, int])
print(List, List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Set[str], FrozenSet[int], Type[int])
print(Callable, Callable[[int, str], bool], Callable[..., int], Awaitable[int], Coroutine[Any, Any, int])
print(Iterator[int], Iterable[str], AsyncIterator[int], Generator[int, None, None], Sequence[int], Mapping[str, int])
print(T, K, V, T.__name__, K.__bound__)
print(Literal[1, 'a'], Final[int], ClassVar[int], Annotated[int, 'meta'], NoReturn, Self, Optional[List[int]])
print(List[int] == List[int], Optional[int] == Union[int, None], get_origin(List[int]), get_args(Dict[str, int]))
print(List[int] | None, int | List[int])
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box(3).v, Box.__mro__, Box[int](4).v)
class P(Protocol):
    def meth(self) -> int: ...
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer))
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
p = Pt(1, 2)
print(p, p.x, p[1], p.norm(), Pt(5), isinstance(p, tuple), Pt._fields, Pt.__annotations__)
x, y = p
print(x, y, p._asdict(), p._replace(x=9))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(m, type(m), Movie.__annotations__)
print(cast(int, 'x'), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
def f(x): return x
print(f(3))
def g(a: int, b: 'str') -> List[int]: pass
print(get_type_hints(g))
UserId = NewType('UserId', int)
print(UserId(5), UserId)
print(typing.Hashable, typing.Sized, AnyStr, Text)
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(3, Iterable))
try: isinstance([], List[int])
except TypeError as e: print(e)
print(Optional[int].__args__, Union[int, str].__origin__)
def h(x: Optional[int] = None) -> None: pass
print(h.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], int | None, int | str | None, list[int] | None)
print(isinstance(3, int | str), isinstance(None, int | None), (int | str) == (str | int))
print(list[int]([1,2]), list[int].__origin__, list[int].__args__)
x: list[int] = []
print(__annotations__)
try: int | 3
except TypeError as e: print(e)

# Annotations are evaluated and stored, as CPython does.
class WithAnn:
    a: int
    b: Optional[str] = None
    c: "List[int]"
print(WithAnn.__annotations__, get_type_hints(WithAnn))
def ann(a: int | None, *, b: dict[str, int]) -> list[int]: ...
print(ann.__annotations__)
