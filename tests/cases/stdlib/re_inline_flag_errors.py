# Inline flag groups: CPython's "bad inline flags" / "missing flag" / "missing :" errors.
import re
for p in ['(?au)x', '(?L)x', '(?ua:x)', '(?aL)', '(?a-i:x)', '(?-a:x)', '(?i-i:x)', '(?-:x)', '(?-)', '(?i-)',
          '(?x-u:y)', '(?uu)', '(?aa)x', '(?Lu)', '(?-L:x)', '(?u-a:x)', '(?-1:x)', '(?i-1:x)', '(?-i)', '(?i', '(?-',
          '(?-i', '(?i-:x)', '(?-ii:x)', '(?i-m-s:x)', '(?iL:x)', '(?z)', '(?i)(?s)x', '(?i-s:a.)b']:
    for pat in (p, p.encode()):
        try:
            r = re.compile(pat)
            print('ok', pat, r.flags)
        except re.error as e:
            print(repr(pat), e)
print(re.match('(?i-s:A.)b', 'a\nb'), re.match('(?s-i:A.)b', 'A\nb'))
print(re.compile('(?a)x').flags, re.compile('x', re.A).flags, re.compile('(?u)x').flags, re.compile('(?a:x)').flags)
for args in [('(?a)x', re.U), ('x', re.A | re.U), (b'x', re.U), ('x', re.L)]:
    try:
        re.compile(*args)
    except Exception as e:
        print(type(e).__name__, e)
