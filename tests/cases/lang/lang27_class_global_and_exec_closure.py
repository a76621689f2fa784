# A `global` declaration in a class body does not hide an enclosing function's variable
# from the methods, and exec()/eval() of a code object with free variables.
x = 0


def make(x):
    class Foo:
        global x

        def __call__(self, y):
            return x + y

        def where(self):
            return x

    return Foo()


print(make(6)(2), make(3).where())


class Outer:
    global x
    x = 42


print("module x:", x)


def counter(start):
    total = start

    def bump():
        return total + 1

    return bump


bump = counter(10)
try:
    eval(bump.__code__)
except TypeError as e:
    print("eval:", e)
for kwargs in ({}, {"closure": ()}, {"closure": (1,)}, {"closure": [bump.__closure__[0]]}):
    try:
        exec(bump.__code__, {}, **kwargs)
    except TypeError as e:
        print("exec:", e)
print("with closure:", exec(bump.__code__, {}, closure=bump.__closure__))
try:
    exec((lambda: 1).__code__, {}, closure=bump.__closure__)
except TypeError as e:
    print("exec:", e)
try:
    exec("pass", {}, closure=bump.__closure__)
except TypeError as e:
    print("exec:", e)
ns = {}
exec("def f():\n    return 7\nr = f()", ns, closure=None)
print(ns["r"])
