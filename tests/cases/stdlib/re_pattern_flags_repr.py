import re
print(repr(re.A|re.M), repr(re.compile('x', re.A|re.M|re.I|re.S|re.X)), repr(re.compile('x', re.U|re.M)), re.compile(b'x', re.L))
