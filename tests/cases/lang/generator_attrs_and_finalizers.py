# gi_code, __del__ timing (when the last reference goes) and finalization order.
def gen():
    yield 1

g = gen()
print(g.gi_code.co_name, g.gi_code is gen.__code__, type(g.gi_code).__name__)


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


x = Tracked("rebound")
x = None
print("after rebinding")


def scope():
    t = Tracked("local")
    print("in scope")


scope()
print("after scope")

holder = {"k": Tracked("in dict")}
del holder["k"]
print("after dict delete")


class Resurrect:
    def __del__(self):
        global saved
        saved = self
        print("resurrected once")


r = Resurrect()
del r
print(type(saved).__name__)
del saved
print("no second __del__")

keep = Tracked("at exit")
print("end of module")
