# Comprehensions and generator expressions: all kinds, nesting, conditions, scope.
nums = range(10)
print([n * n for n in nums if n % 2])
print({n % 3 for n in nums})
print({n: n ** 2 for n in nums if n > 6})
print(list(n for n in nums if n < 3))
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(3)] for x in range(3)])
print([x for x in range(20) if x % 2 if x % 3])
print(sum(x for x in range(101)), max((len(w), w) for w in ["a", "bb", "ccc"]))

x = "outer"
result = [x for x in range(3)]
print(x, result)
try:
    [leak for leak in range(2)]
    print(leak)
except NameError as e:
    print(e)

class Scope:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        bad = [v for v in range(2) if v in values]
    except NameError as e:
        err = str(e)
print(Scope.doubled, Scope.err)

def gen_scope():
    y = 10
    return [y + i for i in range(3)], list(lambda_val() for lambda_val in [lambda: y])
print(gen_scope())

g = (i * 2 for i in range(3))
print(next(g), list(g), list(g))
print(repr(g)[:31] == "<generator object <genexpr> at ")

matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print({k: v for k, v in zip("abc", range(3))})
print(dict((k, len(k)) for k in ["aa", "b"]))
print(sorted({c * 2 for c in "hello"}))

try:
    print(list(1 / (i - 2) for i in range(4)))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

first_iter_eval = [1, 2]
gen = (a for a in first_iter_eval)
first_iter_eval = [3]
print(list(gen))

print([(i, j) for i in range(2) if i for j in "ab"])
print(any(n > 8 for n in nums), all(n < 10 for n in nums))
print([w for line in [["a", "b"], ["c"]] for w in line])
print({(i, j): i * j for i in range(2) for j in range(2)})
