"""CPython's proactor event loop base (used by Windows' ProactorEventLoop). On Linux CPython
imports it fine but never uses it; corio has no proactor, so this module only carries the
public name, a loop class that refuses to be created."""

__all__ = 'BaseProactorEventLoop',

from . import base_events


class BaseProactorEventLoop(base_events.BaseEventLoop):

    def __init__(self, proactor):
        raise NotImplementedError('corio has no proactor event loop')
