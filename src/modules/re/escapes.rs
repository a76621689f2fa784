//! Backslash escapes of a Python pattern (CPython's `_escape`/`_class_escape` rules): literal
//! escapes, octal and hex code points, and the `\d \w \s` categories with Python's meaning.

use super::translate::{err, Parser, TResult};

/// What an escape stands for: one code point, or a set in fancy-regex syntax.
pub enum Atom {
    Char(char),
    Set(String),
}

/// The category sets; ASCII mode (bytes patterns or the `A` flag) spells them out, since
/// Python's ASCII `\w` is exactly `[0-9A-Za-z_]`. Python's Unicode `\s` also has \x1c-\x1f.
fn category(c: char, ascii: bool) -> Option<&'static str> {
    Some(match (c, ascii) {
        ('d', true) => "[0-9]",
        ('D', true) => "[^0-9]",
        ('w', true) => "[0-9A-Za-z_]",
        ('W', true) => "[^0-9A-Za-z_]",
        ('s', true) => "[\\x{9}-\\x{d}\\x{20}]",
        ('S', true) => "[^\\x{9}-\\x{d}\\x{20}]",
        ('d', false) => "\\d",
        ('D', false) => "\\D",
        ('w', false) => "\\w",
        ('W', false) => "\\W",
        ('s', false) => "[\\s\\x{1c}-\\x{1f}]",
        ('S', false) => "[^\\s\\x{1c}-\\x{1f}]",
        _ => return None,
    })
}

/// The escape whose backslash is at `at` (the parser stands after it). Group references and
/// the anchors outside classes are handled by the caller before this.
pub(super) fn class_escape(ps: &mut Parser, at: usize, in_class: bool) -> TResult<Atom> {
    let Some(c) = ps.peek() else {
        return err("bad escape (end of pattern)", at);
    };
    ps.i += 1;
    if let Some(set) = category(c, ps.ascii()) {
        return Ok(Atom::Set(set.to_string()));
    }
    let text = |ps: &Parser| ps.p[at..ps.i].iter().collect::<String>();
    let lit = |n: u32| Atom::Char(char::from_u32(n).unwrap_or('\u{fffd}'));
    match c {
        'a' => Ok(lit(7)),
        'b' if in_class => Ok(lit(8)),
        'f' => Ok(lit(12)),
        'n' => Ok(lit(10)),
        'r' => Ok(lit(13)),
        't' => Ok(lit(9)),
        'v' => Ok(lit(11)),
        '\\' => Ok(lit(92)),
        'x' => hex_escape(ps, at, 2),
        'u' if !ps.bytes => hex_escape(ps, at, 4),
        'U' if !ps.bytes => hex_escape(ps, at, 8),
        'N' if !ps.bytes => named_escape(ps, at),
        '0'..='7' => {
            // Up to three octal digits (a leading 0 takes two more at most).
            let mut n = c.to_digit(8).unwrap_or(0);
            let max = 3;
            let mut count = 1;
            while count < max {
                match ps.peek().and_then(|d| d.to_digit(8)) {
                    Some(d) => {
                        n = n * 8 + d;
                        ps.i += 1;
                        count += 1;
                    }
                    None => break,
                }
            }
            if n > 0o377 {
                return err(format!("octal escape value {} outside of range 0-0o377", text(ps)), at);
            }
            Ok(lit(n))
        }
        c if c.is_ascii_alphanumeric() => err(format!("bad escape {}", text(ps)), at),
        c => Ok(Atom::Char(c)),
    }
}

/// `\xhh`, `\uhhhh`, `\Uhhhhhhhh`: exactly `digits` hex digits.
fn hex_escape(ps: &mut Parser, at: usize, digits: usize) -> TResult<Atom> {
    let start = ps.i;
    while ps.i - start < digits && ps.peek().is_some_and(|c| c.is_ascii_hexdigit()) {
        ps.i += 1;
    }
    let text: String = ps.p[at..ps.i].iter().collect();
    if ps.i - start != digits {
        return err(format!("incomplete escape {text}"), at);
    }
    let hex: String = ps.p[start..ps.i].iter().collect();
    let n = u32::from_str_radix(&hex, 16).unwrap_or(u32::MAX);
    match char::from_u32(n) {
        Some(ch) => Ok(Atom::Char(ch)),
        None => err(format!("bad escape {text}"), at),
    }
}

/// `\N{NAME}` in a str pattern: the named character (the Unicode database of
/// `text::unicode_data`), with CPython's messages for malformed and unknown names.
fn named_escape(ps: &mut Parser, at: usize) -> TResult<Atom> {
    if ps.peek() != Some('{') {
        return err("missing {", ps.i);
    }
    ps.i += 1;
    let start = ps.i;
    while ps.peek().is_some_and(|c| c != '}') {
        ps.i += 1;
    }
    if ps.peek() != Some('}') {
        // As sre_parse's getuntil: nothing read at all is a missing name.
        if ps.i == start {
            return err("missing character name", start);
        }
        return err("missing }, unterminated name", start);
    }
    let name: String = ps.p[start..ps.i].iter().collect();
    ps.i += 1;
    if name.is_empty() {
        return err("missing character name", start);
    }
    match crate::text::unicode_data::char_by_name(&name) {
        Some(ch) => Ok(Atom::Char(ch)),
        None => err(format!("undefined character name '{name}'"), at),
    }
}
