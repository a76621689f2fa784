"""asyncio.timeout() / timeout_at(): cancel the current task at a deadline and turn that
cancellation into TimeoutError on exit (CPython 3.11 semantics, including uncancel())."""

from . import events
from . import exceptions
from . import tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')

_CREATED = 'created'
_ENTERED = 'active'
_EXPIRING = 'expiring'
_EXPIRED = 'expired'
_EXITED = 'finished'


class Timeout:
    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state is not _ENTERED:
            if self._state is _CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state is _ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        # Same as CPython's ' '.join(info), spelled as a loop so the repr
        # only needs f-strings from the str type.
        info_str = ''
        for i, part in enumerate(info):
            info_str = info_str + (' ' if i else '') + part
        return f"<Timeout [{self._state}]{info_str}>"

    async def __aenter__(self):
        # CPython 3.11: a Timeout is entered once; the state changes only after the checks.
        if self._state is not _CREATED:
            raise RuntimeError("Timeout has already been entered")
        self._task = tasks.current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _ENTERED
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        # As CPython's: leaving a Timeout that was never entered (or already left) is a bug.
        assert self._state in (_ENTERED, _EXPIRING)
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _EXPIRING:
            self._state = _EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc_val
        elif self._state is _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


def timeout(delay):
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


class _Hint:
    # Stands for a `typing` annotation of CPython's module (`Optional[float]`) without
    # importing `typing`: `inspect.signature` shows it as it shows typing's own.
    __module__ = 'typing'

    def __init__(self, text):
        self._text = text

    def __repr__(self):
        return 'typing.' + self._text


def _annotate():
    # CPython's annotations, set after the code so the frames above keep their lines.
    opt_float = _Hint('Optional[float]')
    timeout.__annotations__ = {'delay': opt_float, 'return': Timeout}
    timeout_at.__annotations__ = {'when': opt_float, 'return': Timeout}
    Timeout.__init__.__annotations__ = {'when': opt_float, 'return': None}
    Timeout.when.__annotations__ = {'return': opt_float}
    Timeout.reschedule.__annotations__ = {'when': opt_float, 'return': None}
    Timeout.expired.__annotations__ = {'return': bool}
    Timeout.__repr__.__annotations__ = {'return': str}
    Timeout.__aenter__.__annotations__ = {'return': 'Timeout'}
    Timeout.__aexit__.__annotations__ = {
        'exc_type': _Hint('Optional[typing.Type[BaseException]]'),
        'exc_val': _Hint('Optional[BaseException]'),
        'exc_tb': _Hint('Optional[traceback]'),
        'return': _Hint('Optional[bool]'),
    }
    Timeout._on_timeout.__annotations__ = {'return': None}


_annotate()
del _annotate


# CPython's docstrings of this module's API, which `__doc__` and `help()` show. They are set
# here, after the code, so that the line numbers of the frames above stay as they were.
Timeout.__doc__ = """Asynchronous context manager for cancelling overdue coroutines.

    Use `timeout()` or `timeout_at()` rather than instantiating this class directly.
    """
Timeout.__init__.__doc__ = """Schedule a timeout that will trigger at a given loop time.

        - If `when` is `None`, the timeout will never trigger.
        - If `when < loop.time()`, the timeout will trigger on the next
          iteration of the event loop.
        """
Timeout.when.__doc__ = """Return the current deadline."""
Timeout.reschedule.__doc__ = """Reschedule the timeout."""
Timeout.expired.__doc__ = """Is timeout expired during execution?"""
timeout.__doc__ = """Timeout async context manager.

    Useful in cases when you want to apply timeout logic around block
    of code or in cases when asyncio.wait_for is not suitable. For example:

    >>> async with asyncio.timeout(10):  # 10 seconds timeout
    ...     await long_running_task()


    delay - value in seconds or None to disable timeout logic

    long_running_task() is interrupted by raising asyncio.CancelledError,
    the top-most affected timeout() context manager converts CancelledError
    into TimeoutError.
    """
timeout_at.__doc__ = """Schedule the timeout at absolute time.

    Like timeout() but argument gives absolute time in the same clock system
    as loop.time().

    Please note: it is not POSIX time but a time with
    undefined starting base, e.g. the time of the system power on.

    >>> async with asyncio.timeout_at(loop.time() + 10):
    ...     await long_running_task()


    when - a deadline when timeout occurs or None to disable timeout logic

    long_running_task() is interrupted by raising asyncio.CancelledError,
    the top-most affected timeout() context manager converts CancelledError
    into TimeoutError.
    """
