import re, warnings
for pat in ['[[:alpha:]]', '[a&&b]', '[ab||c]', '[a~~b]', '[--a]', '[^[]', r'[\[x]', '[a-z--]', '[[(]x[])]']:
    print(repr(pat), re.findall(pat, 'a-b&c|[x]'))
re.compile('[[x]')
def helper():
    return re.match('[&&q]', '&')
helper()
p = re.compile('[x||y]')
print(re.findall('[[]', '[['))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    re.compile('[!--z]')
    print([(str(x.message), x.category.__name__, x.lineno) for x in w])
for pat in ['x{99999999999}', 'x{4294967295}', 'x{1,4294967296}', '(?(2)a|b)', '(?(2)a|b)(x)(y)', '(?(3)a)(b)']:
    try: print(repr(pat), re.compile(pat))
    except (re.error, OverflowError) as e: print(repr(pat), type(e).__name__, e)
sc = re.Scanner([(r'(\d+)(\.\d+)?', lambda s, t: ('NUM', float(t))), (r'[a-z_]\w*', lambda s, t: ('ID', t)), (r'[+*/-]', lambda s, t: ('OP', t)), (r'\s+', None)])
print(sc.scan('x1 = 3.5 + y * 42 $'))
print(sc.scan(''), sc.match if hasattr(sc, 'match') else None)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    try: re.compile('[a&&b-a]')
    except re.error as e: print('error', e)
    print([str(x.message) for x in w])
