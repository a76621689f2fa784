# Closures, nonlocal, global, lambda.
counter_total = 0

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        global counter_total
        count += step
        counter_total += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c2(5), c1(), counter_total)

def late_binding():
    fns = [lambda: i for i in range(3)]
    bound = [lambda i=i: i for i in range(3)]
    return [f() for f in fns], [f() for f in bound]
print(late_binding())

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())

def shadow():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(shadow())

square = lambda x: x * x
print(square(7), (lambda *a, **k: (a, k))(1, b=2))
print(sorted([3, -1, 2], key=lambda v: abs(v)))

def cell_in_loop():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    return [f() for f in out]
print(cell_in_loop())

def nested_nonlocal():
    a = 0
    def one():
        nonlocal a
        def two():
            nonlocal a
            a += 10
        two()
        a += 1
    one()
    one()
    return a
print(nested_nonlocal())

def make_adders():
    return {n: (lambda x, n=n: x + n) for n in range(3)}
print([f(10) for f in make_adders().values()])

def global_decl():
    global new_global
    new_global = "created"
global_decl()
print(new_global)

def closure_vars():
    y = 5
    def f():
        return y
    return f.__closure__[0].cell_contents
print(closure_vars())

x = 10
def read_global():
    return x
x = 20
print(read_global())

def counter_gen():
    n = 0
    def get():
        return n
    def bump():
        nonlocal n
        n += 1
    return get, bump
get, bump = counter_gen()
bump(); bump()
print(get())
