# A bare raise re-raises without a traceback entry of its own (CPython goes straight to unwinding).
def g():
    raise ValueError("x")

def f():
    try:
        g()
    except ValueError:
        print("caught")
        raise

f()
