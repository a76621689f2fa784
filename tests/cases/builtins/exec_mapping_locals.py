# exec()/eval() with a locals object that is a mapping but not a dict: name loads, stores
# and deletions go through its __getitem__/__setitem__/__delitem__, as CPython's.
import collections


class Recording:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print("get", key)
        return self.data[key]

    def __setitem__(self, key, value):
        print("set", key, type(value).__name__)
        self.data[key] = value

    def __delitem__(self, key):
        print("del", key)
        del self.data[key]


ns = Recording()
exec("x = 1\ny = x + 1\ndel x", {}, ns)
print(ns.data)
try:
    exec("print(missing)", {}, ns)
except NameError as e:
    print("NameError:", e)
print(eval("len([1]) + y", {}, ns))

fresh = Recording()
exec("def f(): return 1\nclass K: pass\nfor i in range(2): pass", {}, fresh)
print(sorted(fresh.data))


class Defaulting(dict):
    def __missing__(self, key):
        return "missing:" + key


print(eval("anything", {}, Defaulting()))

chain = collections.ChainMap({}, {"a": 5})
exec("b = a * 2", {}, chain)
print(chain.maps)

for bad in (5, None.__class__):
    try:
        exec("z = 1", {}, bad)
    except TypeError as e:
        print(e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print(e)
try:
    exec("z = 1", [], {})
except TypeError as e:
    print(e)
try:
    exec("z = 1", {}, [])
except TypeError as e:
    print(e)
