def f(x): return x
print(f.__call__(3), hasattr(f, "__call__"), hasattr(print, "__call__"), hasattr(len, "__call__"))
class C:
    def m(self): return 1
print(C().m.__call__(), hasattr(C().m, "__call__"), hasattr(C, "__call__"), type(f).__call__(f, 4))
print(callable(f), f.__call__.__name__ if hasattr(f.__call__, "__name__") else None)
