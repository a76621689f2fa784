"""time: clocks, sleeping and broken-down time (the clocks and C-library calls are in _time)."""

import _time
from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns,
                   sleep, process_time, process_time_ns, tzname, timezone, altzone, daylight,
                   clock_gettime, clock_gettime_ns, clock_getres, thread_time, thread_time_ns)

# Linux clock ids.
CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')
_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


class struct_time:
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __init__(self, seq, zone=None, gmtoff=None):
        values = tuple(seq)
        if len(values) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)'
                            % len(values))
        if len(values) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)'
                            % len(values))
        self._values = values[:9]
        self.tm_zone = values[9] if len(values) > 9 else zone
        self.tm_gmtoff = values[10] if len(values) > 10 else gmtoff

    def __getattr__(self, name):
        if name in _FIELDS:
            return self._values[_FIELDS.index(name)]
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __getitem__(self, index):
        return self._values[index]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._values == other._values
        if isinstance(other, tuple):
            return self._values == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        return hash(self._values)

    def __reduce__(self):
        return (struct_time, (self._values,))

    def __repr__(self):
        parts = ''
        for name, value in zip(_FIELDS, self._values):
            parts += ('%s=%r' if not parts else ', %s=%r') % (name, value)
        return 'time.struct_time(%s)' % parts


def _make(raw):
    return struct_time(raw[:9], raw[9], raw[10])


def localtime(seconds=None):
    return _make(_time.localtime(seconds))


def gmtime(seconds=None):
    return _make(_time.gmtime(seconds))


def _checked(t, name):
    if t is None:
        return _time.localtime(None)
    if isinstance(t, struct_time):
        values = t._values
        zone, gmtoff = t.tm_zone, t.tm_gmtoff
    elif isinstance(t, tuple):
        values, zone, gmtoff = t, None, None
    else:
        raise TypeError('Tuple or struct_time argument required')
    if len(values) != 9:
        # CPython's tuple parsing replaces its own message with this one.
        raise TypeError('%s(): illegal time tuple argument' % name)
    for v in values:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    year, mon, mday, hour, minute, sec, wday, yday, isdst = values
    if mon == 0:
        mon = 1
    if not 1 <= mon <= 12:
        raise ValueError('month out of range')
    if mday == 0:
        mday = 1
    if not 1 <= mday <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hour <= 23:
        raise ValueError('hour out of range')
    if not 0 <= minute <= 59:
        raise ValueError('minute out of range')
    if not 0 <= sec <= 61:
        raise ValueError('seconds out of range')
    if wday < 0:
        raise ValueError('day of week out of range')
    if yday == 0:
        yday = 1
    if not 1 <= yday <= 366:
        raise ValueError('day of year out of range')
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    if zone is None:
        zone = tzname[isdst > 0] if isdst >= 0 else tzname[0]
        gmtoff = -(altzone if isdst > 0 else timezone)
    return (year, mon, mday, hour, minute, sec, wday % 7, yday, isdst, zone, gmtoff)


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    return _time.strftime(format, _checked(t, 'strftime'))


def asctime(t=None):
    v = _checked(t, 'asctime')
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAYS[v[6]], _MONTHS[v[1] - 1], v[2], v[3], v[4],
                                           v[5], v[0])


def ctime(seconds=None):
    return asctime(localtime(seconds))


def mktime(t):
    if isinstance(t, struct_time):
        t = t._values
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('mktime(): illegal time tuple argument')
    return _time.mktime(t)


_CLOCKS = {
    'time': ('clock_gettime(CLOCK_REALTIME)', False, True),
    'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
    'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
    'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False),
    'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False),
}


def get_clock_info(name):
    """How a clock is read: implementation, monotonic, adjustable, resolution (as Linux)."""
    from types import SimpleNamespace
    if name not in _CLOCKS:
        raise ValueError('unknown clock')
    implementation, is_monotonic, adjustable = _CLOCKS[name]
    return SimpleNamespace(implementation=implementation, monotonic=is_monotonic,
                           adjustable=adjustable, resolution=1e-09)


def tzset():
    """Re-read the TZ environment variable for localtime() and friends."""
    global tzname, timezone, altzone, daylight
    tzname, timezone, altzone, daylight = _time._tzset()


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a string to a struct_time according to a format (C locale)."""
    from _strptime import _strptime
    y, mo, d, h, mi, s, wd, jd, _us, offset, tzname = _strptime(data_string, format)
    return struct_time((y, mo, d, h, mi, s, wd, jd, -1), tzname, offset)


# CPython's time module is C: none of its frames shows in a traceback.
import _c_frames  # noqa: E402
_c_frames.hide_namespace(globals(), (__name__,))
del _c_frames
