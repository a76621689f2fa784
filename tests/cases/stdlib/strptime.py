from datetime import datetime
import time
for s, f in [("2023-07-14 10:05:09", "%Y-%m-%d %H:%M:%S"), ("14/Jul/2023:10:01:12 +0000", "%d/%b/%Y:%H:%M:%S %z"),
             ("Friday, March 3 23", "%A, %B %d %y"), ("07/04/99 11:30 PM", "%m/%d/%y %I:%M %p"), ("2024-02-29T12:00:00.25", "%Y-%m-%dT%H:%M:%S.%f"),
             ("2021-100", "%Y-%j"), ("12:30", "%H:%M"), ("2023-01-01 -05:30", "%Y-%m-%d %z")]:
    d = datetime.strptime(s, f)
    print(repr(d), d)
print(time.strptime("30 Nov 00", "%d %b %y"))
print(time.strptime("2023-07-14", "%Y-%m-%d")[:8])
for s, f in [("2023-13-01", "%Y-%m-%d"), ("2023-01-01x", "%Y-%m-%d"), ("2023", "%Y %Q"), ("2023-02-30", "%Y-%m-%d"), ("x", "%")]:
    try: datetime.strptime(s, f)
    except ValueError as e: print('ValueError:', e)
