//! `str.find`/`rfind`/`count`/`startswith`/`endswith` over a `PyStr`: the `[start:end]`
//! window is located through the str's known length and code point index rather than by
//! counting from its start, so a scanner calling `s.startswith(x, i)` or `s.find(x, i)` along a
//! long string stays linear overall, as with CPython's arrays of code points.

use crate::object::str::PyStr;
use crate::text::str_methods::adjust;

/// `s[start:end]` after CPython's ADJUST_INDICES, with its first code point's index; None when
/// `sub` (of `sub_len` code points) cannot fit in it.
fn window(s: &PyStr, start: Option<i64>, end: Option<i64>, sub_len: usize) -> Option<(&str, usize)> {
    let (start, end) = adjust(start, end, s.char_len());
    if end - start < sub_len as i64 {
        return None;
    }
    let (a, b) = (s.byte_offset(start as usize), s.byte_offset(end as usize));
    Some((s.as_str().get(a..b)?, start as usize))
}

/// Code points of `w` before byte `b` (bytes, for ASCII text).
fn chars_before(s: &PyStr, w: &str, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        w.get(..b).map_or(0, |p| p.chars().count())
    }
}

pub fn find(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((w, base)) = window(s, start, end, sub.char_len()) else { return -1 };
    w.find(sub.as_str()).map_or(-1, |b| (base + chars_before(s, w, b)) as i64)
}

pub fn rfind(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((w, base)) = window(s, start, end, sub.char_len()) else { return -1 };
    w.rfind(sub.as_str()).map_or(-1, |b| (base + chars_before(s, w, b)) as i64)
}

/// Non-overlapping occurrences; an empty `sub` matches between every two code points.
pub fn count(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((w, _)) = window(s, start, end, sub.char_len()) else { return 0 };
    if sub.as_str().is_empty() {
        let n = if s.is_ascii() { w.len() } else { w.chars().count() };
        return n as i64 + 1;
    }
    w.matches(sub.as_str()).count() as i64
}

pub fn startswith(s: &PyStr, prefix: &PyStr, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, start, end, prefix.char_len()).is_some_and(|(w, _)| w.starts_with(prefix.as_str()))
}

pub fn endswith(s: &PyStr, suffix: &PyStr, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, start, end, suffix.char_len()).is_some_and(|(w, _)| w.ends_with(suffix.as_str()))
}
