"""PGO training: generators. Pipelines driven by for loops, send()/throw()/close(),
yield from delegation, generator expressions and itertools-style helpers."""


def numbers(n):
    for i in range(n):
        yield i


def squares(seq):
    for x in seq:
        yield x * x % 10_007


def evens(seq):
    for x in seq:
        if not x & 1:
            yield x


def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def delegate(n):
    result = yield from numbers(n)
    return result


def chunks(seq, size):
    chunk = []
    for item in seq:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def main():
    total = 0
    for x in evens(squares(numbers(400_000))):
        total += x
    avg = running_average()
    next(avg)
    last = None
    for x in numbers(200_000):
        last = avg.send(x)
    avg.close()
    delegated = sum(delegate(200_000))
    biggest = max(len(c) for c in chunks(numbers(100_000), 7))
    gen_sum = sum(x for x in range(200_000) if x % 7 == 3)
    g = numbers(10)
    next(g)
    try:
        g.throw(KeyError("stop"))
    except KeyError as e:
        caught = repr(e)
    print(total, round(last, 3), delegated, biggest, gen_sum, caught)


main()
