import re
for pat in [r'(?<=a+)b', r'(?<=ab)c', r'(?<!x|yz)w', r'(?<=x|y)w', r'(?<=\d{3})x', r'(?<=\d{2,3})x', r'(?<=a*)b', r'(?<=a?)b', r'(?<=[abc]{2})d', r'(?<=(ab|cd))e', r'(?<=(ab|c))e', r'(?<=\bfoo)x', r'(?<=^a)b', r'(?<=a$)', r'(?<=(?:ab){2})c', r'(?<=\$)\d+', r'(?<=a(?=b))b', r'(?<=.)x', r'(?<=\x41)B', r'(?<=\p)' if False else r'(?<=\w\s)x', r'(?x)(?<= a b )c', r'(?<=(a))\1', r'(?<=a{0})b', r'(?<=(?P<n>ab))c', r'(?<=a{2,})b']:
    try:
        print(repr(pat), re.findall(pat, 'aab abc xw yzw 123x 12x ab cde ce foox ab$ ababc $42 ab Ax AB w x a b'))
    except re.error as e:
        print(repr(pat), 'error:', e, e.pos)
