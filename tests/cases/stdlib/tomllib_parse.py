# tomllib: every TOML value kind, tables and arrays of tables, load() from a binary file,
# parse_float, and TOMLDecodeError messages with their positions.
import os
import tempfile
import tomllib

DOC = '\n# comment\ntitle = "TOML"  # trailing\n[owner]\nname = "Tom"\ndob = 1979-05-27T07:32:00-08:00\nutc = 1979-05-27T07:32:00Z\nfrac = 1979-05-27 07:32:00.5+05:30\n[db]\nports = [ 8000, 8001, ]\ndata = [ ["g", \'d\'], [1.5, 2e3, -0.0, +1_000.5] ]\nenabled = true\ntemp = { cpu = 79.5, case = 72.0, nested = { x = [] } }\nld = 1979-05-27\nlt = 07:32:00.999\nldt = 1979-05-27T07:32:00\nhex = 0xDEAD_BEEF\noct = 0o755\nbin = 0b1101\ninf = -inf\nnan = nan\nbig = 1_000_000\ns1 = """\nline1 \\\n   line2 "quoted" \\u00e9 \\U0001F600"""\ns2 = \'\'\'raw \\n\n  second\'\'\'\ns3 = \'lit\\t\'\ns4 = "esc \\t \\" \\\\ \\b \\f \\r"\n"quoted key" = 1\n\'lit key\' = 2\na.b.c = 2\na . d = 3\n[[fruits]]\nname = "apple"\n[[fruits.varieties]]\nname = "red"\n[[fruits]]\nname = "banana"\n[x.y.z]\n[x]\nw = 1\n'

for s in ['a = ', 'a = 1\na = 2', '[t]\n[t]', 'a = "abc', 'a = [1, 2', 'a = {b = 1', 'x', 'a = 1 b', '[t', 'a = 1.', 'a = "\\q"', 'a = tru', '= 1', 'a.b = 1\na.b.c = 2', 'a = {b=1}\na.c = 2', '[[t]]\n[t]', 'b = 1979-13-27', 'a = [1, 2 3]', 'a = {b = 1 c = 2}', 'a = 0x', 'a = 01', 'a = """x', "a = 'x\ny'", 'a = "\x01"', '[a]\nb=1\n[a.b]', 'a = 1\n[a]', 'a = [1]\n[[a]]', '[[a]]\n[a.b]\nc=1\n[a.b]']:
    try: print(repr(s), tomllib.loads(s))
    except tomllib.TOMLDecodeError as e: print(repr(s), '->', e)
d = tempfile.mkdtemp()
path = os.path.join(d, 'doc.toml')
with open(path, 'w') as f:
    f.write(DOC)
try:
    with open(path) as f:
        tomllib.load(f)
except TypeError as e:
    print(e)
with open(path, 'rb') as f:
    d2 = tomllib.load(f)
os.remove(path)
os.rmdir(d)
d = d2
print(d)
print(tomllib.loads("v = 1.5", parse_float=str), tomllib.loads(""), type(d['owner']['dob']).__name__, d['owner']['dob'].tzinfo, d['owner']['frac'])
