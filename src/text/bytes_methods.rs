//! `bytes` / `bytearray` methods as pure functions on byte slices with CPython semantics:
//! searching (byte indices), splitting, stripping, padding, ASCII case mappings and
//! predicates, and `hex()` / `fromhex()`.
use super::TextError;
use memchr::memmem;

/// Results longer than this are refused instead of exhausting memory.
const MAX_RESULT: u64 = 1 << 31;

fn too_long() -> TextError {
    TextError::overflow("result too long")
}

fn empty_separator() -> TextError {
    TextError::value("empty separator")
}

/// Python's `Py_ISSPACE` for bytes.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The window `b[start:end]` after CPython's index adjustment and its start, or None when
/// `sub_len` bytes cannot fit.
fn window(
    b: &[u8],
    start: Option<i64>,
    end: Option<i64>,
    sub_len: usize,
) -> Option<(&[u8], usize)> {
    let len = b.len() as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    if end - start < sub_len as i64 {
        return None;
    }
    Some((b.get(start as usize..end as usize)?, start as usize))
}

/// `b.find(sub, start, end)`.
pub fn find(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((w, base)) = window(b, start, end, sub.len()) else {
        return -1;
    };
    memmem::find(w, sub).map_or(-1, |i| (base + i) as i64)
}

/// `b.rfind(sub, start, end)`.
pub fn rfind(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((w, base)) = window(b, start, end, sub.len()) else {
        return -1;
    };
    memmem::rfind(w, sub).map_or(-1, |i| (base + i) as i64)
}

/// `b.index(sub, start, end)` (ValueError "subsection not found").
pub fn index(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> Result<i64, TextError> {
    match find(b, sub, start, end) {
        -1 => Err(TextError::value("subsection not found")),
        i => Ok(i),
    }
}

/// `b.rindex(sub, start, end)`.
pub fn rindex(
    b: &[u8],
    sub: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<i64, TextError> {
    match rfind(b, sub, start, end) {
        -1 => Err(TextError::value("subsection not found")),
        i => Ok(i),
    }
}

/// `b.count(sub, start, end)` (non-overlapping).
pub fn count(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((w, _)) = window(b, start, end, sub.len()) else {
        return 0;
    };
    if sub.is_empty() {
        return w.len() as i64 + 1;
    }
    memmem::find_iter(w, sub).count() as i64
}

/// `b.startswith(prefix, start, end)` for one prefix.
pub fn startswith(b: &[u8], prefix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    window(b, start, end, prefix.len()).is_some_and(|(w, _)| w.starts_with(prefix))
}

/// `b.endswith(suffix, start, end)` for one suffix.
pub fn endswith(b: &[u8], suffix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    window(b, start, end, suffix.len()).is_some_and(|(w, _)| w.ends_with(suffix))
}

/// `b.replace(old, new, count)`; a negative count replaces all.
pub fn replace(b: &[u8], old: &[u8], new: &[u8], count: i64) -> Result<Vec<u8>, TextError> {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let positions: Vec<usize> = if old.is_empty() {
        (0..=b.len()).take(limit).collect()
    } else {
        memmem::find_iter(b, old).take(limit).collect()
    };
    let grow = positions.len() as u64 * new.len() as u64;
    if b.len() as u64 + grow > MAX_RESULT {
        return Err(too_long());
    }
    let mut out = Vec::with_capacity(b.len() + grow as usize);
    let mut last = 0;
    for p in positions {
        out.extend_from_slice(&b[last..p]);
        out.extend_from_slice(new);
        last = p + old.len();
    }
    out.extend_from_slice(&b[last.min(b.len())..]);
    Ok(out)
}

fn limit(maxsplit: i64) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    }
}

fn trim_start(b: &[u8], pred: impl Fn(u8) -> bool) -> &[u8] {
    let i = b.iter().position(|c| !pred(*c)).unwrap_or(b.len());
    &b[i..]
}

fn trim_end(b: &[u8], pred: impl Fn(u8) -> bool) -> &[u8] {
    let i = b.iter().rposition(|c| !pred(*c)).map_or(0, |i| i + 1);
    &b[..i]
}

/// `b.split(sep, maxsplit)`.
pub fn split(b: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Result<Vec<Vec<u8>>, TextError> {
    let mut left = limit(maxsplit);
    let mut out = Vec::new();
    let mut rest = b;
    match sep {
        None => loop {
            rest = trim_start(rest, is_space);
            if rest.is_empty() {
                break;
            }
            if left == 0 {
                out.push(rest.to_vec());
                break;
            }
            let end = rest.iter().position(|c| is_space(*c)).unwrap_or(rest.len());
            out.push(rest[..end].to_vec());
            rest = &rest[end..];
            left -= 1;
        },
        Some([]) => return Err(empty_separator()),
        Some(sep) => {
            while left > 0 {
                let Some(p) = memmem::find(rest, sep) else {
                    break;
                };
                out.push(rest[..p].to_vec());
                rest = &rest[p + sep.len()..];
                left -= 1;
            }
            out.push(rest.to_vec());
        }
    }
    Ok(out)
}

/// `b.rsplit(sep, maxsplit)`.
pub fn rsplit(b: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Result<Vec<Vec<u8>>, TextError> {
    let mut left = limit(maxsplit);
    let mut out = Vec::new();
    let mut rest = b;
    match sep {
        None => loop {
            rest = trim_end(rest, is_space);
            if rest.is_empty() {
                break;
            }
            if left == 0 {
                out.push(rest.to_vec());
                break;
            }
            let start = rest.iter().rposition(|c| is_space(*c)).map_or(0, |i| i + 1);
            out.push(rest[start..].to_vec());
            rest = &rest[..start];
            left -= 1;
        },
        Some([]) => return Err(empty_separator()),
        Some(sep) => {
            while left > 0 {
                let Some(p) = memmem::rfind(rest, sep) else {
                    break;
                };
                out.push(rest[p + sep.len()..].to_vec());
                rest = &rest[..p];
                left -= 1;
            }
            out.push(rest.to_vec());
        }
    }
    out.reverse();
    Ok(out)
}

/// `b.splitlines(keepends)`: only `\n`, `\r` and `\r\n` end lines.
pub fn splitlines(b: &[u8], keepends: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = b;
    while !rest.is_empty() {
        let Some(p) = rest.iter().position(|c| *c == b'\n' || *c == b'\r') else {
            out.push(rest.to_vec());
            break;
        };
        let brk = if rest[p..].starts_with(b"\r\n") { 2 } else { 1 };
        out.push(rest[..if keepends { p + brk } else { p }].to_vec());
        rest = &rest[p + brk..];
    }
    out
}

fn strip_pred(chars: Option<&[u8]>) -> impl Fn(u8) -> bool + '_ {
    move |c| chars.map_or(is_space(c), |set| set.contains(&c))
}

/// `b.strip(chars)`.
pub fn strip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    trim_end(trim_start(b, strip_pred(chars)), strip_pred(chars))
}

/// `b.lstrip(chars)`.
pub fn lstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    trim_start(b, strip_pred(chars))
}

/// `b.rstrip(chars)`.
pub fn rstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    trim_end(b, strip_pred(chars))
}

type Parts<'a> = (&'a [u8], &'a [u8], &'a [u8]);

/// `b.partition(sep)`.
pub fn partition<'a>(b: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, TextError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match memmem::find(b, sep) {
        Some(p) => (&b[..p], &b[p..p + sep.len()], &b[p + sep.len()..]),
        None => (b, &[], &[]),
    })
}

/// `b.rpartition(sep)`.
pub fn rpartition<'a>(b: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, TextError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match memmem::rfind(b, sep) {
        Some(p) => (&b[..p], &b[p..p + sep.len()], &b[p + sep.len()..]),
        None => (&[], &[], b),
    })
}

fn padded(b: &[u8], left: usize, right: usize, fill: u8) -> Result<Vec<u8>, TextError> {
    if (left as u64).saturating_add(right as u64) + b.len() as u64 > MAX_RESULT {
        return Err(too_long());
    }
    let mut out = Vec::with_capacity(b.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(out.len() + right, fill);
    Ok(out)
}

fn margin(b: &[u8], width: i64) -> Option<usize> {
    (width > b.len() as i64).then(|| (width - b.len() as i64) as usize)
}

/// `b.center(width, fill)`.
pub fn center(b: &[u8], width: i64, fill: u8) -> Result<Vec<u8>, TextError> {
    let Some(marg) = margin(b, width) else {
        return Ok(b.to_vec());
    };
    let left = marg / 2 + (marg & (width as usize) & 1);
    padded(b, left, marg - left, fill)
}

/// `b.ljust(width, fill)`.
pub fn ljust(b: &[u8], width: i64, fill: u8) -> Result<Vec<u8>, TextError> {
    margin(b, width).map_or(Ok(b.to_vec()), |m| padded(b, 0, m, fill))
}

/// `b.rjust(width, fill)`.
pub fn rjust(b: &[u8], width: i64, fill: u8) -> Result<Vec<u8>, TextError> {
    margin(b, width).map_or(Ok(b.to_vec()), |m| padded(b, m, 0, fill))
}

/// `b.zfill(width)`.
pub fn zfill(b: &[u8], width: i64) -> Result<Vec<u8>, TextError> {
    let Some(m) = margin(b, width) else {
        return Ok(b.to_vec());
    };
    match b.first() {
        Some(&s @ (b'+' | b'-')) => {
            let mut out = vec![s];
            out.extend(padded(&b[1..], m, 0, b'0')?);
            Ok(out)
        }
        _ => padded(b, m, 0, b'0'),
    }
}

/// `b.expandtabs(tabsize)`.
pub fn expandtabs(b: &[u8], tabsize: i64) -> Result<Vec<u8>, TextError> {
    let mut out = Vec::with_capacity(b.len());
    let mut col: u64 = 0;
    for &c in b {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize as u64 - col % tabsize as u64;
                if out.len() as u64 + incr > MAX_RESULT {
                    return Err(too_long());
                }
                col += incr;
                out.resize(out.len() + incr as usize, b' ');
            }
        } else {
            col += 1;
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
            out.push(c);
        }
    }
    Ok(out)
}

pub fn upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}
pub fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// `b.swapcase()` (ASCII only).
pub fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

/// `b.title()` (ASCII only).
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let out = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

/// `b.capitalize()` (ASCII only).
pub fn capitalize(b: &[u8]) -> Vec<u8> {
    let mut out = b.to_ascii_lowercase();
    if let Some(first) = out.first_mut() {
        first.make_ascii_uppercase();
    }
    out
}

fn all_nonempty(b: &[u8], f: impl Fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}
pub fn isdigit(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_digit)
}
pub fn isalpha(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphabetic)
}
pub fn isalnum(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphanumeric)
}
pub fn isspace(b: &[u8]) -> bool {
    all_nonempty(b, |c| is_space(*c))
}
pub fn isupper(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
}
pub fn islower(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
}

/// `b.istitle()` (ASCII only).
pub fn istitle(b: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            (prev_cased, cased) = (true, true);
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            (prev_cased, cased) = (true, true);
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `b.hex(sep, bytes_per_sep)`; `sep` already checked to be one ASCII char (see
/// [`check_hex_sep`]). Positive group sizes count from the right, negative from the left.
pub fn hex(b: &[u8], sep: Option<char>, bytes_per_sep: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = bytes_per_sep.unsigned_abs() as usize;
    let mut out = String::with_capacity(b.len() * 3);
    for (i, &c) in b.iter().enumerate() {
        if let Some(s) = sep.filter(|_| group > 0 && i > 0) {
            let boundary = if bytes_per_sep > 0 {
                (b.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(s);
            }
        }
        out.push(DIGITS[(c >> 4) as usize] as char);
        out.push(DIGITS[(c & 15) as usize] as char);
    }
    out
}

/// Validate the `sep` argument of `hex()` (as a str or bytes converted to a str).
pub fn check_hex_sep(sep: &str) -> Result<char, TextError> {
    let mut it = sep.chars();
    match (it.next(), it.next()) {
        (Some(c), None) if c.is_ascii() => Ok(c),
        (Some(_), None) => Err(TextError::value("sep must be ASCII.")),
        _ => Err(TextError::value("sep must be length 1.")),
    }
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs.
pub fn fromhex(s: &str) -> Result<Vec<u8>, TextError> {
    let chars: Vec<char> = s.chars().collect();
    let bad = |pos: usize| {
        TextError::value(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let top = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let bot = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((top * 16 + bot) as u8);
        i += 2;
    }
    Ok(out)
}

#[cfg(test)]
#[path = "bytes_methods_tests.rs"]
mod tests;
