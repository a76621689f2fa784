# Comparing self-referencing containers fails with RecursionError "in comparison"
# instead of crashing.
a = {}
a["me"] = a
b = {}
b["me"] = b
for op in ("==", "!="):
    try:
        print(eval(f"a {op} b"))
    except RecursionError as e:
        print(op, "RecursionError:", e)
l1 = []
l1.append(l1)
l2 = []
l2.append(l2)
try:
    print(l1 == l2)
except RecursionError as e:
    print("list RecursionError:", e)
print(a == a, a["me"] is a)
try:
    a < b
except TypeError as e:
    print(e)
