import re
print(repr(re.I|re.M), str(re.I), re.I.value, repr(re.NOFLAG), repr(re.compile('a', re.I|re.U)), repr(re.compile(b'a', re.I)), re.compile('a').flags, re.compile(b'a').flags)
print(repr(re.A|re.I|re.X|re.S), repr(re.compile('a', re.A)))
print(re.findall('x*?', 'xx'), re.sub('x*', '-', 'abxd'), re.split('x*', 'axbc'))
m=re.match('((a))(b?)','ab'); print(m.lastindex, m, m.regs)
print(re.I in (re.I|re.M), re.I == 2, re.I + 1, ~re.I)
print(re.findall(r'(\w+)=(\d+)', 'a=1, bb=22, c=x'))
print(re.sub(r'(?P<w>\w+)@(\w+)', r'\2 at \g<w> [\g<0>]', 'joe@site and ann@x'))
print(re.split(r'(,)\s*', 'a, b,c', maxsplit=1), re.split(r'\s+', ' a b  c '))
m = re.search(r'(?P<year>\d{4})-(?P<mon>\d\d)', 'on 2023-07-14 ok')
print(m.group(), m.group(1, 2), m['year'], m.groupdict(), m.span('mon'), m.start(), m.end(2), m.lastgroup, m.lastindex)
print(re.match(r'\d+$', '123\n'), re.match(r'\d+\Z', '123\n'), re.fullmatch('a|ab', 'ab'))
print(re.escape('a.b*c d-e_f~#'), re.escape(b'a.b'))
print(re.search('é(.)', 'caféx'), re.findall(r'\w+', 'héllo wörld'))
print(re.sub(r'\d', lambda m: str(int(m.group())*2), 'a1b2c3', count=2))
print(re.findall(rb'\d+', b'a12b345'), re.sub(b'a', b'-', b'banana'))
for bad in ['a(b', 'a)b', '*a', 'a**', '[a', r'\q', '(?P<1>a)', r'(a)\2', '(?P=x)', 'a{3,2}', '(?<x>a)', 'ab(?i)c', '[z-a]', r'\x4']:
    try:
        re.compile(bad)
    except re.error as e:
        print(bad, '->', e, e.pos)
print(re.compile(r'''(\d+)  # number
   \s* ([a-z]+)''', re.X).findall('12 ab 3cd'))
print(re.findall('(?i)HELLO', 'hello Hello'), re.findall('^a', 'a\na', re.M), re.findall('a.', 'a\nab', re.S))
print(re.search(r'(?<=-)\w+', 'spam-egg'), re.search(r'(a)(?=b)', 'acab'), re.sub(r'(\w)\1', '<\\1\\1>', 'aabbcd'))
print(re.compile('x').search('axbx', 2), re.compile('^x').search('ax', 1), re.compile('x').match('ax', 1))
