# str case mappings, case predicates, isidentifier and repr follow Unicode 14.0
# (CPython 3.11's unicodedata.unidata_version), not a newer Unicode.
import unicodedata
print(unicodedata.unidata_version)
samples = "\u019b\u0264\u0295\u10fc\u1c89\u0558\u05c8\u0897\u0cf3\u1acf\u2c2f\ua7c0\ua7dc\U0001e4d0\U0001e900\u1680\u200c\u00df\u0130\u01c5\u03a3"
for ch in samples:
    print(ascii(ch), repr(ch), ch.upper() == ch, ascii(ch.upper()), ascii(ch.lower()), ascii(ch.title()),
          ascii(ch.casefold()), ascii(ch.swapcase()), ch.islower(), ch.isupper(), ch.istitle(),
          ch.isidentifier(), ("a" + ch).isidentifier(), ch.isprintable(), unicodedata.category(ch))
print(ascii("x\u0295\u03a3 \u019bA".lower()), ascii("\u0295\u03a3".title()), ascii("ab\u0295".upper()))
print([repr(c) for c in "\u1680\u2000\u00a0\u3000\u2028"])
