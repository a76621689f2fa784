# contextlib: ContextDecorator, redirect_stdout/stderr, chdir, ABCs, ExitStack errors, async variants.
import contextlib, io, sys, os, asyncio

@contextlib.contextmanager
def tag(n):
    print(f"<{n}>")
    try:
        yield n
    finally:
        print(f"</{n}>")

@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2

print(decorated(2), decorated(3))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
    print("twice")
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
cwd = os.getcwd()
with contextlib.chdir("/"):
    print(os.getcwd())
print(os.getcwd() == cwd)
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("CM exit")
with CM() as c:
    print(type(c).__name__)
print(isinstance(open(__file__), contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))
class Deco(contextlib.ContextDecorator):
    def __enter__(self): print("enter deco"); return self
    def __exit__(self, *exc): print("exit deco"); return False
@Deco()
def f(): print("in f")
f()
try:
    with contextlib.ExitStack() as st:
        st.enter_context(42)
except TypeError as e:
    print(e)
with contextlib.ExitStack() as st:
    st.enter_context(tag("a"))
    st.push(lambda *exc: print("push exit", exc[0]))
    st.callback(print, "cb", 1)
    moved = st.pop_all()
moved.close()
with contextlib.nullcontext(5) as v: print(v)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad(): pass
except RuntimeError as e: print(e)
@contextlib.contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextlib.asynccontextmanager
async def atag(n):
    print("a<", n); yield n; print("a>", n)
async def main():
    async with atag(1) as v: print("inside", v)
    async with contextlib.AsyncExitStack() as st:
        await st.enter_async_context(atag(2))
        st.callback(print, "sync cb")
        async def acb(): print("async cb")
        st.push_async_callback(acb)
    @atag(3)
    async def g(): print("g body")
    await g()
    try:
        async with contextlib.AsyncExitStack() as st:
            await st.enter_async_context(tag("x"))
    except TypeError as e: print(e)
asyncio.run(main())
