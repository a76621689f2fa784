# An exception inside a generator shows the generator frame in the traceback.
def numbers():
    yield 1
    yield 1 / 0


for n in numbers():
    print(n)
