# ChainMap is a MutableMapping with CPython's methods (dict(), items(), |, pop, __missing__).
from collections import ChainMap
import collections.abc
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), cm, dict(cm), list(cm.items()), list(cm.keys()), list(cm.values()))
print(isinstance(cm, collections.abc.MutableMapping), cm.get("z", 0), "b" in cm, bool(ChainMap()))
child = cm.new_child({"c": 4}); print(child, child.parents, child["a"])
try: del cm["b"]
except KeyError as e: print(e)
cm["z"] = 26; print(cm.maps, cm | {"q": 1}, {"q": 1} | cm)
print(cm.pop("z"), cm.setdefault("y", 5), cm, cm == ChainMap({"a": 1, "y": 5}, {"a": 2, "b": 3}))
class DefaultCM(ChainMap):
    def __missing__(self, k): return "dflt"
print(DefaultCM({})["x"], ChainMap.fromkeys("ab", 0))
