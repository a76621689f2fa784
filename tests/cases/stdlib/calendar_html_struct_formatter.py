import calendar, struct, hashlib, string
print(calendar.month(2024, 2)); print(calendar.calendar(2023, w=2, l=1, c=4, m=4)[:400])
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 3, 5), calendar.monthcalendar(2024, 2)[0], list(calendar.month_name)[:3], list(calendar.day_abbr))
c = calendar.TextCalendar(calendar.SUNDAY); print(c.formatmonth(2024, 7)); print(c.formatweekheader(3))
print(calendar.HTMLCalendar().formatmonth(2024, 1)[:200])
print(list(calendar.Calendar().itermonthdays(2024, 2))[:10], list(calendar.Calendar(firstweekday=6).iterweekdays()), calendar.timegm((2024, 1, 1, 0, 0, 0)))
calendar.setfirstweekday(calendar.SUNDAY); print(calendar.firstweekday()); calendar.prmonth(2024, 3)
try: calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e: print(e)
print(calendar.day_name[0], calendar.month_abbr[12], calendar.MONDAY, calendar.Calendar().monthdatescalendar(2024, 2)[0])
print(struct.pack('<hIq', -2, 3, 4), struct.unpack('>HH', b'\x00\x01\x00\x02'), struct.calcsize('@iqc'), struct.pack('5s', b'ab'), struct.unpack('<?f', b'\x01\x00\x00\x80\x3f'))
print(hashlib.sha256(b'abc').hexdigest(), hashlib.md5(b'').hexdigest(), hashlib.new('sha1', b'x').hexdigest(), hashlib.blake2b(b'a', digest_size=8).hexdigest())
fm = string.Formatter()
class MyF(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, '<%s>' % key) if isinstance(key, str) else super().get_value(key, args, kwargs)
    def format_field(self, v, spec): return super().format_field(v, spec).upper()
print(MyF().format('{a} {b} {0}', 'zero', a='x'), fm.vformat('{0.real} {1[k]}', (3, {'k': 'v'}), {}), fm.format('{:>{w}}', 'r', w=5))
try: fm.format('{0}')
except IndexError as e: print(repr(e))
try: fm.format('{x}')
except KeyError as e: print(repr(e))
print(calendar.TextCalendar().formatyear(2024, 2, 1, 1, 3)[:300])
h = calendar.HTMLCalendar(calendar.SUNDAY); print(h.formatmonth(2024, 2)); print(h.formatyear(2024, 4)[:600]); print(h.formatyearpage(2023)[:300])
class Cal(calendar.HTMLCalendar):
    cssclasses = ["a"] * 7
print(Cal().formatweek([(0, 0), (1, 1)]), calendar.HTMLCalendar().formatweekday(6))
