# cProfile/profile/pstats: the API runs and reports in CPython's layout. corio's profiler
# sees no calls inside the profiled code, so only the report's structure is compared.
import cProfile, profile, pstats, io, re

def work(n):
    return sum(i * i for i in range(n))

def shape(text):
    out = []
    for line in text.splitlines():
        if "function calls" in line:
            out.append(re.sub(r"\d+ function calls( \(\d+ primitive calls\))?", "N function calls", re.sub(r"in [0-9.]+ seconds", "in T seconds", line)))
        elif line.startswith("   Ordered by") or line.startswith("   ncalls"):
            out.append(line)
    return out

pr = cProfile.Profile()
print(pr.runcall(work, 10))
s = io.StringIO()
st = pstats.Stats(pr, stream=s)
print(st.strip_dirs() is st, st.sort_stats("cumulative") is st, st.reverse_order() is st)
st.print_stats()
print(shape(s.getvalue()))
for key in ["calls", "time", pstats.SortKey.CUMULATIVE, "name", "nfl", "tottime", -1, 0, 1, 2]:
    s = io.StringIO()
    pstats.Stats(pr, stream=s).sort_stats(key).print_stats(2)
    print(shape(s.getvalue()))
try:
    pstats.Stats(pr).sort_stats("calls", pstats.SortKey.TIME)
except TypeError as e:
    print(e)
with cProfile.Profile() as p2:
    work(3)
s = io.StringIO()
pstats.Stats(p2, stream=s).print_stats()
print(shape(s.getvalue()))
print(pstats.SortKey.CUMULATIVE, repr(pstats.SortKey.TIME), pstats.SortKey("tottime"), list(pstats.SortKey)[:3])
p3 = profile.Profile()
p3.runctx("work(4)", globals(), {})
p3.create_stats()
print(type(p3.stats), isinstance(p3, profile.Profile))
print(pstats.func_std_string(("~", 0, "<built-in method builtins.exec>")), pstats.func_std_string(("a.py", 3, "f")), pstats.f8(1.23456))
