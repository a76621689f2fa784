"""sched.scheduler: run events (callables with arguments) at given times, ordered by time,
then priority, then insertion, with CPython's Event named tuples and run() semantics."""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.__module__ = 'sched'

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        """Initialize a new instance, passing the time and delay functions"""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Enter a new event at an absolute time; returns the event (its ID for cancel())."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument,
                          kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Enter a new event `delay` time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Execute events until the queue is empty; without blocking, run the due ones and
        return the delay until the next (None when none is left)."""
        lock = self._lock
        q = self._queue
        while True:
            with lock:
                if not q:
                    break
                time, priority, sequence, action, argument, kwargs = q[0]
                now = self.timefunc()
                due = time <= now
                if due:
                    heapq.heappop(q)
            if not due:
                if not blocking:
                    return time - now
                self.delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                self.delayfunc(0)  # let other threads run

    @property
    def queue(self):
        """The upcoming events, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
