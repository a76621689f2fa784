# __init__ runs in a frame of its own while the new instance waits on the caller's stack:
# results inside expressions, comprehensions, generators and coroutines, errors, recursion.
class P:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"neg {v}")
        self.v = v
class Q(P):
    def __init__(self, v):
        super().__init__(v * 2)
        self.q = True
def gen(vals):
    for v in vals:
        try:
            yield Q(v).v
        except GeneratorExit:
            raise
        except ValueError as e:
            yield str(e)
print(list(gen([1, -2, 3])))
res = []
for i in range(-2, 3):
    try:
        res.append((i, P(i).v, [Q(j).v for j in range(i)]))
    except ValueError as e:
        res.append(str(e))
print(res)
import asyncio
class R:
    def __init__(self, loop):
        self.loop = loop
async def main():
    objs = [R(asyncio.get_running_loop()) for _ in range(3)]
    print(len(objs), all(o.loop is objs[0].loop for o in objs))
    try:
        x = [1, 2, P(-5)]
    except ValueError as e:
        print("caught", e)
    print(sum(P(k).v for k in range(5)))
asyncio.run(main())
class Bad:
    def __init__(self):
        return 1
def f():
    return [1, 2, Bad()]
try:
    f()
except TypeError as e:
    print(e)
d = {P(1).v: Q(2).v, **{'a': P(3).v}}
print(d)
print(P(4).v + Q(5).v * P(6).v)
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
try:
    Deep(100000)
except RecursionError as e:
    print("recursion", e)
x = Deep(50)
c = 0
while x:
    c += 1; x = x.child
print(c)
P(-1)
