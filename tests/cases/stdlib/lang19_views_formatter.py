# OrderedDict's odict_* views, io's C-named memory files and string.Formatter.parse's lazy
# parsing with CPython's error for each malformed field.
import collections.abc as cabc
import io
import re
import string
from collections import OrderedDict

od = OrderedDict(a=1, b=2)
k, v, i = od.keys(), od.values(), od.items()
print(k, v, i, type(k).__name__, type(v).__name__, type(i).__name__)
print(len(k), 'a' in k, ('a', 1) in i, 2 in v, list(reversed(k)), list(reversed(i)))
print(k == {'a', 'b'}, sorted(k & {'a'}), sorted(k - {'a'}), i == {('a', 1), ('b', 2)})
print(isinstance(k, cabc.KeysView), isinstance(v, cabc.ValuesView), isinstance(i, cabc.ItemsView))
od['c'] = 3
od.move_to_end('a')
print(k, v, i, k.mapping)
print(dict(od.items()), [kk for kk in od.keys()], {**od})
try:
    hash(k)
except TypeError as e:
    print(e)

print(re.sub(r'0x[0-9a-f]+', '0x', repr(io.StringIO())), re.sub(r'0x[0-9a-f]+', '0x', repr(io.BytesIO())))
print(io.StringIO, io.BytesIO, io.StringIO.__module__)

f = string.Formatter()
cases = ['a{0!r:>{w}}b{{c}}{x.y[0]}', '}}{{', '', '{}', 'a{{', 'x{0}', '{', '}', 'a}', 'a{',
         'a{0!}', '{0!rr}', '{0!r', '{0!', '{!}', '{0!r:}', '{0[}', '{a[}:!]!x:hi}',
         '{a:{b:{c}}}', '{a{b}}', '{0:x', '{a', '{:}', '{0:{1}}{2}']
for c in cases:
    out = []
    try:
        for item in f.parse(c):
            out.append(item)
        print(repr(c), out)
    except ValueError as e:
        print(repr(c), out, 'ValueError:', e)


class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)


print(Upper().format('{0!u} {name!r:>6} {0:.2}', 'abc', name='n'))
