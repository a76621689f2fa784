//! Per-character Unicode predicates and case mappings with Python's definitions
//! (`str.isprintable`, `isdecimal`, `isdigit`, `isnumeric`, `isalpha`, `isspace`, title case,
//! case folding), backed by tables generated from CPython 3.11 where Rust's differ.
#[path = "unicode_tables.rs"]
mod tables;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `c.isprintable()`.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !in_ranges(tables::NOT_PRINTABLE, c)
}

/// `c.isdecimal()`.
pub fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(tables::DECIMAL, c))
}

/// The value of a decimal digit (any script), as `unicodedata.decimal`.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if c.is_ascii() || !in_ranges(tables::DECIMAL, c) {
        return None;
    }
    // Decimal digits come in runs of ten starting at a zero (Unicode guarantees this).
    let i = tables::DECIMAL.partition_point(|&(_, hi)| hi < c as u32);
    let &(lo, _) = tables::DECIMAL.get(i)?;
    Some((c as u32 - lo) % 10)
}

/// `c.isdigit()`.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(tables::DIGIT, c))
}

/// `c.isnumeric()`.
pub fn is_numeric(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(tables::NUMERIC, c))
}

/// `c.isalpha()` (categories Lu, Ll, Lt, Lm, Lo).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(tables::ALPHA, c)
}

/// `c.isalnum()`.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// `c.isspace()`: bidirectional class WS, B or S, or category Zs.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Line boundaries used by `str.splitlines`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Category Lt.
pub fn is_titlecase(c: char) -> bool {
    matches!(
        c,
        '\u{1c5}'
            | '\u{1c8}'
            | '\u{1cb}'
            | '\u{1f2}'
            | '\u{1f88}'..='\u{1f8f}'
            | '\u{1f98}'..='\u{1f9f}'
            | '\u{1fa8}'..='\u{1faf}'
            | '\u{1fbc}'
            | '\u{1fcc}'
            | '\u{1ffc}'
    )
}

/// Python's "cased" property.
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(tables::CASED, c)
}

/// `c.islower()` (the Lowercase property of Unicode 14, not Rust's newer one).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(tables::LOWERCASE, c)
}

/// `c.isupper()` (the Uppercase property of Unicode 14).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(tables::UPPERCASE, c)
}

fn mapped(table: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    let i = table.binary_search_by(|(k, _)| k.cmp(&c)).ok()?;
    table.get(i).map(|(_, s)| *s)
}

/// Appends the full upper-case mapping of `c` (`'ß'` gives `"SS"`), as Unicode 14 has it.
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        match mapped(tables::UPPER, c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
}

/// Appends the full lower-case mapping of `c` (without the final-sigma rule).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        match mapped(tables::LOWER, c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
}

/// Unicode Case_Ignorable (used for the final-sigma rule).
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(tables::CASE_IGNORABLE, c)
}

/// The full title-case mapping of one character.
pub fn to_title(c: char) -> String {
    match mapped(tables::TITLE, c) {
        Some(s) => s.to_string(),
        None => {
            let mut out = String::new();
            push_upper(&mut out, c);
            out
        }
    }
}

/// The full case-folding of one character (`str.casefold`).
pub fn casefold_char(c: char) -> String {
    match mapped(tables::CASEFOLD, c) {
        Some(s) => s.to_string(),
        None => {
            let mut out = String::new();
            push_lower(&mut out, c);
            out
        }
    }
}

/// XID_Start or `_` (first character of an identifier).
pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    in_ranges(tables::ID_START, c)
}

/// XID_Continue (later characters of an identifier).
pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    in_ranges(tables::ID_CONTINUE, c)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from CPython 3.11.
    #[test]
    fn predicates() {
        assert!(!is_printable('\u{a0}') && !is_printable('\u{ad}') && is_printable('é'));
        assert!(!is_printable('\u{2028}') && !is_printable('\u{378}') && is_printable('中'));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('𝟗'), Some(9));
        assert_eq!(decimal_value('²'), None);
        assert!(is_digit('²') && !is_decimal('²') && is_numeric('½') && !is_digit('½'));
        assert!(is_numeric('一') && !is_alpha('١') && is_alpha('ª'));
        assert!(is_space('\u{1f}') && !is_space('\u{200b}') && is_space('\u{3000}'));
        assert_eq!(to_title('ǆ'), "ǅ");
        assert_eq!(to_title('ß'), "Ss");
        assert_eq!(to_title('ﬁ'), "Fi");
        assert_eq!(casefold_char('ß'), "ss");
        assert_eq!(casefold_char('ς'), "σ");
        assert_eq!(casefold_char('A'), "a");
        assert!(is_id_start('_') && is_id_start('é') && !is_id_start('1') && is_id_continue('1'));
    }
}
