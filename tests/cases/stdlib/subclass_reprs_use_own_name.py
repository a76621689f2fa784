# Subclasses of C-implemented types print their own name in reprs (CPython uses the type's
# tp_name): OrderedDict, defaultdict, and the datetime types; the base types keep theirs.
import collections
import datetime


class Ordered(collections.OrderedDict):
    pass


class Default(collections.defaultdict):
    pass


class Day(datetime.date):
    pass


class Moment(datetime.datetime):
    pass


class Clock(datetime.time):
    pass


class Span(datetime.timedelta):
    pass


print(repr(Ordered(a=1)), repr(Ordered()), repr(collections.OrderedDict(b=2)))
print(repr(Default(int, a=1)), repr(collections.defaultdict(list)))
print(repr(Day(2020, 1, 2)), repr(datetime.date(2020, 1, 2)))
print(repr(Moment(2020, 1, 2, 3, 4, 5, 6)), repr(Moment(2020, 1, 2, tzinfo=datetime.timezone.utc)))
print(repr(Clock(1, 2)), repr(Clock(1, 2, 3, 4)), repr(datetime.time(5, 6)))
print(repr(Span(days=1, seconds=2)), repr(Span(0)), repr(datetime.timedelta(microseconds=7)))
print([Day(2021, 5, 6)], {"when": Moment(2021, 5, 6, 7)})
