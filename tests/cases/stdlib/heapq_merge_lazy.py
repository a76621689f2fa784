import heapq
print(list(heapq.merge([1, 4], [2, 3], [0])), list(heapq.merge(['bb', 'a'], ['ccc'], key=len)), list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge([5, 2], [4, 3, 9], [1])), list(heapq.merge([(1, 'b'), (1, 'a')], [(1, 'c')], key=lambda t: t[0])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge('ace', 'bdf')), list(heapq.merge([9, 7], [8, 1], [10], reverse=True, key=lambda x: -x)))
g = heapq.merge([1], [2]); print(type(g).__name__, next(g))
for f in [lambda: heapq.heappush(3, 1), lambda: heapq.heapify((1,)), lambda: heapq.heappushpop('x', 1), lambda: heapq.heappop([])]:
    try: f()
    except (TypeError, IndexError) as e: print(type(e).__name__, e)
