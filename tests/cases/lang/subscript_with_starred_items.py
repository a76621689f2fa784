d = {(1, 2): 'a', (1, 2, 3): 'b', (0,): 'c'}
b = [1, 2]
print(d[*b])
print(d[*b, 3])
print(d[0, *[]])
d[*b] = 'z'
print(d[1, 2])
del d[*b]
print(sorted(d))
class C:
    def __getitem__(self, k): return k
print(C()[*range(3)])
print(C()[*range(3), 1:2])
