import linecache, traceback, sys
src = "def f(x):\n    return 1 / x\n\ndef g(d):\n    return d['missing']\n"
linecache.cache["<dyn>"] = (len(src), None, src.splitlines(True), "<dyn>")
ns = {}
exec(compile(src, "<dyn>", "exec"), ns)
for fn, arg in [(ns['f'], 0), (ns['g'], {})]:
    try:
        fn(arg)
    except Exception as e:
        traceback.print_exc(file=sys.stdout)
        print([(fs.filename, fs.lineno, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
        print(traceback.format_exception(e)[-2])
try:
    exec(compile("x = 1\nraise KeyError(x)", "<other>", "exec"))
except KeyError:
    print(traceback.format_exc())
ns['f'](0)
