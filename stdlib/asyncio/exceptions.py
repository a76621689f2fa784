"""asyncio exceptions (CancelledError and InvalidStateError are native, from _asyncio)."""

from _asyncio import CancelledError, InvalidStateError

TimeoutError = TimeoutError

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""


class IncompleteReadError(EOFError):
    """Incomplete read error: `partial` holds the bytes read before EOF."""

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """Reached the buffer limit while looking for a separator."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""


# CPython's docstrings of this module's API, which `__doc__` and `help()` show. They are set
# here, after the code, so that the line numbers of the frames above stay as they were.
SendfileNotAvailableError.__doc__ = """Sendfile syscall is not available.

    Raised if OS does not support sendfile syscall for given socket or
    file type.
    """
IncompleteReadError.__doc__ = """
    Incomplete read error. Attributes:

    - partial: read bytes string before the end of stream was reached
    - expected: total number of expected bytes (or None if unknown)
    """
LimitOverrunError.__doc__ = """Reached the buffer limit while looking for a separator.

    Attributes:
    - consumed: total number of to be consumed bytes.
    """
