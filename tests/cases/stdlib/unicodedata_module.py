import unicodedata as u
print(u.unidata_version)
print("\N{LATIN CAPITAL LETTER A WITH DIAERESIS}", "\N{degree sign}", "\N{SNOWMAN}", "\N{LINE FEED}" == "\n", "\N{CJK UNIFIED IDEOGRAPH-4E00}")
for f in [lambda: u.lookup('foo'), lambda: u.name('ab'), lambda: u.name('\ue000'), lambda: u.name(5), lambda: u.category('ab'), lambda: u.normalize('X','a'), lambda: u.normalize('NFC', 5), lambda: u.decimal('a'), lambda: u.digit('a'), lambda: u.numeric('a'), lambda: u.lookup(5)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, repr(str(e)), e.args)
print(u.name('\ue000', None), u.decimal('٣'), u.digit('²'), u.numeric('½'), u.combining('\u0301'), u.category('\n'), u.category('\U0010ffff'), u.normalize('NFD', 'é'), len(u.normalize('NFD', 'é')), u.is_normalized('NFC','é'))
print(u.lookup('LATIN SMALL LETTER A WITH ACUTE'), u.name('é'), u.name(' '), u.lookup(b'SNOWMAN'))
def strip_accents(s):
    return ''.join(c for c in u.normalize('NFD', s) if u.category(c) != 'Mn')
print(strip_accents("Crème Brûlée à la française, Ångström, naïve café"))
print([u.category(c) for c in "aA1 !$+\u0301\u2028"])
print(u.normalize('NFKC', 'ﬁ ① ² Ⅻ'), u.normalize('NFKD', '½'))
print({c: u.name(c) for c in "😀€→"})
try:
    eval(r'"\N{NOT A REAL NAME}"')
except SyntaxError as e:
    print("SyntaxError", e.msg)
