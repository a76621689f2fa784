import inspect
def func(a, b: int = 2, *args, c, d="x", **kw) -> str: pass
def g(a, /, b, c=1): pass
def h(x, y=1, z=2): pass
sig = inspect.signature(func)
for s, a, k in [(sig, (1,), {"c": 3}), (sig, (1, 2, 3, 4), {"c": 3, "e": 5}), (sig, (), {"a": 1, "c": 2}),
                (inspect.signature(g), (1, 2), {}), (inspect.signature(g), (), {"a": 1, "b": 2}), (inspect.signature(g), (1,), {"b": 2, "c": 3}),
                (inspect.signature(h), (1,), {"z": 3}), (inspect.signature(h), (1, 2, 3, 4), {}), (inspect.signature(h), (1,), {"x": 2}), (inspect.signature(h), (), {"q": 1}),
                (sig, (1,), {}), (inspect.signature(h), (), {})]:
    try:
        ba = s.bind(*a, **k)
        print(ba, ba.args, ba.kwargs)
        ba.apply_defaults(); print(ba)
    except TypeError as e:
        print("TypeError", e)
print(inspect.signature(h).bind_partial(y=5), inspect.signature(func).bind_partial())
