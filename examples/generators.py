"""Generators: the building block under coroutines.

A generator function pauses at each `yield`. The caller drives it with
next(), send(), throw() and close(); `yield from` delegates to another
generator and receives its return value.
"""


def averager():
    """A coroutine-style generator: send numbers in, get the running average out."""
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count


def delegate(results):
    # `yield from` passes send() through to averager() and catches its return value.
    result = yield from averager()
    results.append(result)


results = []
d = delegate(results)
next(d)  # prime it: run to the first yield
for number in [10, 20, 30, 45]:
    print("average so far:", d.send(number))
try:
    d.send(None)  # ends averager(); delegate() then returns too
except StopIteration:
    print("delegation finished with", results)


def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        # Runs on close(), on exhaustion, or when the generator is garbage collected.
        print("countdown cleaned up at", n)


c = countdown(5)
print(next(c), next(c))
c.close()


def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("recovered from", repr(e))


r = resilient()
next(r)
print(r.throw(ValueError("bad input")))
r.close()

squares = (x * x for x in range(6) if x % 2 == 0)
print(list(squares), sum(x for x in range(101)))
