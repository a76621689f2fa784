"""Event loop access: the loop itself is native (_asyncio)."""

from _asyncio import (get_running_loop, _get_running_loop, get_event_loop, set_event_loop,
                      new_event_loop, Handle, TimerHandle, SelectorEventLoop)

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop')


class AbstractEventLoop:
    """Abstract event loop (corio's loop is the native SelectorEventLoop)."""


def _get_event_loop():
    return get_event_loop()
