# Generates src/text/unicode_tables.rs from CPython 3.11's unicodedata (Unicode 14.0.0).
def ranges(pred):
    r=[];start=None
    for c in range(0x110000):
        p=pred(chr(c))
        if p and start is None: start=c
        if not p and start is not None: r.append((start,c-1)); start=None
    if start is not None: r.append((start,0x10ffff))
    return r
def emit(name, doc, rs):
    out=['/// %s'%doc, 'pub static %s: &[(u32, u32)] = &['%name]
    for i in range(0,len(rs),6):
        out.append('    '+' '.join('(0x%x, 0x%x),'%r for r in rs[i:i+6]))
    out.append('];'); out.append('')
    return out
def esc(s): return ''.join('\\u{%x}'%ord(c) for c in s)
out=['//! Unicode property tables generated from CPython 3.11 (Unicode 14.0.0) by','//! src/text/testgen/unicode_tables.py; do not edit by hand.','']
out+=emit('NOT_PRINTABLE','Code points for which `str.isprintable()` is false.',ranges(lambda c: not c.isprintable()))
out+=emit('DECIMAL','Code points for which `str.isdecimal()` is true.',ranges(str.isdecimal))
out+=emit('DIGIT','Code points for which `str.isdigit()` is true.',ranges(str.isdigit))
out+=emit('NUMERIC','Code points for which `str.isnumeric()` is true.',ranges(str.isnumeric))
out+=emit('ALPHA','Code points for which `str.isalpha()` is true.',ranges(str.isalpha))
import unicodedata
MID=set(map(ord,":\u00b7\u0387\u055f\u05f4\u2027\ufe13\ufe55\uff1a.\u2018\u2019\u2024\ufe52\uff07\uff0e'"))
out+=emit('CASE_IGNORABLE','Case_Ignorable: categories Mn, Me, Cf, Lm, Sk plus MidLetter/MidNumLet/Single_Quote.',ranges(lambda c: unicodedata.category(c) in ('Mn','Me','Cf','Lm','Sk') or ord(c) in MID))
out+=emit('LOWERCASE','Code points for which `str.islower()` is true (the Lowercase property).',ranges(str.islower))
out+=emit('UPPERCASE','Code points for which `str.isupper()` is true (the Uppercase property).',ranges(str.isupper))
# Cased: `title()` lower-cases a letter after a cased character and only then.
out+=emit('CASED','The Cased property (Lowercase, Uppercase or Lt).',ranges(lambda c: (c+'A').title()[-1]=='a'))
out+=emit('ID_START','Code points that may start an identifier (XID_Start and `_`).',ranges(str.isidentifier))
out+=emit('ID_CONTINUE','Code points that may continue an identifier (XID_Continue).',ranges(lambda c: ('a'+c).isidentifier()))
def mapping(name, doc, f):
    global out
    out.append('/// %s'%doc)
    out.append('pub static %s: &[(char, &str)] = &['%name)
    for c in range(0x110000):
        if 0xd800<=c<0xe000: continue
        t=f(chr(c))
        if t!=chr(c): out.append('    (\'%s\', "%s"),'%(esc(chr(c)),esc(t)))
    out.append('];'); out.append('')
mapping('UPPER','Full upper-case mappings (`str.upper`) of the characters that have one.',str.upper)
mapping('LOWER','Full lower-case mappings (`str.lower`, before the final-sigma rule) of the characters that have one.',str.lower)
tl=[(c,chr(c).title()) for c in range(0x110000) if chr(c).title()!=chr(c).upper()]
out.append('/// Title-case mappings that differ from the upper-case mapping.')
out.append('pub static TITLE: &[(char, &str)] = &[')
for c,t in tl: out.append('    (\'%s\', "%s"),'%(esc(chr(c)),esc(t)))
out.append('];'); out.append('')
cf=[(c,chr(c).casefold()) for c in range(0x110000) if chr(c).casefold()!=chr(c).lower()]
out.append('/// Case-folding mappings that differ from the lower-case mapping.')
out.append('pub static CASEFOLD: &[(char, &str)] = &[')
for c,t in cf: out.append('    (\'%s\', "%s"),'%(esc(chr(c)),esc(t)))
out.append('];')
open('src/text/unicode_tables.rs','w').write('\n'.join(out)+'\n')
