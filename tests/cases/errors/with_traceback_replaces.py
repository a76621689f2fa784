import sys, traceback
def f(): raise ValueError("x")
try: f()
except ValueError as e: err = e
def g(): raise err
try:
    g()
except ValueError as e:
    import traceback; traceback.print_exc()
def h(): raise err.with_traceback(None)
try:
    h()
except ValueError as e:
    import traceback; traceback.print_exc()
import sys
class MyErr(Exception): pass
def wrap():
    try:
        f()
    except ValueError:
        raise MyErr("wrapped").with_traceback(sys.exc_info()[2])
try:
    wrap()
except MyErr:
    traceback.print_exc()
e = KeyError("k")
e.__traceback__ = None
print(e.__traceback__)
try: e.__traceback__ = 5
except TypeError as x: print(x)
try: e.with_traceback(5)
except TypeError as x: print(x)
def f(): raise ValueError("inner")
def g():
    try:
        f()
    except ValueError as e:
        e.with_traceback(None)
        raise
try: g()
except ValueError as e: traceback.print_exc()
def h():
    try:
        f()
    except ValueError as e:
        e.__traceback__ = None
        raise KeyError("outer")
try: h()
except KeyError as e: traceback.print_exc(); print(e.__context__.__traceback__)
def k():
    try:
        f()
    except ValueError as e:
        tb = e.__traceback__
    try:
        raise TypeError("t")
    except TypeError as t:
        t.__traceback__ = tb
        print(len(traceback.extract_tb(t.__traceback__)))
        raise t
try: k()
except TypeError: traceback.print_exc()
wrap()
