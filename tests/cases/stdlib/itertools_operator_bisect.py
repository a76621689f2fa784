# itertools, operator and bisect, the way scripts use them.
import bisect
import heapq
import itertools
import operator

print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat(7, 3)))
print(list(itertools.chain([1, 2], (3,), "x")), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.product("ab", range(2))), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
for key, group in itertools.groupby(sorted("mississippi")):
    print(key, len(list(group)), end="; ")
print()
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.filterfalse(lambda x: x % 2, range(6))), [list(t) for t in itertools.tee([1, 2], 2)])
print(list(itertools.pairwise("abcd")))

rows = [{"name": "b", "age": 3}, {"name": "a", "age": 5}]
print(sorted(rows, key=operator.itemgetter("name")), operator.attrgetter("real")(3))
print(operator.add(2, 3), operator.neg(4), operator.contains([1], 1), operator.methodcaller("upper")("hi"))
print(operator.itemgetter(0, 2)("xyz"), operator.index(7), operator.truediv(7, 2), operator.floordiv(7, 2))

a = [1, 3, 3, 7, 9]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 8))
bisect.insort(a, 4)
bisect.insort_left(a, 3)
print(a, bisect.bisect_left(a, 30, key=None))
h = [5, 1, 8, 3]
heapq.heapify(h)
heapq.heappush(h, 0)
print(heapq.heappop(h), heapq.nsmallest(2, h), heapq.nlargest(2, h), heapq.heappushpop(h, 2), sorted(h))
print(list(heapq.merge([1, 4], [2, 3])))
