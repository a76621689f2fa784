import functools, typing, re
def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
K = functools.cmp_to_key(lambda a, b: a - b)
t(lambda: K(1) < 2)
t(lambda: K(1) == 2)
t(lambda: K(1) >= K(2))
t(lambda: typing.Optional[1, 2])
t(lambda: typing.Optional[int, str])
t(lambda: typing.Optional[()])
t(lambda: re.sub("a", 1, "a"))
t(lambda: re.compile("a", flags="x"))
t(lambda: re.compile("a", "x"))
t(lambda: re.sub("a", None, "a"))
t(lambda: re.compile(1))
t(lambda: re.compile("a", 1.5))
t(lambda: re.subn("a", 2, "a"))
t(lambda: re.compile("a").sub(1, "a"))
import typing
for s in ["typing.Union[1,2]","typing.Union[(1,2),3]","typing.ClassVar[(1,2)]","typing.Final[(1,)]","typing.Optional[(int,)]","typing.Annotated[(1,2),3]","typing.Callable[[int],(1,2)]", "typing.TypeGuard[(1,)]", "typing.Optional[int]", "typing.Union[int, str]"]:
  try: print(eval(s))
  except Exception as e: print(type(e).__name__, e)
import re
for a in [("a", b"b", "a"), (b"a", "b", b"a"), (b"a", 1, b"a"), ("a", 1, b"a"), ("b", "x", "abcb"), ("", "-", "ab"), (b"", b"-", bytearray(b"ab"))]:
  try: print(re.sub(*a), re.subn(*a))
  except Exception as e: print(type(e).__name__, e)
