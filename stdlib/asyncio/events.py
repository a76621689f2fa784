"""Event loop access: the loop itself is native (_asyncio)."""

import sys
from _asyncio import (get_running_loop, _get_running_loop, get_event_loop, set_event_loop,
                      Handle, TimerHandle, SelectorEventLoop)
from _asyncio import new_event_loop as _new_event_loop


def new_event_loop():
    """A new event loop. As CPython's selector loop does, report the selector at DEBUG level
    on the `asyncio` logger (only visible once the script has configured logging)."""
    loop = _new_event_loop()
    logging = sys.modules.get('logging')
    if logging is not None:
        logging.getLogger('asyncio').debug('Using selector: %s', 'EpollSelector')
    return loop


__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop')


class AbstractEventLoop:
    """Abstract event loop (corio's loop is the native SelectorEventLoop)."""


def _get_event_loop():
    return get_event_loop()
