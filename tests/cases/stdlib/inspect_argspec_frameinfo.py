import inspect, sys
def f(a, b: int = 2, *args, c, d=4, **kw) -> str: pass
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(lambda x, y=1: 0), inspect.getfullargspec(print) if False else '')
class K:
    x: int
    y: 'str' = 'a'
    def m(self, q): pass
print(inspect.get_annotations(K), inspect.get_annotations(K, eval_str=True), inspect.get_annotations(f), inspect.get_annotations(K.m))
print(inspect.getcallargs(f, 1, 3, 5, c=6, z=7), sorted(inspect.getcallargs(K().m, 9)))
try: inspect.getcallargs(f, 1)
except TypeError as e: print(e)
g = 10
def outer():
    n = 5
    def inner(): return n + g + len([])
    return inner
def here():
    info = inspect.getframeinfo(inspect.currentframe()); fr = inspect.currentframe()
    print(info.function, info.lineno, info.code_context, info.index, info.filename == __file__)
    st = inspect.stack()
    print([s.function for s in st], st[0].code_context, st[1].lineno, st[0].index)
    print(inspect.getargvalues(fr).args)
here()
lines, start = inspect.getsourcelines(here); print(start, lines[0], len(lines))
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.txt'))
try: 1/0
except ZeroDivisionError:
    tb = sys.exc_info()[2]; print(inspect.istraceback(tb), [fi.function for fi in inspect.getinnerframes(tb)], inspect.trace()[0].lineno)
print(inspect.FullArgSpec.__name__, inspect.Traceback._fields)
def h(a, b=1): pass
for call in [lambda: inspect.getcallargs(h), lambda: inspect.getcallargs(h, 1, 2, 3), lambda: inspect.getcallargs(h, 1, a=2), lambda: inspect.getcallargs(h, 1, z=2), lambda: inspect.getcallargs(f, 1, 2, 3, 4)]:
    try: print(call())
    except TypeError as e: print(e)
print(inspect.getfullargspec(K().m))
