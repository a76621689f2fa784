import functools, itertools, traceback
def boom(a, b=0):
    return a / b
for f in [lambda: functools.partial(boom, 1)(),
          lambda: functools.reduce(boom, [1, 0]),
          lambda: functools.lru_cache(boom)(1),
          lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a / 0)),
          lambda: list(itertools.accumulate([1, 0], boom)),
          lambda: list(itertools.starmap(boom, [(1, 0)])),
          lambda: list(itertools.takewhile(lambda x: 1 / x, [1, 0])),
          lambda: [k for k, g in itertools.groupby([1, 0], key=lambda x: 1 / x)]]:
    try:
        f()
    except ZeroDivisionError:
        traceback.print_exc()
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
print(functools.partial(int, base=2)("101"))
