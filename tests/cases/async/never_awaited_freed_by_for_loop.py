# A coroutine dropped when a for loop's exhausted iterator (and the list it walked) goes:
# the "never awaited" warning names the loop's line, as CPython's FOR_ITER frees it there;
# a __del__ of an item runs before the next statement.
async def job(n):
    return n


class Noisy:
    def __del__(self):
        print("Noisy freed")


def walk():
    for item in [job(1), 2]:
        print("item", type(item).__name__)
    print("after the first loop")
    for n, x in enumerate([Noisy()]):
        del x
    print("after the second loop")
    for a, b in zip([job(2)], "x"):
        del a
    print("after the third loop")


walk()
print("done")
