"""Trace memory allocations: the API of CPython's tracemalloc without the tracing.

corio's allocator keeps no per-allocation tracebacks, so tracing can be switched on and off
and snapshots taken, but no allocation is ever recorded: sizes read 0 and snapshots hold no
traces (what CPython reports for allocations made before tracing started).
"""

import fnmatch
import linecache
import pickle

__all__ = ["BaseFilter", "DomainFilter", "Filter", "Frame", "Snapshot", "Statistic",
           "StatisticDiff", "Trace", "Traceback", "clear_traces", "get_object_traceback",
           "get_traceback_limit", "get_traced_memory", "get_tracemalloc_memory",
           "is_tracing", "reset_peak", "start", "stop", "take_snapshot"]

_tracing = False
_traceback_limit = 1


def is_tracing():
    """True if the tracemalloc module is tracing Python memory allocations."""
    return _tracing


def start(nframe=1, /):
    """Start tracing Python memory allocations, keeping up to nframe frames a traceback."""
    global _tracing, _traceback_limit
    if not isinstance(nframe, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(nframe).__name__)
    if nframe < 1 or nframe > 65535:
        raise ValueError("the number of frames must be in range [1; 65535]")
    _tracing = True
    _traceback_limit = nframe


def _start_from_command_line():
    # `-X tracemalloc` (or `-X tracemalloc=NFRAME`) traces from start-up.
    import sys
    option = sys._xoptions.get('tracemalloc')
    if option is not None:
        start(1 if option is True else int(option))


_start_from_command_line()


def stop():
    """Stop tracing Python memory allocations and clear the traces."""
    global _tracing
    _tracing = False


def clear_traces():
    """Clear the traces of memory blocks allocated by Python."""


def reset_peak():
    """Set the peak size of traced memory blocks to the current size."""


def get_traceback_limit():
    """The maximum number of frames stored in the traceback of a trace."""
    return _traceback_limit


def get_traced_memory():
    """(current, peak) size in bytes of the traced memory blocks."""
    return (0, 0)


def get_tracemalloc_memory():
    """Memory in bytes the tracemalloc module uses to store traces."""
    return 0


def get_object_traceback(obj):
    """The traceback where `obj` was allocated, or None when it was not traced."""
    return None


def _format_size(size, sign):
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        if abs(size) < 100 and unit != 'B':
            return ('%+.1f %s' if sign else '%.1f %s') % (size, unit)
        if abs(size) < 10 * 1024 or unit == 'TiB':
            return ('%+.0f %s' if sign else '%.0f %s') % (size, unit)
        size /= 1024


class Frame:
    """A frame of a traceback."""
    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


class Traceback(tuple):
    """A sequence of Frame objects, the most recent call last (unless reversed)."""

    def __new__(cls, frames, total_nframe=None):
        self = tuple.__new__(cls, tuple(Frame(f) if not isinstance(f, Frame) else f
                                        for f in reversed(frames)))
        self._total_nframe = total_nframe
        return self

    @property
    def total_nframe(self):
        return self._total_nframe

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        s = "<Traceback %r" % tuple(self)
        if self._total_nframe is None:
            s += ">"
        else:
            s += " total_nframe=%s>" % self.total_nframe
        return s

    def format(self, limit=None, most_recent_first=False):
        lines = []
        frames = list(self)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:-limit]
        if most_recent_first:
            frames.reverse()
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = linecache.getline(frame.filename, frame.lineno).strip()
            if line:
                lines.append('    %s' % line)
        return lines


class Trace:
    """A trace of one memory block."""
    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return ("<Trace domain=%s size=%s, traceback=%r>"
                % (self.domain, _format_size(self.size, False), self.traceback))


class Statistic:
    """Statistic difference on memory allocations between two snapshots."""
    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __str__(self):
        text = ("%s: size=%s, count=%i"
                % (self.traceback, _format_size(self.size, False), self.count))
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return ('<Statistic traceback=%r size=%i count=%i>'
                % (self.traceback, self.size, self.count))


class StatisticDiff:
    """Statistic difference on memory allocations between an old and a new snapshot."""
    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def __str__(self):
        text = ("%s: size=%s (%s), count=%i (%+i)"
                % (self.traceback, _format_size(self.size, False),
                   _format_size(self.size_diff, True), self.count, self.count_diff))
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return ('<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>'
                % (self.traceback, self.size, self.size_diff, self.count, self.count_diff))


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive


class Filter(BaseFilter):
    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False,
                 domain=None):
        super().__init__(inclusive)
        self._filename_pattern = filename_pattern
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame(self, filename, lineno):
        if not fnmatch.fnmatch(filename, self._filename_pattern):
            return not self.inclusive
        if self.lineno is None:
            return self.inclusive
        return (lineno == self.lineno) == self.inclusive


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain


_KEY_TYPES = ('traceback', 'filename', 'lineno')


class Snapshot:
    """Snapshot of traces of memory blocks allocated by Python."""

    def __init__(self, traces, traceback_limit):
        self.traces = list(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        with open(filename, "wb") as fp:
            pickle.dump(self, fp, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def load(filename):
        with open(filename, "rb") as fp:
            return pickle.load(fp)

    def filter_traces(self, filters):
        for f in filters:
            if not isinstance(f, BaseFilter):
                raise TypeError("filters must be a list of filters, not %s"
                                % type(f).__name__)
        return Snapshot(self.traces, self.traceback_limit)

    def statistics(self, key_type, cumulative=False):
        if key_type not in _KEY_TYPES:
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        return []

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        self.statistics(key_type, cumulative)
        return []


def take_snapshot():
    """Take a snapshot of traces of memory blocks allocated by Python."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot([], get_traceback_limit())
