G = None
def f():
    global G
    [G := s for s in range(3)]
    print(G)
f(); print(G)
def outer():
    x = 0
    def inner():
        nonlocal x
        [x := i for i in range(5)]
    inner()
    return x
print(outer())
[M := 7 for _ in range(1)]
print(M)
class C:
    pass
def g():
    total = 0
    vals = [total := total + v for v in range(4)]
    return total, vals
print(g())
