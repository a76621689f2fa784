# A generator or coroutine __init__: calling the class makes the object without running it,
# then raises CPython's TypeError (the coroutine warns it was never awaited).
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print(e)
class A:
    async def __init__(self):
        pass
try:
    A()
except TypeError as e:
    print(e)
def gen():
    class K:
        def __init__(self, v):
            self.v = v
    for i in range(3):
        yield K(i).v
        yield [K(j).v for j in range(i)]
print(list(gen()))
import asyncio
async def main():
    class K:
        def __init__(self, v):
            self.v = v
    r = []
    for i in range(3):
        await asyncio.sleep(0)
        r.append(K(i).v)
    return r
print(asyncio.run(main()))
