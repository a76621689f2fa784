from typing import List, Optional, Dict, Callable, Annotated, Literal, Union, get_type_hints
import typing
class Node:
    def __init__(self, val: int, children: List['Node'] = None, parent: Optional['Node'] = None): pass
    def f(self) -> 'Dict[str, List[Node]]': pass
print(get_type_hints(Node.__init__))
print(get_type_hints(Node.f))
class Tree:
    left: 'Tree | None'
    kids: list['Tree']
    cb: Callable[['Tree'], 'int']
    lit: Literal['a', 'b']
    ann: Annotated['Tree', 'meta']
    u: Union['Tree', int]
    d: dict[str, 'list[Tree]']
print(get_type_hints(Tree))
print(get_type_hints(Tree, include_extras=True)['ann'])
def g(x: 'Undefined'): pass
try: get_type_hints(g)
except NameError as e: print(e)
def h(x: 'List[int'): pass
try: get_type_hints(h)
except SyntaxError as e: print(type(e).__name__, e)
def k(x: 1): pass
try: print(get_type_hints(k))
except TypeError as e: print(e)
print(typing.ForwardRef('X'), List['Node'], Optional['Node'])
