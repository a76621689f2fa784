# heapq's functions are the C accelerator's: the same heaps, the same `<` calls in the same
# order, and Argument Clinic's error messages.
import heapq
import random

random.seed(11)
log = []


class Item:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v

    def __repr__(self):
        return f"{self.v}{self.tag}"


h = []
for i in range(40):
    heapq.heappush(h, Item(random.randrange(10), chr(65 + i % 26)))
print(len(log), log[:12])
print(h)
log.clear()
out = [heapq.heappop(h) for _ in range(15)]
print(out, len(log), log[-6:])
log.clear()
print(heapq.heapreplace(h, Item(4, "r")), heapq.heappushpop(h, Item(0, "p")), heapq.heappushpop(h, Item(9, "q")), log[:8])
data = [Item(random.randrange(50), chr(97 + i % 26)) for i in range(60)]
log.clear()
heapq.heapify(data)
print(data[:10], len(log))
print(heapq.nsmallest(3, [5, 1, 8, 3, 9]), heapq.nlargest(2, "hello"), list(heapq.merge([1, 4, 7], [2, 5], [3])))
x = [5, 3, 8, 1, 9, 2, 7]
heapq._heapify_max(x)
print(x, heapq._heappop_max(x), x, heapq._heapreplace_max(x, 0), x)

calls = [
    (heapq.heappush, (1, 2)), (heapq.heappop, ([],)), (heapq.heappop, ((),)),
    (heapq.heapify, ("ab",)), (heapq.heapreplace, ([], 1)), (heapq.heappushpop, ([], 1)),
    (heapq.heappush, ([],)), (heapq.heappop, ([1], 2)), (heapq.heappush, ([1], "a")),
]
for f, args in calls:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

h = [1, 2]


class Shrinker:
    def __lt__(self, other):
        h.clear()
        return True


try:
    heapq.heappush(h, Shrinker())
except RuntimeError as e:
    print("RuntimeError", e)


class MyList(list):
    pass


m = MyList([9, 4, 6, 1])
heapq.heapify(m)
print(m, heapq.heappop(m), type(m).__name__)
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
