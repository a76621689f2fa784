from typing import *
import typing
Ts = TypeVarTuple('Ts'); print(Ts, repr(Ts), Ts.__name__, Unpack[Ts], [*Ts], Tuple[int, Unpack[Ts]], tuple[int, *Ts], Unpack, Unpack[Tuple[int]])
print(get_type_hints(lambda: None), get_type_hints(type('X',(),{'__annotations__':{'a': List[Annotated[int,'m']], 'b': Required[Annotated[int, 1]], 'c': 'Optional[Annotated[int,2]]', 'd': list[Annotated[str,0]], 'e': NotRequired[str], 'f': int | Annotated[str, 0]}})))
print(Ts.__module__, get_args(Unpack[Ts]), get_origin(Unpack[Ts]))
