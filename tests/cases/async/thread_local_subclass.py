# threading.local as CPython's _thread._local: the state is made by __new__ (a subclass
# __init__ need not call super), __init__ reruns in each other thread, __dict__ is the
# thread's own dict, and the type and error messages say _thread._local.
import threading

data = threading.local()
print(type(data), repr(data).split(" at ")[0])
data.x = 1
print(data.__dict__)


def other():
    print("other thread has x:", hasattr(data, "x"))
    data.x = 2
    print("other thread dict:", data.__dict__)


t = threading.Thread(target=other)
t.start()
t.join()
print("main still sees", data.x)


class Settings(threading.local):
    def __init__(self, level):
        print("init", level)
        self.level = level


s = Settings(5)


def reader():
    print("thread sees", s.level)
    s.level = 9


t = threading.Thread(target=reader)
t.start()
t.join()
print("main sees", s.level, Settings.__mro__)
try:
    threading.local(1)
except TypeError as e:
    print(e)
try:
    data.missing
except AttributeError as e:
    print(e)
del data.x
try:
    del data.x
except AttributeError as e:
    print(e)
try:
    s.missing
except AttributeError as e:
    print(e)
