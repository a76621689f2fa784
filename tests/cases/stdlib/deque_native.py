# collections.deque: the native double-ended queue, its methods, errors and reprs.
from collections import deque

d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()))
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d[0], d[-1], d.index(5), d.count(5), 3 in d, 99 in d)
d[0] = 'x'; del d[1]; print(d)
d.insert(2, 'ins'); print(d)
d.remove('ins'); print(d)
d.reverse(); print(d)
b = deque(range(10), maxlen=3); print(b, b.maxlen)
b.append(10); b.appendleft(0); print(b)
print(deque([1,2]) == deque([1,2]), deque([1,2]) < deque([1,3]), deque([1]) == [1])
print(deque([1,2]) + deque([3]), deque([1,2]) * 2, 2 * deque([7]))
e = deque([1]); e += [2, 3]; print(e)
e *= 2; print(e)
print(list(reversed(deque([1,2,3]))), list(deque('abc')))
class MyDeque(deque):
    pass
m = MyDeque([1,2]); print(m, m.copy(), type(m.copy()).__name__)
r = deque(); r.append(r); print(r)
print(deque([1], maxlen=4).__copy__())
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2),
            lambda: deque([1]).index(3), lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2),
            lambda: deque([1]) + [2], lambda: deque([1])['a']]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
d = deque([1,2,3])
try:
    for x in d:
        d.append(x)
except RuntimeError as ex:
    print(ex)
print(type(iter(d)).__name__, type(reversed(d)).__name__, deque.__module__)
print(deque([1,2,3], 2))
d = deque([3,1,2]); print(sorted(d), max(d), sum(d), list(d))
