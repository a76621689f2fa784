# re.error messages, positions, line and column, as CPython 3.11 reports them.
import re

bad = ['a(b', 'a)b', '*a', 'a**', 'a{1}{2}', '[a', '[]', r'\q', r'[\q]', '(?P<1>a)', '(?P<a>x)(?P<a>y)',
       r'(a)\2', r'(a\1)', '(?P=x)', 'a{3,2}', '(?<x>a)', 'ab(?i)c', '[z-a]', r'[\d-z]', r'\x4',
       r'\u12', '(?', '(?z)', '(?#abc', '(?P', r'a\\' '\\', 'x|*', '^*', r'\777', '(?i-z:a)']
for pattern in bad:
    try:
        re.compile(pattern)
        print(repr(pattern), 'compiled')
    except re.error as e:
        print(repr(pattern), '->', e, '|', e.msg, e.pos)

try:
    re.compile('(a\n(b')
except re.error as e:
    print(e, e.lineno, e.colno)

# Templates.
for repl in [r'\q', r'\3', r'\g<x', r'\g<>', r'\g<1a>', '\\']:
    try:
        print(re.sub('(a)', repl, 'a'))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)

# Type mixing.
for args in [('a', b'a'), (b'a', 'a')]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError:', e)
print(isinstance(re.error('x'), Exception), re.error.__name__, re.error.__module__)
