"""Parsing of time strings by format (C locale), shared by `time.strptime` and
`datetime.strptime`, with CPython's error messages."""

import re

_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']
_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']


def _alts(words):
    return '|'.join(sorted(words, key=len, reverse=True))


_DIRECTIVES = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'A': '(?P<A>' + _alts(_DAYS) + ')',
    'a': '(?P<a>' + _alts(d[:3] for d in _DAYS) + ')',
    'B': '(?P<B>' + _alts(_MONTHS) + ')',
    'b': '(?P<b>' + _alts(m[:3] for m in _MONTHS) + ')',
    'p': '(?P<p>am|pm)',
    'Z': '(?P<Z>utc|gmt)',
    '%': '%',
}
_DIRECTIVES['h'] = _DIRECTIVES['b'].replace('?P<b>', '?P<h>')
_DIRECTIVES['W'] = _DIRECTIVES['U'].replace('?P<U>', '?P<W>')
_COMPOUND = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S', 'T': '%H:%M:%S',
             'D': '%m/%d/%y', 'R': '%H:%M', 'r': '%I:%M:%S %p', 'F': '%Y-%m-%d'}

_cache = {}


def _pattern(fmt, whole):
    out = []
    i = 0
    seen = set()
    while i < len(fmt):
        c = fmt[i]
        if c == '%':
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % whole)
            d = fmt[i + 1]
            i += 2
            if d in _COMPOUND:
                out.append(_pattern(_COMPOUND[d], whole))
            elif d in _DIRECTIVES:
                rx = _DIRECTIVES[d]
                if d in seen and d != '%':
                    # A directive used twice must match the same text the second time.
                    rx = '(?P=%s)' % d
                seen.add(d)
                out.append(rx)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append(re.escape(c))
            i += 1
    return ''.join(out)


def _compile(fmt):
    rx = _cache.get(fmt)
    if rx is None:
        try:
            rx = re.compile(_pattern(fmt, fmt), re.IGNORECASE)
        except ValueError as e:
            if "bad directive" in str(e):
                bad = str(e).split("'")[1]
                raise ValueError("'%s' is a bad directive in format '%s'" % (bad, fmt)) from None
            raise
        _cache[fmt] = rx
    return rx


def _days_before_month(year, month):
    days = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][month - 1]
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return days + (1 if month > 2 and leap else 0)


def _weekday(year, month, day):
    # Days since 0001-01-01 (a Monday), modulo 7.
    y = year - 1
    n = y * 365 + y // 4 - y // 100 + y // 400 + _days_before_month(year, month) + day - 1
    return n % 7


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _julian_from_week(year, week_of_year, day_of_week, week_starts_mon):
    """Day of the year from a %U/%W week number and a weekday (0 = Monday), as CPython."""
    first_weekday = _weekday(year, 1, 1)
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _ordinal(year, month, day):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + _days_before_month(year, month) + day


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    """(year, day of that year) of an ISO week date, as CPython's _calc_julian_from_V (the
    day may fall in the previous year, or past the end of this one)."""
    correction = _weekday(iso_year, 1, 4) + 1 + 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        ordinal += _ordinal(iso_year, 1, 1)
        iso_year -= 1
        ordinal -= _ordinal(iso_year, 1, 1)
    return iso_year, ordinal


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """(year, month, day, hour, minute, second, weekday, julian, microsecond, utcoffset
    seconds or None, tzname or None)."""
    for name, value in (("data_string", data_string), ("format", format)):
        if not isinstance(value, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (1 if name == "data_string" else 2, type(value).__name__))
    rx = _compile(format)
    found = rx.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    g = found.groupdict()
    year = None
    month = day = 1
    hour = minute = second = micro = 0
    offset = None
    tzname = None
    weekday = julian = None
    iso_year = iso_week = week_of_year = None
    week_starts_mon = False
    if g.get('Y'):
        year = int(g['Y'])
    elif g.get('y'):
        y = int(g['y'])
        year = y + (2000 if y <= 68 else 1900)
    if g.get('G'):
        iso_year = int(g['G'])
    if g.get('V'):
        iso_week = int(g['V'])
    if g.get('U'):
        week_of_year = int(g['U'])
    elif g.get('W'):
        week_of_year = int(g['W'])
        week_starts_mon = True
    if g.get('m'):
        month = int(g['m'])
    for key, names in (('B', _MONTHS), ('b', [m[:3] for m in _MONTHS]), ('h', [m[:3] for m in _MONTHS])):
        if g.get(key):
            month = names.index(g[key].lower()) + 1
    if g.get('d'):
        day = int(g['d'])
    if g.get('H'):
        hour = int(g['H'])
    elif g.get('I'):
        hour = int(g['I'])
        ampm = (g.get('p') or '').lower()
        if ampm == 'pm':
            hour = hour if hour == 12 else hour + 12
        elif ampm == 'am' and hour == 12:
            hour = 0
    if g.get('M'):
        minute = int(g['M'])
    if g.get('S'):
        second = int(g['S'])
    if g.get('f'):
        micro = int(g['f'] + '0' * (6 - len(g['f'])))
    if g.get('A'):
        weekday = _DAYS.index(g['A'].lower())
    elif g.get('a'):
        weekday = [d[:3] for d in _DAYS].index(g['a'].lower())
    elif g.get('w'):
        weekday = (int(g['w']) - 1) % 7
    elif g.get('u'):
        weekday = int(g['u']) - 1
    if g.get('j'):
        julian = int(g['j'])
    if g.get('z'):
        z = g['z']
        if z == 'Z' or z == 'z':
            offset = 0
        else:
            if z[3] == ':':
                z = z[:3] + z[4:]
                if len(z) > 5:
                    if z[5] != ':':
                        raise ValueError("Inconsistent use of : in %s" % g['z'])
                    z = z[:5] + z[6:]
            hours, minutes = int(z[1:3]), int(z[3:5])
            seconds = int(z[5:7] or 0)
            offset = (hours * 60 + minutes) * 60 + seconds
            frac = z[8:]
            if frac:
                micro_off = int(frac + '0' * (6 - len(frac)))
                offset = offset + micro_off / 1000000
            if z.startswith('-'):
                offset = -offset
    if g.get('Z'):
        tzname = g['Z']
    # matches CPython: the ISO directives only work together, and not with %Y or %j.
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        # Feb 29 without a year is checked against a leap year, then reported as 1900.
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, week_starts_mon)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        # matches CPython: the day of the year (given, or from a week number) decides the
        # month and day, running into the next year when past its end.
        yday = julian
        while yday > (366 if _is_leap(year) else 365):
            yday -= 366 if _is_leap(year) else 365
            year += 1
        m = 1
        while m < 12 and _days_before_month(year, m + 1) < yday:
            m += 1
        month, day = m, yday - _days_before_month(year, m)
    dim = [31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    if day > dim:
        raise ValueError("day is out of range for month")
    if julian is None:
        julian = _days_before_month(year, month) + day
    if weekday is None:
        weekday = _weekday(year, month, day)
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, micro, offset, tzname)
