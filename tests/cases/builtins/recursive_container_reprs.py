# Containers that hold themselves: tuples show (...) like lists show [...], an OrderedDict
# shows ..., a defaultdict's dict part {...}, as CPython's Py_ReprEnter guards do.
from collections import OrderedDict, defaultdict, deque

l = [1]; l.append(l); print(l)
d = {}; d["self"] = d; print(d)
t = ([],); t[0].append(t); print(t, repr(t[0]))
t2 = ([], 2); t2[0].append(t2); print(t2)
shared = (1,); print((shared, shared, [shared]))
o = OrderedDict(a=1); o["o"] = o; print(o)
o2 = OrderedDict(x=[]); o2["x"].append(o2); print(o2)
dq = deque([1]); dq.append(dq); print(dq)
dd = defaultdict(list); dd["x"] = dd; print(dd)
dd2 = defaultdict(int, a=1); print(dd2, repr(defaultdict()), OrderedDict(), OrderedDict(b=2))
