# Argument-count errors of list, dict, set, frozenset and tuple methods, with CPython's
# METH_NOARGS, METH_O and Argument Clinic messages.
tests = ['[].copy(1)', '[].append()', '[].append(1,2)', '[].append(x=1)', '[].insert(1)', '[].pop(1,2)', '[].index()', '[].index(1,2,3,4)', '{}.get()', '{}.get(1,2,3)', '{}.pop()', '{}.keys(1)', '{}.setdefault()', 'set().pop(1)', 'set().add()', 'set().issubset()', '().count()', '().index()', 'frozenset().copy(1)', '{}.get(1, default=2)', '[].pop(index=1)', 'frozenset().isdisjoint()', '[].count(1,2)', '{}.values(1)', 'list.append([], 1, 2)', 'list.copy([])', 'dict.get({}, 1)']
for t in tests:
    try:
        print(t, '->', eval(t))
    except TypeError as e:
        print(t, '->', e)


class MyList(list):
    pass


try:
    MyList().append(1, 2)
except TypeError as e:
    print(e)
m = MyList([3])
print(m.pop(), m.copy(), [].pop.__name__)
