# Argument errors of itertools.count/tee/starmap and functools.partial, with CPython's messages.
import functools
import itertools

tests = [
    lambda: itertools.count("a"),
    lambda: itertools.count(0, "x"),
    lambda: list(itertools.islice(itertools.count(1.5, 0.5), 3)),
    lambda: list(itertools.islice(itertools.count(1j), 2)),
    lambda: itertools.tee([], -1),
    lambda: [list(t) for t in itertools.tee("ab", 0)],
    lambda: functools.partial(),
    lambda: functools.partial(func=print),
    lambda: functools.partial(1),
    lambda: functools.partial(functools.partial(max, 1), 5)(3),
    lambda: repr(functools.partial(max, 1, key=abs)),
    lambda: list(itertools.starmap(lambda a: a, [1])),
    lambda: list(itertools.starmap(pow, [[2, 3], (3, 2)])),
    lambda: list(itertools.starmap(lambda *a: a, ["ab", iter("cd")])),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
