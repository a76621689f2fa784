"""asyncio.Future (native) and helpers."""

from _asyncio import Future, isfuture, _set_result_unless_cancelled

__all__ = ('Future', 'isfuture')


def _get_loop(fut):
    return fut.get_loop()


def _copy_state(dest, source):
    """Copy the state of a finished concurrent or asyncio future into `dest`."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exc = source.exception()
        if exc is not None:
            dest.set_exception(exc)
        else:
            dest.set_result(source.result())
