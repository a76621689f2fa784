"""email._parseaddr: RFC 2822 address lists ('Name <a@b>', '"Last, First" <a@b>',
'a@b (Comment)') and dates ('Mon, 20 Nov 1995 19:12:08 -0500')."""

import calendar
import time

from email._rfc822_scan import pieces, quote, split_outside

__all__ = ['mktime_tz', 'parsedate', 'parsedate_tz', 'quote']

_MONTHNAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct',
               'nov', 'dec', 'january', 'february', 'march', 'april', 'may', 'june',
               'july', 'august', 'september', 'october', 'november', 'december']
_DAYNAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
_TIMEZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0, 'AST': -400, 'ADT': -300,
              'EST': -500, 'EDT': -400, 'CST': -600, 'CDT': -500, 'MST': -700,
              'MDT': -600, 'PST': -800, 'PDT': -700}


def parsedate_tz(data):
    """A 10-tuple (..., tz offset in seconds or None) for an RFC 2822 date."""
    res = _parsedate_tz(data)
    if not res:
        return
    if res[9] is None:
        res[9] = 0
    return tuple(res)


def _parsedate_tz(data):
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    if words[0].endswith(',') or words[0].lower() in _DAYNAMES:
        del words[0]
    else:
        i = words[0].rfind(',')
        if i >= 0:
            words[0] = words[0][i + 1:]
    if len(words) == 3:
        stuff = words[0].split('-')
        if len(stuff) == 3:
            words = stuff + words[1:]
    if len(words) == 4:
        s = words[3]
        i = s.find('+')
        if i == -1:
            i = s.find('-')
        if i > 0:
            words[3:] = [s[:i], s[i:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    words = words[:5]
    dd, mm, yy, tm, tz = words
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _MONTHNAMES:
        dd, mm = mm, dd.lower()
        if mm not in _MONTHNAMES:
            return None
    mm = _MONTHNAMES.index(mm) + 1
    if mm > 12:
        mm -= 12
    if dd[-1] == ',':
        dd = dd[:-1]
    i = yy.find(':')
    if i > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ',':
        tm = tm[:-1]
    tm = tm.split(':')
    if len(tm) == 2:
        thh, tmm = tm
        tss = '0'
    elif len(tm) == 3:
        thh, tmm, tss = tm
    elif len(tm) == 1 and '.' in tm[0]:
        tm = tm[0].split('.')
        if len(tm) == 2:
            thh, tmm = tm
            tss = 0
        elif len(tm) == 3:
            thh, tmm, tss = tm
        else:
            return None
    else:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh = int(thh)
        tmm = int(tmm)
        tss = int(tss)
    except ValueError:
        return None
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    tzoffset = None
    tz = tz.upper()
    if tz in _TIMEZONES:
        tzoffset = _TIMEZONES[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
        if tzoffset == 0 and tz.startswith('-'):
            tzoffset = None
    if tzoffset:
        sign = -1 if tzoffset < 0 else 1
        tzoffset = abs(tzoffset)
        tzoffset = sign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return [yy, mm, dd, thh, tmm, tss, 0, 1, -1, tzoffset]


def parsedate(data):
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    """Seconds since the epoch for a parsedate_tz tuple."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def _phrase(text):
    """A display name: quoted strings unquoted, words joined by single spaces."""
    words, current = [], []
    for piece, quoted, _ in pieces(text):
        if piece == '"':
            # a closing quote ends a word even when empty; an opening one ends the
            # word before it
            if quoted or current:
                words.append(''.join(current))
                current = []
        elif piece.isspace() and not quoted:
            if current:
                words.append(''.join(current))
                current = []
        elif not (quoted and piece == '\\'):
            # an escape stands for the character it escapes; a lone backslash
            # ending an open string is dropped
            current.append(piece[-1])
    if current:
        words.append(''.join(current))
    return ' '.join(words)


def _take_comments(text):
    """(text without (comments), [comments])"""
    out, comments, buf = [], [], []
    for piece, quoted, depth in pieces(text, comments=True):
        if depth == 1 and piece == ')':
            comments.append(''.join(buf))
            buf = []
        elif depth:
            buf.append(piece)
        elif piece != '(' or quoted:
            out.append(piece)
    return ''.join(out), comments


class AddressList:
    """The (display name, address) pairs of an address header value."""

    def __init__(self, field):
        self.field = field or ''
        self.addresslist = []
        for chunk in split_outside(self.field, ',', addresses=True):
            pair = self._parse_one(chunk)
            if pair is not None:
                self.addresslist.append(pair)

    def _parse_one(self, chunk):
        text, comments = _take_comments(chunk)
        text = text.strip()
        if not text and not comments:
            return None
        # a group "name: a, b;" contributes only its members (handled as plain text)
        if ':' in text and '<' not in text and '@' not in text.split(':', 1)[0]:
            text = text.split(':', 1)[1].rstrip(';').strip()
            if not text:
                return None
        start = text.find('<')
        if start != -1 and '>' in text[start:]:
            end = text.index('>', start)
            addr = ''.join(text[start + 1:end].split())
            if addr.startswith('@') and ':' in addr:
                addr = addr.split(':', 1)[1]
            name = _phrase(text[:start])
            if not name and comments:
                name = ' '.join(comments)
            return (name, addr)
        addr = ''.join(_phrase(text).split())
        name = ' '.join(' '.join(c.split()) for c in comments)
        return (name, addr)

    def __len__(self):
        return len(self.addresslist)
