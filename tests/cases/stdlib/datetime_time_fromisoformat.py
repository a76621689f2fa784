from datetime import time, datetime
print(time.fromisoformat("12:34:56.5"), repr(time.fromisoformat("T01:02")), time.fromisoformat("10:00+05:30"))
print(datetime.fromisoformat("2024-01-01T12:34:56.5"), datetime.fromisoformat("2024-01-01T12:34:56.1234567"))
for bad in ["25:00", "1:2", "x"]:
    try: time.fromisoformat(bad)
    except ValueError as e: print(e)
