"""asyncio.Future (native) and helpers."""

from _asyncio import Future, isfuture, _set_result_unless_cancelled

__all__ = ('Future', 'isfuture', 'wrap_future')


def _get_loop(fut):
    return fut.get_loop()


def _convert_future_exc(exc):
    """CPython's conversion between the concurrent.futures and asyncio exception classes when
    a state crosses a chain: the exact classes are replaced by a fresh instance of the other
    side's class (so TimeoutError, the same class on both sides, arrives without its traceback
    and chain); subclasses and other exceptions pass as they are."""
    cls = type(exc)
    if cls is TimeoutError:
        return TimeoutError(*exc.args)
    if cls.__module__ != 'concurrent.futures._base':
        return exc
    import concurrent.futures
    from . import exceptions
    if cls is concurrent.futures.CancelledError:
        return exceptions.CancelledError(*exc.args)
    if cls is concurrent.futures.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _copy_state(dest, source):
    """Copy the state of a finished concurrent or asyncio future into `dest`."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exc = source.exception()
        if exc is not None:
            dest.set_exception(_convert_future_exc(exc))
        else:
            dest.set_result(source.result())


def _is_concurrent_future(fut):
    import concurrent.futures
    return isinstance(fut, concurrent.futures.Future)


def _set_concurrent_future_state(concurrent, source):
    """Copy an asyncio future's final state into a concurrent.futures.Future."""
    assert source.done()
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _chain_future(source, destination):
    """Make `destination` finish like `source`; either may be an asyncio or a concurrent future.
    Cancelling `destination` cancels `source`. Callbacks reach an asyncio future through its
    loop (call_soon_threadsafe), since a concurrent future completes in another thread."""
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_state(future, other)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future in an asyncio Future of `loop`."""
    if isfuture(future):
        return future
    assert _is_concurrent_future(future), f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        from . import events
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


# CPython's docstrings of this module's API, which `__doc__` and `help()` show. They are set
# here, after the code, so that the line numbers of the frames above stay as they were.
wrap_future.__doc__ = """Wrap concurrent.futures.Future object."""
