import inspect
def f(a, /, b, *args, c, d=4, **kw): pass
def g(a, /, b=2, *, c=3): pass
sig = inspect.signature(f)
for a, k in [((1, 2), {'c': 3}), ((1, 2, 3, 4), {'c': 3, 'z': 9}), ((1,), {'b': 2, 'c': 3}), ((1,), {'a': 5, 'b': 2, 'c': 3})]:
    ba = sig.bind(*a, **k); print(ba, ba.args, ba.kwargs); ba.apply_defaults(); print(ba)
gs = inspect.signature(g)
for a, k in [((), {}), ((1,), {'a': 2}), ((1, 2), {'b': 3}), ((1, 2, 3), {}), ((1,), {'x': 1}), ((1,), {'c': 1})]:
    try: print(gs.bind(*a, **k))
    except TypeError as e: print('TE', e)
print(gs.bind_partial(), sig.bind_partial(c=1))
try: sig.bind(1, 2)
except TypeError as e: print('TE', e)
for a, k in [((), {'a': 1, 'b': 2, 'c': 3}), ((), {'a': 1}), ((1,2), {'b': 5, 'c': 1}), ((), {'b': 1})]:
    try: print(sig.bind(*a, **k))
    except TypeError as e: print('TE', e)
    try: print(sig.bind_partial(*a, **k))
    except TypeError as e: print('TE', e)
try: print(gs.bind(a=1))
except TypeError as e: print('TE', e)
def h(*args, **kw): pass
print(inspect.signature(h).bind(), inspect.signature(h).bind(1, x=2))
