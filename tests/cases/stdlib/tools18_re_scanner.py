import re
p = re.compile(r'\d+|[a-z]+|\s*')
s = p.scanner('ab 12 cd!')
print(type(s).__name__, type(s).__module__, s.pattern is p)
while True:
    m = s.match()
    print(m)
    if not m:
        break
print(s.match())
s = re.compile(r'\d+').scanner('a1b22c333', 2)
print(s.search(), s.search(), s.search(), s.search())
s = re.compile(r'x*').scanner('axxb')
print([s.search() for _ in range(6)])
s = re.compile(r'x*').scanner('xxb')
print([s.match() for _ in range(4)])
tok = re.compile(r'(?P<num>\d+)|(?P<op>[+*/-])|(?P<ws>\s+)')
sc = tok.scanner('1 + 22*3')
for m in iter(sc.match, None):
    print(m.lastgroup, repr(m.group()), m.pos, m.endpos)
try:
    re.compile('a').scanner(1)
except TypeError as e:
    print(e)
