"""zoneinfo internals: reading TZif data (transitions, offsets, abbreviations, footer) and
the POSIX TZ rule ('EST5EDT,M3.2.0,M11.1.0') used past the last transition; local and UTC
lookups with the fold of repeated times, as CPython's zoneinfo."""

import bisect
from datetime import timedelta, datetime, date

_EPOCH_ORD = date(1970, 1, 1).toordinal()


def _int(data, pos, size):
    return int.from_bytes(data[pos:pos + size], 'big', signed=True)


def load_tzif(data):
    """(utc transitions, (wall fold 0, wall fold 1), ttinfo per transition, ttinfo before
    the first, rule or None) from TZif bytes."""
    if data[:4] != b'TZif':
        raise ValueError("Invalid TZif file: magic not found")
    version = data[4:5]
    pos, size = 0, 4
    counts = [_int(data, 20 + 4 * k, 4) for k in range(6)]
    if version >= b'2':
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        pos = 44 + timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt
        counts = [_int(data, pos + 20 + 4 * k, 4) for k in range(6)]
        size = 8
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    p = pos + 44
    times = [_int(data, p + size * k, size) for k in range(timecnt)]
    p += size * timecnt
    indices = list(data[p:p + timecnt])
    p += timecnt
    types = []
    for k in range(typecnt):
        types.append((_int(data, p, 4), data[p + 4], data[p + 5]))
        p += 6
    chars = data[p:p + charcnt]
    p += charcnt + leapcnt * (size + 4) + isstdcnt + isutcnt
    rule = None
    if size == 8:
        footer = data[p:].strip(b'\n')
        if footer:
            rule = parse_rule(footer.decode('ascii'))

    def abbr(i):
        end = chars.index(b'\0', i)
        return chars[i:end].decode('ascii')

    utoffs = [t[0] for t in types]
    # DST amount: the offset minus the nearest standard-time offset (before, else after).
    dsts = []
    for n, idx in enumerate(indices):
        if not types[idx][1]:
            dsts.append(0)
            continue
        std = None
        for m in range(n - 1, -1, -1):
            if not types[indices[m]][1]:
                std = utoffs[indices[m]]
                break
        if std is None:
            for m in range(n + 1, len(indices)):
                if not types[indices[m]][1]:
                    std = utoffs[indices[m]]
                    break
        dst = utoffs[idx] - std if std is not None else 3600
        dsts.append(dst if dst > 0 else 3600)
    ttinfos = [(timedelta(seconds=utoffs[idx]), timedelta(seconds=dsts[n]),
                abbr(types[idx][2])) for n, idx in enumerate(indices)]
    before_type = next((t for t in types if not t[1]), types[0] if types else None)
    if before_type is None:
        before = (timedelta(0), timedelta(0), 'UTC')
    else:
        before = (timedelta(seconds=before_type[0]), timedelta(0), abbr(before_type[2]))
    wall0, wall1 = [], []
    previous = before[0]
    for t, info in zip(times, ttinfos):
        hi, lo = max(previous, info[0]), min(previous, info[0])
        wall0.append(t + int(hi.total_seconds()))
        wall1.append(t + int(lo.total_seconds()))
        previous = info[0]
    return times, (wall0, wall1), ttinfos, before, rule


def _seconds(dt):
    return ((dt.toordinal() - _EPOCH_ORD) * 86400 + dt.hour * 3600 + dt.minute * 60
            + dt.second)


def find_local(zone, dt):
    """(utcoffset, dst, tzname) for a local (wall-clock) datetime."""
    ts = _seconds(dt)
    walls = zone._trans_wall[dt.fold]
    idx = bisect.bisect_right(walls, ts)
    if zone._rule is not None and idx == len(walls):
        return zone._rule.local(ts, dt.year, dt.fold)
    if idx == 0:
        return zone._before
    return zone._ttinfos[idx - 1]


def from_utc(zone, dt):
    """The local datetime for a UTC one (dt's tzinfo is zone), with fold=1 for the second
    occurrence of a repeated wall time."""
    ts = _seconds(dt)
    trans = zone._trans_utc
    idx = bisect.bisect_right(trans, ts)
    if zone._rule is not None and idx == len(trans):
        off, fold = zone._rule.utc(ts)
    elif idx == 0:
        off, fold = zone._before[0], 0
    else:
        off = zone._ttinfos[idx - 1][0]
        prev = zone._ttinfos[idx - 2][0] if idx >= 2 else zone._before[0]
        shift = (prev - off).total_seconds()
        fold = 1 if shift > 0 and ts - trans[idx - 1] < shift else 0
    result = dt + off
    return result.replace(fold=1) if fold else result


class _Rule:
    """A POSIX TZ string: standard (and DST) names and offsets, and the DST start and end
    rules, each (kind, a, b, c, seconds)."""

    def __init__(self, std, std_off, dst=None, dst_off=None, start=None, end=None):
        self.std = (timedelta(seconds=std_off), timedelta(0), std)
        self.std_off = std_off
        if dst is None:
            self.dst = None
            return
        self.dst_off = dst_off
        self.dst = (timedelta(seconds=dst_off), timedelta(seconds=dst_off - std_off), dst)
        self.start, self.end = start, end

    def _bounds(self, year):
        """DST start (in standard wall time) and end (in DST wall time), epoch seconds."""
        return _rule_time(self.start, year), _rule_time(self.end, year)

    def local(self, ts, year, fold):
        if self.dst is None:
            return self.std
        start, end = self._bounds(year)
        delta = self.dst_off - self.std_off
        start_b = start + (0 if fold else delta)
        end_b = end - (delta if fold else 0)
        if start < end:
            isdst = start_b <= ts < end_b
        else:
            isdst = not (end_b <= ts < start_b)
        return self.dst if isdst else self.std

    def utc(self, ts):
        """(utcoffset, fold) at a UTC time."""
        if self.dst is None:
            return self.std[0], 0
        year = datetime.utcfromtimestamp(ts + self.std_off).year if -62135596800 < ts < \
            253402300799 else 1970
        start, end = self._bounds(year)
        start_u, end_u = start - self.std_off, end - self.dst_off
        if start_u < end_u:
            isdst = start_u <= ts < end_u
        else:
            isdst = not (end_u <= ts < start_u)
        if isdst:
            return self.dst[0], 0
        delta = self.dst_off - self.std_off
        fold = 1 if end_u <= ts < end_u + delta else 0
        return self.std[0], fold


def _rule_time(rule, year):
    kind, a, b, c, secs = rule
    if kind == 'M':
        month, week, weekday = a, b, c
        first = date(year, month, 1)
        # date.weekday(): Monday 0; POSIX d: Sunday 0.
        shift = (weekday - (first.weekday() + 1) % 7) % 7
        day = 1 + shift + (week - 1) * 7
        days_in_month = ((date(year + (month == 12), month % 12 + 1, 1)) - first).days
        while day > days_in_month:
            day -= 7
        d = date(year, month, day)
    elif kind == 'J':
        # Jn: 1..365, February 29 never counted.
        d = date(year, 1, 1) + timedelta(days=a - 1)
        if a >= 60 and (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
            d += timedelta(days=1)
    else:
        d = date(year, 1, 1) + timedelta(days=a)
    return (d.toordinal() - _EPOCH_ORD) * 86400 + secs


def _parse_offset(text, i):
    """[+-]hh[:mm[:ss]] at i: (seconds, next index)."""
    sign = 1
    if i < len(text) and text[i] in '+-':
        sign = -1 if text[i] == '-' else 1
        i += 1
    parts = []
    while True:
        j = i
        while j < len(text) and text[j].isdigit():
            j += 1
        parts.append(int(text[i:j] or '0'))
        i = j
        if i < len(text) and text[i] == ':' and len(parts) < 3:
            i += 1
            continue
        break
    while len(parts) < 3:
        parts.append(0)
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]), i


def _parse_name(text, i):
    if text[i] == '<':
        j = text.index('>', i)
        return text[i + 1:j], j + 1
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j], j


def _parse_date_rule(text):
    spec, _, time = text.partition('/')
    secs = _parse_offset(time, 0)[0] if time else 7200
    if spec[0] == 'M':
        m, w, d = (int(x) for x in spec[1:].split('.'))
        return ('M', m, w, d, secs)
    if spec[0] == 'J':
        return ('J', int(spec[1:]), 0, 0, secs)
    return ('n', int(spec), 0, 0, secs)


def parse_rule(text):
    """A _Rule from a POSIX TZ string (offsets there are west of UTC, hence negated)."""
    std, i = _parse_name(text, 0)
    off, i = _parse_offset(text, i)
    std_off = -off
    if i >= len(text):
        return _Rule(std, std_off)
    dst, i = _parse_name(text, i)
    if i < len(text) and text[i] != ',':
        off, i = _parse_offset(text, i)
        dst_off = -off
    else:
        dst_off = std_off + 3600
    rules = text[i + 1:].split(',') if i < len(text) else []
    if len(rules) != 2:
        return _Rule(std, std_off)
    return _Rule(std, std_off, dst, dst_off, _parse_date_rule(rules[0]),
                 _parse_date_rule(rules[1]))
