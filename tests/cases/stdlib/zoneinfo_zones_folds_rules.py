from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from datetime import datetime, timedelta, timezone
import zoneinfo
for key in ['America/New_York', 'Europe/London', 'Asia/Tokyo', 'Australia/Sydney', 'UTC', 'Asia/Kolkata', 'America/Sao_Paulo', 'Europe/Berlin', 'Pacific/Auckland']:
    z = ZoneInfo(key)
    out = [repr(z), str(z)]
    for y, mo, d, h in [(1800, 1, 1, 0), (1950, 7, 1, 12), (2024, 1, 15, 12), (2024, 7, 1, 12), (2024, 3, 10, 2), (2024, 3, 31, 1), (2024, 11, 3, 1), (2024, 10, 27, 1), (2045, 7, 1, 12), (2045, 1, 1, 12), (2100, 3, 14, 2)]:
        for fold in (0, 1):
            dt = datetime(y, mo, d, h, 30, fold=fold, tzinfo=z)
            out.append(f'{dt.isoformat()} {dt.tzname()} {dt.dst()}')
    print(key); print('\n'.join(out))
    u = datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc)
    for k in range(4):
        t = (u + timedelta(hours=k)).astimezone(z); print(t, t.fold, t.tzname())
    for y in (2040, 2060):
        t = datetime(y, 7, 1, 12, tzinfo=timezone.utc).astimezone(z); print(t, t.tzname())
        t = datetime(y, 11, 2, 5, 30, tzinfo=timezone.utc).astimezone(z); print(t, t.fold)
ny = ZoneInfo('America/New_York')
print(ZoneInfo('America/New_York') is ny, ZoneInfo.no_cache('America/New_York') is ny)
print(datetime(2024, 6, 1, 12, tzinfo=ny).astimezone(ZoneInfo('Asia/Tokyo')), datetime(2024, 6, 1, 12, tzinfo=ny) == datetime(2024, 6, 1, 16, tzinfo=timezone.utc))
for bad in ['Nowhere/City', '/etc/passwd', '../x', 'America/../America/New_York']:
    try: ZoneInfo(bad)
    except (ZoneInfoNotFoundError, ValueError) as e: print(type(e).__name__, e)
print(isinstance(ZoneInfoNotFoundError('x'), KeyError), 'America/New_York' in zoneinfo.available_timezones(), zoneinfo.TZPATH[0])
