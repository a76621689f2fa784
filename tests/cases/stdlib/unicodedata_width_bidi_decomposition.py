# east_asian_width / bidirectional / mirrored / decomposition, and Unicode 14 (CPython
# 3.11's database) for names, categories and numeric values of newer characters.
import unicodedata as ud

def display_width(text):
    # the usual tutorial helper: wide and fullwidth characters take two columns
    return sum(2 if ud.east_asian_width(ch) in ('W', 'F') else 1 for ch in text)

rows = [('apple', 3), ('りんご', 12), ('香蕉', 7), ('Ｆｕｌｌ', 1)]
for name, qty in rows:
    pad = 12 - display_width(name)
    print(name + ' ' * pad + '|' + str(qty).rjust(4))

for ch in 'aＡ中é\u0301 1٣→(ｶ\u200f\u05d0\u00bd\u2167\u3007':
    print(repr(ch), ud.east_asian_width(ch), ud.bidirectional(ch), ud.mirrored(ch),
          repr(ud.decomposition(ch)), ud.category(ch), ud.numeric(ch, None), ud.digit(ch, None))

def strip_accents(s):
    # decomposition-based: keep the base character of canonical decompositions
    out = []
    for ch in s:
        d = ud.decomposition(ch)
        if d and not d.startswith('<'):
            ch = chr(int(d.split()[0], 16))
        out.append(ch)
    return ''.join(out)

print(strip_accents('Crème brûlée à la façon'))
print(ud.decomposition('\u01d6'), ud.decomposition('\ufb01'), ud.decomposition('\u2460'))
# characters added after Unicode 14: unassigned here, as in CPython 3.11
for cp in (0x1f6dc, 0x31350, 0x11f00, 0x1171e):
    ch = chr(cp)
    print(hex(cp), ud.category(ch), ud.name(ch, '-'), ud.combining(ch), ud.bidirectional(ch) == '')
print(ud.numeric('\u4e07'), ud.numeric('\u2169'), ud.digit('\u2460'), ud.numeric('\U00012432'))
for bad in ('ab', '', 5):
    for f in (ud.east_asian_width, ud.mirrored, ud.decomposition, ud.bidirectional):
        try:
            f(bad)
        except TypeError as e:
            print(e)
print(ud.unidata_version)
