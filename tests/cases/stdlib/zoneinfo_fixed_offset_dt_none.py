import zoneinfo, datetime
for key in ['UTC', 'America/New_York', 'Asia/Kolkata', 'Etc/GMT+5', 'Etc/GMT-14', 'Europe/London']:
    z = zoneinfo.ZoneInfo(key)
    print(key, z.utcoffset(None), z.tzname(None), z.dst(None))
print(datetime.time(12, tzinfo=zoneinfo.ZoneInfo('UTC')).utcoffset(), datetime.time(12, tzinfo=zoneinfo.ZoneInfo('Europe/London')).utcoffset())
