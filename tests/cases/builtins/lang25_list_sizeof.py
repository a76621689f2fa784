# sys.getsizeof of lists as CPython allocates them: exact slices, copies, concatenations
# and repetitions; str.split's preallocation; appended and list()-built lists.
import sys
g = sys.getsizeof
a = list(range(10))
print(g(a), g(a[2:5]), g(a[:]), g(a[::3]), g(a.copy()), g(a[1:2]))
print(g([0] * 5), g([0] * 7), g([None] * 100), g(a * 3), g(a + [1]), g([1, 2, 3] + [4, 5]), g([1] * 3))
print(g([1, 2, 3, 4, 5]), g([1, 2, 3]), g([]), g(list(range(7))), g(sorted(a[:7])), g([x for x in range(7)]))
print(g(''.split()), g('a'.split()), g('a b c'.split()), g('a,b,c'.split(',', 2)), g('a b c'.rsplit()), g('a\nb'.splitlines()), g('1\n2\n3\n4\n5'.splitlines()))
l = []
for i in range(20):
    l.append(i)
    print(g(l), end=' ')
print()
print(a[2:5], a[::3], [0] * 5, 'a b c'.split(), a + [1], 'x\ny\n'.splitlines())
