//! `str` methods as pure functions with CPython semantics: searching with code-point
//! indices, splitting, stripping, padding, case mappings and the `is*` predicates.
//! (Encoding and decoding live in `codecs.rs`.)
use super::unicode as uni;
use super::TextError;

/// Results longer than this are refused instead of exhausting memory.
const MAX_RESULT: u64 = 1 << 31;

fn too_long() -> TextError {
    TextError::overflow("new string is too long")
}

fn empty_separator() -> TextError {
    TextError::value("empty separator")
}

/// Byte offset of code point `idx` (clamped to the end).
fn byte_at(s: &str, idx: usize) -> usize {
    if s.is_ascii() {
        return idx.min(s.len());
    }
    s.char_indices().nth(idx).map_or(s.len(), |(b, _)| b)
}

/// Code-point index of byte offset `b`.
fn char_index(s: &str, b: usize) -> usize {
    s.get(..b).map_or(0, |p| p.chars().count())
}

/// CPython's ADJUST_INDICES on code-point bounds; `start` may exceed `len`.
pub(crate) fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
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
    (start, end)
}

/// The slice `s[start:end]` (after adjusting) and its starting code-point index, or None
/// when `sub_len` code points cannot fit.
fn window<'a>(
    s: &'a str,
    start: Option<i64>,
    end: Option<i64>,
    sub: &str,
) -> Option<(&'a str, usize)> {
    let len = s.chars().count();
    let (start, end) = adjust(start, end, len);
    if end - start < sub.chars().count() as i64 {
        return None;
    }
    let (a, b) = (byte_at(s, start as usize), byte_at(s, end as usize));
    Some((s.get(a..b)?, start as usize))
}

/// `s.find(sub, start, end)`.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((w, base)) = window(s, start, end, sub) else {
        return -1;
    };
    w.find(sub).map_or(-1, |b| (base + char_index(w, b)) as i64)
}

/// `s.rfind(sub, start, end)`.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((w, base)) = window(s, start, end, sub) else {
        return -1;
    };
    w.rfind(sub)
        .map_or(-1, |b| (base + char_index(w, b)) as i64)
}

/// `s.index(sub, start, end)`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<i64, TextError> {
    match find(s, sub, start, end) {
        -1 => Err(TextError::value("substring not found")),
        i => Ok(i),
    }
}

/// `s.rindex(sub, start, end)`.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<i64, TextError> {
    match rfind(s, sub, start, end) {
        -1 => Err(TextError::value("substring not found")),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)` (non-overlapping).
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((w, _)) = window(s, start, end, sub) else {
        return 0;
    };
    if sub.is_empty() {
        return w.chars().count() as i64 + 1;
    }
    w.matches(sub).count() as i64
}

/// `s.startswith(prefix, start, end)` for one prefix.
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, start, end, prefix).is_some_and(|(w, _)| w.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, start, end, suffix).is_some_and(|(w, _)| w.ends_with(suffix))
}

/// `s.replace(old, new, count)`; a negative count replaces all.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> Result<String, TextError> {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if old.is_empty() {
        let n = (s.chars().count() + 1).min(limit);
        if (s.len() as u64) + (n as u64) * (new.len() as u64) > MAX_RESULT {
            return Err(too_long());
        }
        let mut out = String::with_capacity(s.len() + n * new.len());
        let mut done = 0;
        for c in s.chars() {
            if done < n {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < n {
            out.push_str(new);
        }
        return Ok(out);
    }
    if new.len() > old.len() {
        let hits = s.matches(old).take(limit).count() as u64;
        if s.len() as u64 + hits * (new.len() - old.len()) as u64 > MAX_RESULT {
            return Err(too_long());
        }
    }
    Ok(s.replacen(old, new, limit))
}

fn maxsplit_limit(maxsplit: i64) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    }
}

/// `s.split(sep, maxsplit)`.
pub fn split(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, TextError> {
    let mut left = maxsplit_limit(maxsplit);
    let mut out = Vec::new();
    let Some(sep) = sep else {
        let mut rest = s;
        loop {
            rest = rest.trim_start_matches(uni::is_space);
            if rest.is_empty() {
                break;
            }
            if left == 0 {
                out.push(rest.to_string());
                break;
            }
            let end = rest.find(uni::is_space).unwrap_or(rest.len());
            out.push(rest[..end].to_string());
            rest = &rest[end..];
            left -= 1;
        }
        return Ok(out);
    };
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let mut rest = s;
    while left > 0 {
        let Some(pos) = rest.find(sep) else { break };
        out.push(rest[..pos].to_string());
        rest = &rest[pos + sep.len()..];
        left -= 1;
    }
    out.push(rest.to_string());
    Ok(out)
}

/// `s.rsplit(sep, maxsplit)`.
pub fn rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, TextError> {
    let mut left = maxsplit_limit(maxsplit);
    let mut out = Vec::new();
    match sep {
        None => {
            let mut rest = s;
            loop {
                rest = rest.trim_end_matches(uni::is_space);
                if rest.is_empty() {
                    break;
                }
                if left == 0 {
                    out.push(rest.to_string());
                    break;
                }
                let start = rest.rfind(uni::is_space).map_or(0, |b| {
                    b + rest[b..].chars().next().map_or(1, char::len_utf8)
                });
                out.push(rest[start..].to_string());
                rest = &rest[..start];
                left -= 1;
            }
        }
        Some("") => return Err(empty_separator()),
        Some(sep) => {
            let mut rest = s;
            while left > 0 {
                let Some(pos) = rest.rfind(sep) else { break };
                out.push(rest[pos + sep.len()..].to_string());
                rest = &rest[..pos];
                left -= 1;
            }
            out.push(rest.to_string());
        }
    }
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let Some(pos) = rest.find(uni::is_linebreak) else {
            out.push(rest.to_string());
            break;
        };
        let brk = if rest[pos..].starts_with("\r\n") {
            2
        } else {
            rest[pos..].chars().next().map_or(1, char::len_utf8)
        };
        let end = if keepends { pos + brk } else { pos };
        out.push(rest[..end].to_string());
        rest = &rest[pos + brk..];
    }
    out
}

fn strip_set(chars: Option<&str>) -> impl Fn(char) -> bool + '_ {
    move |c| match chars {
        None => uni::is_space(c),
        Some(set) => set.contains(c),
    }
}

/// `s.strip(chars)`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_matches(strip_set(chars))
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_start_matches(strip_set(chars))
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_end_matches(strip_set(chars))
}

/// `s.partition(sep)`.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.find(sep) {
        Some(p) => (&s[..p], &s[p..p + sep.len()], &s[p + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(p) => (&s[..p], &s[p..p + sep.len()], &s[p + sep.len()..]),
        None => ("", "", s),
    })
}

fn padded(s: &str, left: usize, right: usize, fill: char) -> Result<String, TextError> {
    if ((left + right) as u64).saturating_mul(fill.len_utf8() as u64) + s.len() as u64 > MAX_RESULT
    {
        return Err(too_long());
    }
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

fn margin(s: &str, width: i64) -> Option<usize> {
    let len = s.chars().count() as i64;
    (width > len).then(|| (width - len) as usize)
}

/// `s.center(width, fill)` (CPython puts the odd extra fill on the left when width is odd).
pub fn center(s: &str, width: i64, fill: char) -> Result<String, TextError> {
    let Some(marg) = margin(s, width) else {
        return Ok(s.to_string());
    };
    let left = marg / 2 + (marg & (width as usize) & 1);
    padded(s, left, marg - left, fill)
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> Result<String, TextError> {
    match margin(s, width) {
        Some(m) => padded(s, 0, m, fill),
        None => Ok(s.to_string()),
    }
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> Result<String, TextError> {
    match margin(s, width) {
        Some(m) => padded(s, m, 0, fill),
        None => Ok(s.to_string()),
    }
}

/// `s.zfill(width)`: zeros after a leading sign.
pub fn zfill(s: &str, width: i64) -> Result<String, TextError> {
    let Some(m) = margin(s, width) else {
        return Ok(s.to_string());
    };
    match s.strip_prefix(['+', '-']) {
        Some(rest) => Ok(format!("{}{}", &s[..1], padded(rest, m, 0, '0')?)),
        None => padded(s, m, 0, '0'),
    }
}

/// `s.expandtabs(tabsize)`; the column restarts after `\n` and `\r`.
pub fn expandtabs(s: &str, tabsize: i64) -> Result<String, TextError> {
    let mut out = String::with_capacity(s.len());
    let mut col: u64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize as u64 - col % tabsize as u64;
                if out.len() as u64 + incr > MAX_RESULT {
                    return Err(too_long());
                }
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
            out.push(c);
        }
    }
    Ok(out)
}

/// CPython's final-sigma rule for U+03A3 at `i`.
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i]
        .iter()
        .rev()
        .find(|c| !uni::is_case_ignorable(**c));
    if !before.is_some_and(|c| uni::is_cased(*c)) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|c| !uni::is_case_ignorable(**c));
    !after.is_some_and(|c| uni::is_cased(*c))
}

fn push_lower(out: &mut String, chars: &[char], i: usize) {
    match chars[i] {
        'Σ' if final_sigma(chars, i) => out.push('ς'),
        c => uni::push_lower(out, c),
    }
}

/// `s.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    out
}

/// `s.upper()` (full mappings: `'ß'.upper() == 'SS'`).
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        uni::push_upper(&mut out, c);
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    s.chars().map(uni::casefold_char).collect()
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if uni::is_upper(c) {
            push_lower(&mut out, &chars, i);
        } else if uni::is_lower(c) {
            uni::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.title()`.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower(&mut out, &chars, i);
        } else {
            out.push_str(&uni::to_title(c));
        }
        previous_is_cased = uni::is_cased(c);
    }
    out
}

/// `s.capitalize()`: first character title-cased, the rest lower-cased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            out.push_str(&uni::to_title(c));
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, uni::is_digit)
}
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, uni::is_decimal)
}
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, uni::is_numeric)
}
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, uni::is_alpha)
}
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, uni::is_alnum)
}
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, uni::is_space)
}
/// `s.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(uni::is_printable)
}

/// `s.isidentifier()`.
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    it.next().is_some_and(uni::is_id_start) && it.all(uni::is_id_continue)
}

/// `s.isupper()`: some cased character and no lower-case or title-case one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if uni::is_lower(c) || uni::is_titlecase(c) {
            return false;
        }
        cased |= uni::is_upper(c);
    }
    cased
}

/// `s.islower()`.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if uni::is_upper(c) || uni::is_titlecase(c) {
            return false;
        }
        cased |= uni::is_lower(c);
    }
    cased
}

/// `s.istitle()`.
pub fn istitle(s: &str) -> bool {
    let (mut cased, mut previous_is_cased) = (false, false);
    for c in s.chars() {
        if uni::is_upper(c) || uni::is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if uni::is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// What `str.translate` does with one character, as decided by the table lookup.
pub enum Translation {
    /// Lookup failed (LookupError): keep the character.
    Keep,
    /// The table maps it to None.
    Delete,
    /// The table maps it to an int (as a char) or a str.
    Replace(String),
}

/// `s.translate(table)` with the VM doing `table[ord(c)]` in `lookup`.
pub fn translate<E>(
    s: &str,
    mut lookup: impl FnMut(char) -> Result<Translation, E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(c)? {
            Translation::Keep => out.push(c),
            Translation::Delete => {}
            Translation::Replace(r) => out.push_str(&r),
        }
    }
    Ok(out)
}

/// `s[index]`, with IndexError "string index out of range".
pub fn char_at(s: &str, index: i64) -> Result<char, TextError> {
    let out_of_range = || TextError::Index("string index out of range".into());
    let len = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    } as i64;
    let i = if index < 0 { index + len } else { index };
    if i < 0 || i >= len {
        return Err(out_of_range());
    }
    s.chars().nth(i as usize).ok_or_else(out_of_range)
}

/// CPython's PySlice_AdjustIndices for a sequence of `len` items: (start, stop, step, count).
pub fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<(i64, i64, i64, usize), TextError> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(TextError::value("slice step cannot be zero"));
    }
    // matches CPython's PySlice_Unpack, which keeps -step representable
    let step = step.max(-i64::MAX);
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(v) if v < 0 => (v.saturating_add(len)).max(lower),
        Some(v) => v.min(upper),
    };
    let start = clamp(start, if step < 0 { upper } else { lower });
    let stop = clamp(stop, if step < 0 { lower } else { upper });
    let count = if step > 0 && start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else if step < 0 && stop < start {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

/// `s[start:stop:step]` in code points.
pub fn str_slice(
    s: &str,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<String, TextError> {
    let len = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    };
    let (start, _, step, count) = slice_indices(len, start, stop, step)?;
    if count == 0 {
        return Ok(String::new());
    }
    if step == 1 {
        let a = byte_at(s, start as usize);
        let b = byte_at(s, start as usize + count);
        return Ok(s.get(a..b).unwrap_or_default().to_string());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(count);
    let mut i = start;
    for _ in 0..count {
        if let Some(c) = chars.get(i as usize) {
            out.push(*c);
        }
        i = i.wrapping_add(step);
    }
    Ok(out)
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

#[cfg(test)]
#[path = "str_methods_tests.rs"]
mod tests;
