//! `repr()` and `ascii()` of str, and `repr()` of bytes, exactly as CPython writes them.
use super::unicode::is_printable;
use std::fmt::Write;

/// The quote CPython picks: `'` unless the text contains `'` and no `"`.
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

fn push_escaped(out: &mut String, c: char, quote: char, ascii_only: bool) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if c.is_ascii() => {
            if (' '..='~').contains(&c) {
                out.push(c);
            } else {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
        }
        c if !ascii_only && is_printable(c) => out.push(c),
        c => {
            let code = c as u32;
            let _ = if code < 0x100 {
                write!(out, "\\x{:02x}", code)
            } else if code < 0x10000 {
                write!(out, "\\u{:04x}", code)
            } else {
                write!(out, "\\U{:08x}", code)
            };
        }
    }
}

fn quoted(s: &str, ascii_only: bool) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_escaped(&mut out, c, quote, ascii_only);
    }
    out.push(quote);
    out
}

/// `repr(s)` for a str.
pub fn py_str_repr(s: &str) -> String {
    quoted(s, false)
}

/// `ascii(s)` for a str: like repr with every non-ASCII character escaped.
pub fn py_str_ascii(s: &str) -> String {
    quoted(s, true)
}

/// Escape the non-ASCII characters of an already built repr (what `ascii(obj)` does to
/// `repr(obj)`), without adding quotes.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escaped(&mut out, c, '\0', true);
        }
    }
    out
}

/// `repr(b)` for bytes: `b'...'`.
pub fn bytes_repr(b: &[u8]) -> String {
    format!("b{}", bytes_body_repr(b, false))
}

/// `repr(ba)` for a bytearray: `bytearray(b'...')`.
pub fn bytearray_repr(b: &[u8]) -> String {
    format!("bytearray(b{})", bytes_body_repr(b, true))
}

/// `always_escape_single`: matches CPython 3.11's bytearray repr, which escapes `'` even
/// inside double quotes (`bytearray(b"\'")`).
fn bytes_body_repr(b: &[u8], always_escape_single: bool) -> String {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"')) as u8;
    let mut out = String::with_capacity(b.len() + 2);
    out.push(quote as char);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            q if q == quote || (always_escape_single && q == b'\'') => {
                out.push('\\');
                out.push(q as char);
            }
            b' '..=b'~' => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{:02x}", byte);
            }
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected strings produced by CPython 3.11.
    #[test]
    fn str_repr() {
        let cases = [
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'"),
            ("a\nb\tc\rd\\", "'a\\nb\\tc\\rd\\\\'"),
            ("\x00\x07\x1b\x7f", "'\\x00\\x07\\x1b\\x7f'"),
            ("é\u{a0}\u{ad}ÿ", "'é\\xa0\\xadÿ'"),
            (
                "\u{85}\u{2028}\u{200b}\u{feff}",
                "'\\x85\\u2028\\u200b\\ufeff'",
            ),
            ("中文 😀", "'中文 😀'"),
            ("\u{e000}\u{10ffff}\u{378}", "'\\ue000\\U0010ffff\\u0378'"),
            ("", "''"),
        ];
        for (s, want) in cases {
            assert_eq!(py_str_repr(s), want, "{s:?}");
        }
        assert_eq!(py_str_ascii("é中😀'"), "\"\\xe9\\u4e2d\\U0001f600'\"");
        assert_eq!(ascii_escape("['é']"), "['\\xe9']");
    }

    #[test]
    fn bytes_reprs() {
        assert_eq!(bytes_repr(b"abc"), "b'abc'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(bytes_repr(b"\x00\n\xff\x7f\\"), "b'\\x00\\n\\xff\\x7f\\\\'");
        assert_eq!(bytearray_repr(b"x"), "bytearray(b'x')");
    }
}
