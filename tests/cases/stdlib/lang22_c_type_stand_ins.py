# random.Random is a subclass of the native _random.Random, lru_cache makes a
# functools._lru_cache_wrapper object and OrderedDict iterates through odict_iterator, as in
# CPython; re has no PatternError before 3.13.
import collections
import copy
import functools
import pickle
import random
import re


def addr_free(text):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', text)


print(addr_free(repr(random.random)), addr_free(repr(random.getrandbits)))
print(addr_free(repr(random.Random(3).random)), repr(random.Random.random))
print(random.Random.__mro__, type(random.random).__name__)
r = random.Random(42)
first = [r.random() for _ in range(3)]
r.seed(42)
print(first == [r.random() for _ in range(3)], r.randint(1, 100), r.getrandbits(20))
state = r.getstate()
a = r.random()
r.setstate(state)
print(a == r.random(), copy.copy(r).random() == copy.copy(r).random())
r2 = pickle.loads(pickle.dumps(r))
print(r2.random() == r.random(), type(r2).__name__)


class Dice(random.Random):
    def random(self):
        return 0.5


print(Dice().randrange(10), Dice().choice('abcd'))


@functools.lru_cache(maxsize=2)
def double(x):
    "Double x."
    return x * 2


print(double(1), double(1), double(2), double(3))
info = double.cache_info()
print(info, info.hits, info[1], info._asdict(), type(info).__name__)
print(addr_free(repr(double)), type(double), type(double).__qualname__)
print(double.__name__, double.__qualname__, double.__doc__, double.__wrapped__.__name__)
print(double.cache_parameters(), sorted(vars(double)))
print(copy.copy(double) is double, copy.deepcopy(double) is double,
      pickle.loads(pickle.dumps(double)) is double)


class Temperature:
    def __init__(self):
        self.calls = 0

    @functools.lru_cache
    def scaled(self, x):
        self.calls += 1
        return x * 10 + self.calls


t = Temperature()
print(t.scaled(1), t.scaled(1), t.calls, Temperature.scaled is Temperature.scaled)
print(addr_free(repr(t.scaled)).split(' of ')[0], addr_free(repr(Temperature.scaled)))
try:
    double()
except TypeError as e:
    print(e)
double.cache_clear()
print(double.cache_info())


@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(20), fact.cache_info())

od = collections.OrderedDict(a=1, b=2, c=3)
for it in (iter(od), iter(od.keys()), iter(od.values()), iter(od.items()), reversed(od),
           reversed(od.items())):
    print(type(it).__name__, next(it), list(it))
for change in (lambda: od.__setitem__('z', 0), lambda: od.move_to_end('a'),
               lambda: od.__setitem__('b', 5)):
    try:
        for key in od:
            change()
        print('no error', list(od.items()))
    except RuntimeError as e:
        print('RuntimeError:', e)
od.move_to_end('c', last=False)
print(od, od.popitem(), od.popitem(last=False), od)

print(hasattr(re, 'PatternError'), hasattr(re, 'Scanner'), re.error.__module__)
scanner = re.Scanner([(r'\d+', lambda s, tok: int(tok)), (r'\s+', None), (r'\w+', lambda s, tok: tok.upper()), (r'.', None)])
print(scanner.scan('10 apples and 3 pears!'))
