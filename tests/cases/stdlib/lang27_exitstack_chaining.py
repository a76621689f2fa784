# contextlib.ExitStack: exceptions raised by several exit callbacks chain to each other (as
# nested with statements would), push() accepts context managers, and the registered
# callbacks keep __wrapped__/__self__.
from contextlib import ExitStack, AbstractContextManager, contextmanager


def raise_exc(exc):
    raise exc


details = None


def suppress_exc(*exc_details):
    global details
    details = exc_details
    return True


try:
    with ExitStack() as stack:
        stack.callback(raise_exc, IndexError)
        stack.callback(raise_exc, KeyError)
        stack.callback(raise_exc, AttributeError)
        stack.push(suppress_exc)
        stack.callback(raise_exc, ValueError)
        1 / 0
except IndexError as exc:
    chain = []
    e = exc
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print("chain:", chain)
print("suppressed:", type(details[1]).__name__, type(details[1].__context__).__name__)


class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


with ExitStack() as stack:
    t = stack.enter_context(Tracker("a"))
    print(stack._exit_callbacks[-1][1].__self__ is t)
    pushed = stack.push(Tracker("pushed, not entered"))
    cb = stack.callback(print, "callback ran")
    print(stack._exit_callbacks[-1][1].__wrapped__ is print, cb is print)


class NoEnter:
    __enter__ = None

    def __exit__(self, *a):
        pass


class Both:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


print(issubclass(NoEnter, AbstractContextManager), issubclass(Both, AbstractContextManager))


@contextmanager
def failing(name):
    try:
        yield
    finally:
        raise RuntimeError(f"cleanup {name} failed")


try:
    with ExitStack() as stack:
        stack.enter_context(failing("outer"))
        stack.enter_context(failing("inner"))
        raise KeyError("body")
except RuntimeError as exc:
    print(repr(exc), repr(exc.__context__), repr(exc.__context__.__context__))
    import traceback
    print("".join(traceback.format_exception_only(type(exc), exc)), end="")
