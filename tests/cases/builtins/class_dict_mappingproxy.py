# A class's __dict__ (and vars(cls)) is a read-only mappingproxy, as in CPython; types.MappingProxyType is that type.
import types
p=types.MappingProxyType({'a':1})
print(p|{'b':2}, {'c':1}|p, p == {'a':1}, p != {'a':1}, bool(types.MappingProxyType({})), list(reversed(p)))
print(p.copy(), type(p.copy()), p.get('a'), p.get('z', 5), p.keys(), p.values(), p.items(), str(p), len(p), 'a' in p, list(p))
for a in ([], (), 1, None, 'abc'):
  try: print(types.MappingProxyType(a))
  except TypeError as e: print(e)
try: types.MappingProxyType()
except TypeError as e: print(e)
print(types.MappingProxyType(mapping={}))
print(dir(p))
class C:
    x = 1
    def m(self): pass
d = C.__dict__
print(type(d), type(d).__name__, d['x'], 'm' in d, sorted(k for k in d if not k.startswith('__')), isinstance(d, dict))
print(repr(vars(C))[:40], type(vars(C)))
for bad in [lambda: d.__setitem__('y', 2), lambda: hash(d), lambda: d.update({}), lambda: d.pop('x')]:
    try: bad()
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: d['y'] = 2
except TypeError as e: print(e)
try: del d['x']
except TypeError as e: print(e)
try: d['zz']
except KeyError as e: print(repr(e))
try: d.q = 1
except AttributeError as e: print(e)
print(type(d) is types.MappingProxyType, types.MappingProxyType.__name__, repr(types.MappingProxyType))
print(dict(d)['x'], {**d}['x'], C.__dict__ == C.__dict__, C.__dict__ is C.__dict__)
import collections.abc
print(isinstance(d, collections.abc.Mapping))
# Descriptor tutorials read the raw attribute through the class dict.
class D:
    @property
    def p(self): return 1
    @staticmethod
    def s(): return 2
print(type(D.__dict__['p']).__name__, type(D.__dict__['s']).__name__, D.__dict__['s'].__func__())
print(sorted(k for k, v in vars(D).items() if isinstance(v, property)))
print(types.MappingProxyType({'b': 1, 'a': 2}), types.MappingProxyType[str, int])
# A mappingproxy cannot be pickled, so copy refuses it; pprint and | treat it as a mapping.
import copy, pprint
for f in [lambda: copy.copy(types.MappingProxyType({})), lambda: copy.deepcopy(C.__dict__)]:
    try: f()
    except TypeError as e: print(e)
pprint.pprint(types.MappingProxyType({"k": list(range(30)), "j": "x" * 40}))
print({**types.MappingProxyType({1: 2})}, types.MappingProxyType({1: 2}) | types.MappingProxyType({3: 4}))
