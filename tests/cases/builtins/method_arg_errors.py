# Argument-count errors of list/dict methods count without self, list.sort takes no
# positional arguments, and built-in iterators have __iter__/__next__ methods.
calls = ['[].append()', '[].append(1, 2)', '[].insert(1)', '[].index()', '[].count()',
         '[].remove()', '{}.pop()', '{}.setdefault()', '{}.get(1, 2, 3)', '{}.get()',
         '[].extend()', '[3, 1].sort(1)']
for src in calls:
    try:
        exec(src)
        print("no error:", src)
    except TypeError as e:
        print(src, "->", e)

it = iter([1, 2])
print(it.__iter__() is it, it.__next__(), next(it))
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
for obj in [range(2), "ab", {"k": 1}, (1,), {1}, enumerate("a"), zip("a", "b"), map(str, [1])]:
    i = iter(obj)
    print(type(i).__name__, i.__next__())


def takes_kw(**kw):
    pass


for call in [lambda: takes_kw(**{1: 2}), lambda: dict(**{1: 2}), lambda: takes_kw(**{"a": 1}, a=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
