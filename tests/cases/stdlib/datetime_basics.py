import datetime
from datetime import date, time, timedelta, timezone
d = datetime.datetime(2024, 1, 2, 3, 4, 5)
print(repr(d), d, d.isoformat(), repr(datetime.datetime(2024, 1, 2)), repr(datetime.datetime(2024, 1, 2, 3, 4, 5, 600)))
print(timedelta(seconds=1.5), timedelta(days=1, hours=2), timedelta(-1), timedelta(seconds=-1), repr(timedelta(days=1, seconds=7200)), repr(timedelta()))
print(timedelta(days=2, microseconds=5), timedelta(weeks=1, minutes=3) * 2, timedelta(hours=5) / 2, timedelta(hours=5) // timedelta(minutes=7), timedelta(hours=1).total_seconds())
e = d + timedelta(days=30, hours=23)
print(e, e - d, d - e, e > d, d == datetime.datetime(2024, 1, 2, 3, 4, 5), e.weekday(), e.isoweekday(), e.toordinal())
print(d.strftime('%Y-%m-%d %H:%M:%S.%f %A %B %j %a %b %p %y %%'), d.date(), d.time(), repr(d.date()), repr(d.time()))
print(date(2024, 2, 29) + timedelta(days=366), date(2024, 3, 1) - date(2023, 3, 1), date(2024, 1, 1).isocalendar(), date.fromordinal(738000))
print(datetime.datetime.fromisoformat('2024-05-06T07:08:09.123456'), datetime.datetime.fromisoformat('2024-05-06 07:08'), date.fromisoformat('2021-12-31'))
print(repr(datetime.datetime.fromisoformat('2024-05-06T07:08:09+02:00')), datetime.datetime.fromisoformat('2024-05-06T07:08:09Z'))
u = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
print(u, repr(u), u.timestamp(), timezone(timedelta(hours=-3, minutes=-30)), u.astimezone(timezone(timedelta(hours=9))))
print(datetime.datetime.fromtimestamp(1700000000, timezone.utc), datetime.datetime.utcfromtimestamp(1700000000.25))
print(f'{d:%d/%m/%Y}', '{:%H}'.format(d), time(12, 30), repr(time(1, 2, 3, 4)), d.replace(year=2020, minute=0), d.ctime())
print(type(datetime.datetime.now()).__name__, datetime.datetime.now() > d, date.today() >= date(2024, 1, 1))
print(sorted([date(2024, 3, 1), date(2023, 1, 1), date(2024, 1, 5)]), min(timedelta(1), timedelta(hours=3)))
for bad in [lambda: date(2023, 2, 29), lambda: datetime.datetime(2024, 13, 1), lambda: d < date(2024, 1, 1), lambda: datetime.datetime.fromisoformat('nope'), lambda: d - u]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
