# Functions CPython implements in C (operator, bisect, array, functools.partial, OrderedDict,
# defaultdict, SimpleNamespace) add no frame of their own to a traceback, nested code included.
import array, bisect, collections, functools, operator, traceback, types

cases = [
    lambda: sorted([(1,), (2,)], key=operator.itemgetter(1)),
    lambda: operator.attrgetter("x.y")(1),
    lambda: operator.methodcaller("foo")(1),
    lambda: operator.countOf(1, 2),
    lambda: operator.indexOf([1], 2),
    lambda: bisect.insort([1, 2], "a"),
    lambda: array.array("i", [1.5]),
    lambda: functools.partial(1),
    lambda: collections.OrderedDict().popitem(),
    lambda: collections.OrderedDict().move_to_end("k"),
    lambda: types.SimpleNamespace(1),
]
for case in cases:
    try:
        case()
    except Exception:
        traceback.print_exc()
print(operator.countOf([1, 1.0, True], 1), operator.indexOf([3, 4], 4))
