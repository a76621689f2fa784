# The order in which dying containers finalize their items (CPython: lists and tuples from the
# last item to the first; dicts, instance dicts and function locals in insertion order).
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


l = [D(1), D(2), D(3)]
del l
print("-- tuple")
t = (D(1), D(2), D(3))
del t
print("-- dict")
d = {"a": D(1), "b": D(2), "c": D(3)}
del d
print("-- instance")


class O:
    pass


o = O()
o.a = D(1)
o.b = D(2)
o.c = D(3)
del o
print("-- clear")
s = [D(1), D(2), D(3)]
s.clear()
print("-- slice assign")
s = [D(1), D(2), D(3)]
s[:] = []
print("-- dict clear")
d = {"a": D(1), "b": D(2), "c": D(3)}
d.clear()
print("-- locals")


def f():
    a = D(1)
    b = D(2)
    c = D(3)


f()
print("-- del slice")
s = [D(1), D(2), D(3), D(4)]
del s[1:3]
print("-- rebind")
s = None
print("-- nested")
x = [D(1), (D(2), D(3)), [D(4), D(5)]]
del x
print("-- extended slice")
s = [D(1), D(2), D(3), D(4), D(5)]
del s[::2]
print("-- del all")
s = [D(1), D(2), D(3)]
del s[:]
print("-- end")
