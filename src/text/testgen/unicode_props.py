# Generates src/text/unicode_props.rs from CPython 3.11's unicodedata (Unicode 14.0.0):
# east_asian_width, bidirectional, mirrored and decomposition, for the unicodedata module.
import unicodedata as ud

def runs(prop, default):
    """[(first, last, value)] over all code points, leaving out runs of the default."""
    out = []
    for cp in range(0x110000):
        v = prop(chr(cp))
        if out and out[-1][1] == cp - 1 and out[-1][2] == v:
            out[-1] = (out[-1][0], cp, v)
        elif v != default:
            out.append((cp, cp, v))
    return out

def table(name, doc, rows, names):
    lines = ['/// ' + doc, 'pub static %s: &[(u32, u32, u8)] = &[' % name]
    for i in range(0, len(rows), 5):
        lines.append('    ' + ' '.join('(0x%x, 0x%x, %d),' % (a, b, names.index(v)) for a, b, v in rows[i:i + 5]))
    lines += ['];', '']
    return lines

EAW = ['N', 'Na', 'A', 'W', 'H', 'F']
BIDI = sorted({ud.bidirectional(chr(c)) for c in range(0x110000)})
out = ['//! Unicode properties generated from CPython 3.11 (Unicode 14.0.0) by',
       '//! src/text/testgen/unicode_props.py; do not edit by hand.', '']
out.append('/// East Asian width names, indexed by the tables\' third column.')
out.append('pub static EAW_NAMES: &[&str] = &[%s];' % ', '.join('"%s"' % n for n in EAW))
out += table('EAST_ASIAN_WIDTH', 'Ranges whose width is not N.', runs(ud.east_asian_width, 'N'), EAW)
out.append('/// Bidirectional class names, indexed by the tables\' third column.')
out.append('pub static BIDI_NAMES: &[&str] = &[%s];' % ', '.join('"%s"' % n for n in BIDI))
out += table('BIDIRECTIONAL', 'Ranges with a bidirectional class (else the empty string).',
             runs(ud.bidirectional, ''), BIDI)
out += table('MIRRORED', 'Ranges of mirrored characters.', runs(ud.mirrored, 0), [0, 1])
dec = [(c, ud.decomposition(chr(c))) for c in range(0x110000) if ud.decomposition(chr(c))]
out.append('/// The decomposition mappings, sorted by code point, as unicodedata.decomposition gives them.')
out.append('pub static DECOMPOSITION: &[(u32, &str)] = &[')
for i in range(0, len(dec), 4):
    out.append('    ' + ' '.join('(0x%x, "%s"),' % d for d in dec[i:i + 4]))
out.append('];')
out.append('')
cn = runs(lambda c: ud.category(c) == 'Cn', False)
out.append('/// Code points unassigned in Unicode 14 (the crates behind names and categories are newer).')
out.append('pub static UNASSIGNED: &[(u32, u32)] = &[')
for i in range(0, len(cn), 6):
    out.append('    ' + ' '.join('(0x%x, 0x%x),' % (a, b) for a, b, _ in cn[i:i + 6]))
out += ['];', '']
digits = [(c, ud.digit(chr(c))) for c in range(0x110000)
          if ud.digit(chr(c), None) is not None and ud.decimal(chr(c), None) is None]
out.append('/// Digit values of the characters that have no decimal value (superscripts, circled digits).')
out.append('pub static DIGIT: &[(u32, u8)] = &[')
for i in range(0, len(digits), 8):
    out.append('    ' + ' '.join('(0x%x, %d),' % d for d in digits[i:i + 8]))
out += ['];', '']
nums = [(c, ud.numeric(chr(c))) for c in range(0x110000)
        if ud.numeric(chr(c), None) is not None and ud.digit(chr(c), None) is None]
out.append('/// Numeric values of the characters that have no digit value (fractions, CJK and Roman numerals).')
out.append('pub static NUMERIC: &[(u32, f64)] = &[')
for i in range(0, len(nums), 6):
    out.append('    ' + ' '.join('(0x%x, %s),' % (c, repr(v) if '.' in repr(v) or 'e' in repr(v) else repr(v) + '.0') for c, v in nums[i:i + 6]))
out.append('];')
open('src/text/unicode_props.rs', 'w').write('\n'.join(out) + '\n')
