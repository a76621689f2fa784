import graphlib, colorsys, stat, os, platform, getpass
ts = graphlib.TopologicalSorter({'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}})
print(list(ts.static_order()))
ts2 = graphlib.TopologicalSorter(); ts2.add(3, 2, 1); ts2.add(2, 1); ts2.add(5); print(tuple(ts2.static_order()))
g = {'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': []}
try: list(graphlib.TopologicalSorter(g).static_order())
except graphlib.CycleError as e: print(type(e).__name__, e.args[0], e.args[1])
t = graphlib.TopologicalSorter({'x': ['y'], 'z': ['y']}); t.prepare()
while t:
    r = t.get_ready(); print('ready', r); t.done(*r)
for f in [lambda: t.prepare(), lambda: t.add('q'), lambda: t.done('x'), lambda: t.done('nope'), lambda: graphlib.TopologicalSorter().get_ready()]:
    try: f()
    except ValueError as e: print(e)
t3 = graphlib.TopologicalSorter({1: [2]}); t3.prepare()
try: t3.done(1)
except ValueError as e: print(e)
print(graphlib.TopologicalSorter[int])
for rgb in [(0.2, 0.4, 0.4), (1, 0, 0), (0.5, 0.5, 0.5), (0.1, 0.9, 0.3)]:
    print(colorsys.rgb_to_hsv(*rgb), colorsys.rgb_to_hls(*rgb), colorsys.rgb_to_yiq(*rgb), colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*rgb)), colorsys.hls_to_rgb(*colorsys.rgb_to_hls(*rgb)), colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(*rgb)))
print(colorsys.hsv_to_rgb(0.99, 1, 1), colorsys.yiq_to_rgb(1, 1, 1))
for m in [0o100644, 0o040755, 0o120777, 0o104755]:
    print(stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_IMODE(m), stat.S_IFMT(m))
st = os.stat('/'); print(stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0])
u = os.uname(); print(type(u).__name__, len(u), u.sysname, u[0], repr(u).startswith("posix.uname_result(sysname='Linux'"))
print(platform.system(), platform.machine() == u.machine, platform.python_version(), platform.python_version_tuple(), platform.python_implementation(), platform.libc_ver()[0], platform.architecture())
print(platform.platform().startswith('Linux-'), platform.platform() == platform.platform(terse=True), platform.uname().system, len(platform.uname()), platform.uname()[:2] == (u.sysname, u.nodename), platform.node() == u.nodename, platform.release() == u.release)
print(type(getpass.getuser()).__name__, os.getuid() >= 0, isinstance(os.getloadavg(), tuple), os.confstr('CS_GNU_LIBC_VERSION').split()[0], type(os.statvfs('/')).__name__, os.statvfs('/').f_bsize > 0)
old = os.umask(0o22); print(os.umask(old) == 0o22)
