# contextvars: ContextVar, Token, Context and copy_context, with CPython's error messages
# (reprs that contain addresses are cut before the address).
import contextvars
from contextvars import Context, ContextVar, Token, copy_context


def short(obj):
    return repr(obj).split(' at 0x')[0]


def err(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        text = str(e)
        if ' at 0x' in text:
            text = text.split(' at 0x')[0] + ' ...' + text.rsplit('>', 1)[-1]
        print(type(e).__name__ + ':', text)
    else:
        print("no error")


print(Context, ContextVar, Token, contextvars.__all__)
x = ContextVar('x', default=1)
w = ContextVar('w')
print(x.name, short(x), short(w))
print(short(ContextVar('s', default='a\'b')), short(ContextVar('n', default=None)))
print(ContextVar[int])
print(Token.MISSING, type(Token.MISSING).__name__)

# get: value, explicit default, var default, LookupError carrying the var
print(x.get(), x.get(5), w.get('dflt'), w.get(None))
try:
    w.get()
except LookupError as e:
    print("LookupError", e.args[0] is w, short(e))

# set / reset and tokens
t = w.set(10)
print(w.get(), t.var is w, t.old_value is Token.MISSING, short(t))
t2 = w.set(20)
print(w.get(), t2.old_value)
w.reset(t2)
print(w.get())
err(w.reset, t2)
w.reset(t)
err(w.get)
err(x.reset, t)
err(w.reset, 'nope')

# errors of the constructors and methods
err(ContextVar)
err(ContextVar, 1)
err(Token)
err(Context, 1)
err(w.set)
err(w.get, 1, 2)
err(setattr, x, 'name', 'y')
err(setattr, t, 'var', x)

# copy_context takes a snapshot
a = ContextVar('a')
a.set('one')
snap = copy_context()
a.set('two')
print(snap[a], a.get(), a in snap, w in snap, len(snap) >= 1)
print(snap.get(a), snap.get(w), snap.get(w, 'missing'))
err(snap.__getitem__, w)
err(snap.__getitem__, 'a')
err(snap.__contains__, 1)
err(snap.get, 'a')

# run: changes stay in the context; args and kwargs are passed through
ctx = Context()
print(len(ctx), list(ctx))


def work(n, *, label):
    a.set(f"{label}{n}")
    x.set(n * 2)
    return a.get(), x.get()


print(ctx.run(work, 3, label='r'))
print(a.get(), x.get())
print(len(ctx), ctx[a], ctx[x], sorted(map(str, ctx.values())))
print(sorted(v.name for v in ctx), sorted(k.name for k in ctx.keys()))
print(sorted((k.name, v) for k, v in ctx.items()))
print(ctx.run(a.get), ctx.run(lambda: w.get('none in ctx')))

# a token from one context cannot reset in another
tok = ctx.run(a.set, 'inside')
err(a.reset, tok)
ctx.run(a.reset, tok)
print(ctx[a])

# re-entering an entered context
err(ctx.run, ctx.run, print)
err(ctx.run)
# exceptions propagate out of run, and the context is left
err(ctx.run, lambda: 1 / 0)
print(ctx.run(lambda: 'entered again fine'))

# copies and equality
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, Context() == Context(), c2 == Context())
c2.run(a.set, 'changed')
print(c2[a], ctx[a], c2 == ctx)
print(type(ctx).__name__, type(x).__name__, isinstance(ctx, Context))

# nested runs of different contexts restore the outer one
outer, inner = Context(), Context()


def nested():
    a.set('outer')
    inner.run(a.set, 'inner')
    return a.get()


print(outer.run(nested), outer[a], inner[a], a.get())

# contexts are hashable by identity as dict keys? (Context is unhashable in CPython)
print(hash(x) == hash(x), {x: 1}[x])
