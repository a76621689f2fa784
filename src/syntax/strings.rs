//! Decoding string and bytes literal bodies (escape sequences), and implicit concatenation
//! of adjacent literals into one Constant or JoinedStr.

use std::rc::Rc;

use super::ast::{Constant, Expr, ExprKind, Span};
use super::fstring;
use super::lexer::{Error, StrTok};

/// A literal with an invalid escape sequence: CPython 3.11 warns (DeprecationWarning) about
/// the first one of each decoded piece, at the string token.
pub struct EscapeWarning {
    pub start: usize,
    pub end: usize,
    pub message: String,
    /// Where the escape itself is: the same literal parsed again is not warned about twice.
    key: usize,
}

thread_local! {
    // The first invalid escape of the body decoded last (its offset and message), until the
    // caller, which knows the token, files it.
    static FIRST_INVALID: std::cell::RefCell<Option<(usize, String)>> = const { std::cell::RefCell::new(None) };
    static ESCAPE_WARNINGS: std::cell::RefCell<Vec<EscapeWarning>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn note_invalid(key: usize, message: String) {
    FIRST_INVALID.with(|f| {
        let mut f = f.borrow_mut();
        if f.is_none() {
            *f = Some((key, message));
        }
    });
}

/// Files the invalid escape the last decoding found (if any) against the token `start..end`.
pub(super) fn file_escape_warning(start: usize, end: usize) {
    let Some((key, message)) = FIRST_INVALID.with(|f| f.borrow_mut().take()) else { return };
    push_escape_warning(EscapeWarning { start, end, message, key });
}

fn push_escape_warning(w: EscapeWarning) {
    ESCAPE_WARNINGS.with(|all| {
        let mut all = all.borrow_mut();
        if !all.iter().any(|o| o.key == w.key && o.message == w.message) {
            all.push(w);
        }
    });
}

/// An f-string's `\{` or `\}`: the brace still counts as one, with the escape warned about.
pub(super) fn fstring_brace_escape(key: usize, brace: char, start: usize, end: usize) {
    push_escape_warning(EscapeWarning { start, end, message: format!("invalid escape sequence '\\{brace}'"), key });
}

/// The invalid-escape warnings since the last call, in source order.
pub fn take_escape_warnings() -> Vec<EscapeWarning> {
    FIRST_INVALID.with(|f| f.borrow_mut().take());
    let mut all = ESCAPE_WARNINGS.with(|all| std::mem::take(&mut *all.borrow_mut()));
    all.sort_by_key(|w| (w.start, w.key));
    all
}

/// Decodes the escapes of a (non-raw) str body. `at` is the body's byte offset, for errors.
pub fn decode_str(body: &str, at: usize) -> Result<String, Error> {
    FIRST_INVALID.with(|f| f.borrow_mut().take());
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|p| p.1) == Some('\n') {
                    chars.next();
                }
            }
            '\\' | '\'' | '"' => out.push(e),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                let mut digits = 1;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + (d as u32 - '0' as u32);
                            digits += 1;
                            chars.next();
                        }
                        _ => break,
                    }
                }
                if v > 0o377 {
                    note_invalid(at + i, format!("invalid octal escape sequence '{}'", &body[i..i + 1 + digits]));
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for k in 0..n {
                    match chars.peek().and_then(|p| p.1.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            chars.next();
                        }
                        None => {
                            let what = format!("truncated \\{}{} escape", e, if e == 'x' { "XX" } else if e == 'u' { "XXXX" } else { "XXXXXXXX" });
                            return Err(unicode_error(body, i, i + 2 + k, &what, at));
                        }
                    }
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    // CPython keeps a lone surrogate (`'\udc80'`) in the str; a Rust String cannot
                    // hold one, so U+FFFD stands in for it, as `chr(0xdc80)` does.
                    None if (0xd800..0xe000).contains(&v) => out.push('\u{fffd}'),
                    None => return Err(unicode_error(body, i, i + 2 + n, "illegal Unicode character", at)),
                }
            }
            'N' => {
                let rest = &body[i + 2..];
                let close = if rest.starts_with('{') { rest.find('}') } else { None };
                let Some(close) = close else {
                    return Err(unicode_error(body, i, i + 2, "malformed \\N character escape", at));
                };
                let name = &rest[1..close];
                match crate::text::unicode_data::char_by_name(name) {
                    Some(ch) => out.push(ch),
                    None => return Err(unicode_error(body, i, i + 3 + close, "unknown Unicode character name", at)),
                }
                while chars.peek().is_some_and(|p| p.0 <= i + 2 + close) {
                    chars.next();
                }
            }
            other => {
                // Matches CPython: an unknown escape keeps its backslash, with a warning.
                note_invalid(at + i, format!("invalid escape sequence '\\{other}'"));
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

fn unicode_error(body: &str, from: usize, to: usize, what: &str, at: usize) -> Error {
    let to = to.min(body.len()).max(from + 1);
    let msg = format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}", from, to - 1, what);
    // CPython points at the start of the whole literal; the caller replaces the location.
    Error::syntax(msg, at, at + 1)
}

/// Decodes a bytes body: ASCII only, `\x`, octal and the simple escapes.
pub fn decode_bytes(body: &str, raw: bool, at: usize) -> Result<Vec<u8>, Error> {
    if !body.is_ascii() {
        return Err(Error::syntax("bytes can only contain ASCII literal characters", at, at + 1));
    }
    let b = body.as_bytes();
    if raw {
        return Ok(b.to_vec());
    }
    FIRST_INVALID.with(|f| f.borrow_mut().take());
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let e = b[i + 1];
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let first = i - 2;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                if v > 0o377 {
                    note_invalid(at + first, format!("invalid octal escape sequence '{}'", &body[first..i]));
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hex = |k: usize| b.get(k).and_then(|c| (*c as char).to_digit(16));
                match (hex(i), hex(i + 1)) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        let msg = format!("(value error) invalid \\x escape at position {}", i - 2);
                        return Err(Error::syntax(msg, at, at + 1));
                    }
                }
            }
            other => {
                note_invalid(at + i - 2, format!("invalid escape sequence '\\{}'", other as char));
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}


/// One literal piece after decoding, before concatenation.
enum Piece {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string's parts: Constant(Str) and FormattedValue expressions.
    Joined(Vec<Expr>),
}

/// Implicit concatenation of adjacent literals (`"a" f"{b}" "c"`), as one Constant or JoinedStr
/// spanning all of them. `depth` bounds f-string nesting.
pub fn concat(toks: Vec<(usize, StrTok, usize)>, depth: usize) -> Result<Expr, Error> {
    let start = toks.first().map_or(0, |t| t.0);
    let end = toks.last().map_or(0, |t| t.2);
    let span = Span::new(start, end);
    let mut pieces = Vec::with_capacity(toks.len());
    let (mut any_bytes, mut any_str) = (false, false);
    for (s, t, e) in &toks {
        let piece = if t.bytes {
            any_bytes = true;
            let decoded = decode_bytes(&t.body, t.raw, *s).map_err(|mut err| {
                if err.msg.starts_with("bytes can only") {
                    err.end = *e;
                }
                err
            })?;
            file_escape_warning(*s, *e);
            Piece::Bytes(decoded)
        } else if t.fstring {
            any_str = true;
            Piece::Joined(fstring::parse(t, Span::new(*s, *e), span, depth)?)
        } else {
            any_str = true;
            let text = if t.raw { t.body.to_string() } else { decode_str(&t.body, *s).map_err(|err| relocate(err, *e))? };
            file_escape_warning(*s, *e);
            Piece::Str(text)
        };
        pieces.push(piece);
    }
    if any_bytes && any_str {
        return Err(Error::syntax("cannot mix bytes and nonbytes literals", end, end + 1));
    }
    if any_bytes {
        let mut all = Vec::new();
        for p in pieces {
            if let Piece::Bytes(b) = p {
                all.extend(b);
            }
        }
        return Ok(Expr::new(span, ExprKind::Constant(Constant::Bytes(Rc::from(all)))));
    }
    if !pieces.iter().any(|p| matches!(p, Piece::Joined(_))) {
        let mut all = String::new();
        for p in pieces {
            if let Piece::Str(s) = p {
                all.push_str(&s);
            }
        }
        return Ok(Expr::new(span, ExprKind::Constant(Constant::Str(Rc::from(all)))));
    }
    let mut parts = Vec::new();
    for p in pieces {
        match p {
            Piece::Str(s) => push_text(&mut parts, &s, span),
            Piece::Joined(list) => {
                for e in list {
                    match e.kind {
                        ExprKind::Constant(Constant::Str(s)) => push_text(&mut parts, &s, span),
                        _ => parts.push(e),
                    }
                }
            }
            Piece::Bytes(_) => {}
        }
    }
    Ok(Expr::new(span, ExprKind::JoinedStr(parts)))
}

/// Appends literal text to JoinedStr parts, merging with a preceding Constant; empty text adds
/// nothing (matches CPython, which drops empty pieces).
pub fn push_text(parts: &mut Vec<Expr>, text: &str, span: Span) {
    if text.is_empty() {
        return;
    }
    if let Some(Expr { kind: ExprKind::Constant(Constant::Str(prev)), .. }) = parts.last_mut() {
        let joined = format!("{prev}{text}");
        *prev = Rc::from(joined);
        return;
    }
    parts.push(Expr::new(span, ExprKind::Constant(Constant::Str(Rc::from(text)))));
}

/// Decode errors are reported just past the literal, like CPython.
fn relocate(mut e: Error, tok_end: usize) -> Error {
    e.start = tok_end;
    e.end = tok_end + 1;
    e
}
