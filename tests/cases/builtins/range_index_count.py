# range.index / range.count, list.index / tuple.index with start and stop.
r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), r.count(9.0), r.index(True) if 1 in range(2) else None)
print(range(10, 0, -2).index(4), range(5).count(True), range(3).index(2.0))
for bad in [(r, 10), (r, "a"), (range(0), 0), (range(5, 0, -1), 0)]:
    try:
        bad[0].index(bad[1])
    except ValueError as e:
        print("ValueError:", e)
try:
    r.index()
except TypeError as e:
    print("TypeError:", e)
l = [1, 2, 1, 3, 1]
print(l.index(1), l.index(1, 1), l.index(1, 3), l.index(1, -1), l.index(3, -10, 10))
for args in [(1, 5), (2, 2), (3, 0, 3), (1, 1, 2)]:
    try:
        print(l.index(*args))
    except ValueError as e:
        print("ValueError:", e)
t = (1, 2, 1)
print(t.index(1, 1), t.index(2, -2))
try:
    t.index(2, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    l.index(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    t.index()
except TypeError as e:
    print("TypeError:", e)
