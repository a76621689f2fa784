# CPython's set iterator notices a change of size: RuntimeError "Set changed size during
# iteration"; dicts likewise.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(s) > 3)

s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)

s = {1, 2, 3}
for x in s:
    s.add(x)  # no change of size
print(sorted(s))

d = {"a": 1}
try:
    for k in d:
        d[k + "x"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
fs = frozenset({1, 2})
print(sorted(x * 2 for x in fs))
