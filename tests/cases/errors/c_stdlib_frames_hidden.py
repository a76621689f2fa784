# datetime, time, io, csv, binascii, zlib, pickle and weakref.ref are C in CPython: their
# frames stay out of tracebacks, and their errors carry no internal exception context.
import binascii, csv, datetime, io, pickle, time, traceback, weakref, zlib

cases = [
    lambda: datetime.date(2020, 13, 1),
    lambda: datetime.date.fromisoformat("bad"),
    lambda: datetime.date.fromisoformat("2020-13-01"),
    lambda: datetime.time.fromisoformat("x"),
    lambda: datetime.datetime.fromisoformat("2020-01-01T25:00"),
    lambda: datetime.timedelta(days=1) + 1,
    lambda: datetime.datetime(2020, 1, 1).strftime(5),
    lambda: datetime.time().strftime(None),
    lambda: csv.reader(5),
    lambda: list(csv.reader(io.StringIO('a,"b'), strict=True)),
    lambda: time.strftime(5),
    lambda: io.StringIO(5),
    lambda: io.StringIO().write(5),
    lambda: io.BytesIO().write("x"),
    lambda: binascii.unhexlify("a"),
    lambda: zlib.decompress(b"x"),
    lambda: pickle.loads(b"x"),
    lambda: weakref.ref(1),
]
for case in cases:
    try:
        case()
    except Exception:
        traceback.print_exc()
print(datetime.date.fromisoformat("2020-01-02"), datetime.datetime(2020, 1, 1).strftime("%Y-%m-%d"))
