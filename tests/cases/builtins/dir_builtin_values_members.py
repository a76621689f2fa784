# dir() of built-in values lists the members corio answers as special attributes, and every
# listed name can be fetched (the introspection loop tutorials write).
class A:
    def m(self): pass
def g(): yield
async def c(): pass
co = c()
d = {"a": 1}
for obj in [slice(1, 5), len, A().m, g(), co, d.keys(), d.values(), d.items(), property(), staticmethod(len), classmethod(len), super(A, A())]:
    names = dir(obj)
    public = [n for n in names if not n.startswith("__")]
    fetched = [n for n in names if n not in ("__abstractmethods__",) and hasattr(obj, n)]
    print(type(obj).__name__, public, len(fetched) == len(names) or sorted(set(names) - set(fetched)))
co.close()
print(d.keys().mapping, d.items().mapping["a"], type(d.values().mapping).__name__)
