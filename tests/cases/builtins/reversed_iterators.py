# Type names and items of reversed() and iter() over the built-in containers.
for obj in [reversed({1: 2}), reversed(range(3)), reversed([1]), reversed((1,)), reversed('ab'), reversed({1: 2}.keys()), reversed({1: 2}.values()), reversed({1: 2}.items()), iter({1: 2}.items()), iter(set()), iter(b''), iter(bytearray()), iter(range(10**20)), iter(zip()), iter(enumerate([]))]:
    print(type(obj).__name__)
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), next(reversed(range(5))))
class D(dict):
    pass
print(list(reversed(D(x=1, y=2))))
