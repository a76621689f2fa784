//! A script file's bytes read as text the way CPython's tokenizer reads them: a UTF-8 byte
//! order mark, a PEP 263 coding declaration on the first two lines (`# -*- coding: gbk -*-`),
//! null bytes and bytes that are not UTF-8, with CPython's messages for each.

use crate::object::{ExcKind, PyErr, PyResult, RcSlice, Value};
use crate::vm::Vm;

const BOM: &[u8] = b"\xef\xbb\xbf";

/// The script's text, or the text CPython writes on stderr before exiting with status 1.
/// `shown` is the file name as tracebacks give it.
pub fn decode(vm: &mut Vm, bytes: Vec<u8>, shown: &str) -> Result<String, String> {
    let has_bom = bytes.starts_with(BOM);
    let body = if has_bom { &bytes[BOM.len()..] } else { &bytes[..] };
    if let Some(declared) = coding_declaration(body) {
        let name = normal_name(&declared);
        if name != "utf-8" {
            if has_bom {
                return Err(format!("SyntaxError: encoding problem: {name} with BOM\n"));
            }
            // The whole file is decoded with the declared codec; an unknown codec or bytes it
            // cannot decode are one "encoding problem", as CPython reports them.
            let data = Value::Bytes(RcSlice::from(body.to_vec()));
            return match vm.call_method(&data, "decode", vec![Value::str(&declared)]) {
                Ok(text) => Ok(text.as_str().unwrap_or_default().to_string()),
                Err(_) => Err(format!("SyntaxError: encoding problem: {name}\n")),
            };
        }
    }
    utf8_text(body, shown)
}

/// Source given as bytes to `compile()` or read by the import system (CPython's
/// `decode_source`/`source_to_code` hand the file's bytes to the tokenizer): a UTF-8 BOM or
/// a PEP 263 declaration picks the codec, and what goes wrong is a SyntaxError carrying
/// `(filename, 0, -1, None)` as CPython's tokenizer raises it.
pub fn decode_source_bytes(vm: &mut Vm, bytes: &[u8], filename: &str) -> PyResult<String> {
    let encoding_error = |msg: String| {
        let details = Value::tuple(vec![Value::str(filename), Value::Int(0), Value::Int(-1), Value::None]);
        PyErr::with_args(ExcKind::SyntaxError, vec![Value::string(msg), details])
    };
    let has_bom = bytes.starts_with(BOM);
    let body = if has_bom { &bytes[BOM.len()..] } else { bytes };
    if let Some(declared) = coding_declaration(body) {
        let name = normal_name(&declared);
        if name != "utf-8" {
            if has_bom {
                return Err(encoding_error(format!("encoding problem: {name} with BOM")));
            }
            let data = Value::Bytes(RcSlice::from(body.to_vec()));
            return match vm.call_method(&data, "decode", vec![Value::str(&declared)]) {
                Ok(text) => Ok(text.as_str().unwrap_or_default().to_string()),
                // "unknown encoding: x" (LookupError) or the codec's own UnicodeDecodeError text.
                Err(e) => {
                    let inst = Value::Instance(vm.materialize(e));
                    let msg = vm.str(&inst).unwrap_or_default();
                    Err(encoding_error(msg))
                }
            };
        }
    }
    if body.contains(&0) {
        return Err(PyErr::new(ExcKind::SyntaxError, "source code string cannot contain null bytes"));
    }
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_string()),
        Err(bad) => Err(undecodable_utf8(body, bad.valid_up_to(), filename)),
    }
}

/// CPython finds bytes that are not UTF-8 when it decodes the string literal holding them:
/// "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: ..." with the
/// position inside the literal's body and the location just past the literal.
fn undecodable_utf8(body: &[u8], pos: usize, filename: &str) -> PyErr {
    let line_start = body[..pos].iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let line_end = body[pos..].iter().position(|b| *b == b'\n').map_or(body.len(), |i| pos + i);
    let lineno = body[..pos].iter().filter(|b| **b == b'\n').count() + 1;
    let line = &body[line_start..line_end];
    let at = pos - line_start;
    // The literal around the bad byte: the nearest quote before it and its match after it.
    let open = line[..at].iter().rposition(|b| matches!(b, b'"' | b'\''));
    let close = open.and_then(|o| line[at..].iter().position(|b| *b == line[o]).map(|c| at + c));
    let (start, end) = match (open, close) {
        (Some(o), Some(c)) => (o + 1, c),
        _ => (0, line.len()),
    };
    let literal = &line[start..end];
    let (bad_at, reason) = match std::str::from_utf8(literal) {
        Err(e) => {
            let i = e.valid_up_to();
            let reason = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if (0x80..0xc0).contains(&literal[i]) || literal[i] >= 0xf5 => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            (i, reason)
        }
        Ok(_) => (at - start, "invalid start byte"),
    };
    let byte = literal.get(bad_at).copied().unwrap_or(body[pos]);
    let msg = format!("(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {bad_at}: {reason}");
    let mut text = String::from_utf8_lossy(line).into_owned();
    text.push('\n');
    let col = (end + 2).min(line.len() + 1) as i64;
    let details = Value::tuple(vec![Value::str(filename), Value::Int(lineno as i64), Value::Int(col), Value::string(text), Value::Int(lineno as i64), Value::Int(col)]);
    PyErr::with_args(ExcKind::SyntaxError, vec![Value::string(msg), details])
}

/// Whether a module's text read leniently as UTF-8 needs its bytes decoded again by
/// `decode_source_bytes`: it starts with a BOM, holds bytes that were not UTF-8 (now
/// U+FFFD) or declares a codec other than UTF-8.
pub fn needs_decoding(text: &str) -> bool {
    if text.starts_with('\u{feff}') || text.contains(['\u{fffd}', '\0']) {
        return true;
    }
    coding_declaration(text.as_bytes()).map_or(false, |name| normal_name(&name) != "utf-8")
}

/// The default: UTF-8, refused at whichever comes first of a null byte and a byte sequence
/// that is not UTF-8 (CPython's tokenizer reads line by line and stops at the first).
fn utf8_text(bytes: &[u8], shown: &str) -> Result<String, String> {
    let bad_utf8 = std::str::from_utf8(bytes).err().map(|e| e.valid_up_to());
    let nul = bytes.iter().position(|b| *b == 0);
    if let Some(pos) = nul.filter(|nul| bad_utf8.map_or(true, |bad| *nul < bad)) {
        // The line up to the null byte (leading whitespace stripped) and no caret; everything
        // before it is UTF-8.
        let before = String::from_utf8_lossy(&bytes[..pos]);
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.matches('\n').count() + 1;
        let text = before[start..].trim_start_matches([' ', '\t', '\x0c']);
        return Err(format!("  File \"{shown}\", line {line}\n    {text}\nSyntaxError: source code cannot contain null bytes\n"));
    }
    if let Some(pos) = bad_utf8 {
        let line = bytes[..pos].iter().filter(|b| **b == b'\n').count() + 1;
        return Err(format!(
            "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {shown} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
            bytes[pos]
        ));
    }
    Ok(String::from_utf8_lossy(bytes).into_owned())
}

/// The codec a `coding[:=]name` comment on line 1, or on line 2 after a comment or blank
/// first line, declares (PEP 263's `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`).
fn coding_declaration(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|b| *b == b'\n');
    let first = lines.next()?;
    if let Some(name) = line_declaration(first) {
        return Some(name);
    }
    let first_is_comment_or_blank = {
        let t = trim_start(first);
        t.is_empty() || t[0] == b'#' || t == b"\r"
    };
    if first_is_comment_or_blank {
        return lines.next().and_then(line_declaration);
    }
    None
}

fn trim_start(line: &[u8]) -> &[u8] {
    let skip = line.iter().take_while(|b| matches!(b, b' ' | b'\t' | b'\x0c')).count();
    &line[skip..]
}

fn line_declaration(line: &[u8]) -> Option<String> {
    let line = trim_start(line);
    if line.first() != Some(&b'#') {
        return None;
    }
    let mut at = 1;
    while let Some(found) = find(&line[at..], b"coding") {
        let after = at + found + b"coding".len();
        if matches!(line.get(after), Some(b':' | b'=')) {
            let rest = trim_start(&line[after + 1..]);
            let len = rest.iter().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')).count();
            if len > 0 {
                return Some(String::from_utf8_lossy(&rest[..len]).into_owned());
            }
        }
        at = after;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// CPython's tokenizer's `get_normal_name`: the spellings of UTF-8 and Latin-1 become
/// "utf-8" and "iso-8859-1"; any other name stays as written.
fn normal_name(name: &str) -> String {
    let key: String = name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    let is = |base: &str| key == base || key.starts_with(&format!("{base}-"));
    if is("utf-8") {
        "utf-8".to_string()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_on_the_first_two_lines() {
        assert_eq!(coding_declaration(b"# -*- coding: gbk -*-\nx").as_deref(), Some("gbk"));
        assert_eq!(coding_declaration(b"#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\n").as_deref(), Some("latin-1"));
        assert_eq!(coding_declaration(b"print(1)\n# coding: latin-1\n"), None);
        assert_eq!(coding_declaration(b"x = 1 # coding: latin-1\n"), None);
        assert_eq!(coding_declaration(b"\n\n# coding: latin-1\n"), None);
    }

    #[test]
    fn normal_names() {
        assert_eq!(normal_name("UTF8"), "UTF8");
        assert_eq!(normal_name("utf_8"), "utf-8");
        assert_eq!(normal_name("Latin-1"), "iso-8859-1");
        assert_eq!(normal_name("iso-8859-1-x"), "iso-8859-1");
        assert_eq!(normal_name("gbk"), "gbk");
    }
}
