//! Text to number and number to text: `int(str, base)`, `float(str)`, `str(int)` with the
//! integer string conversion length limit, and `bin`/`oct`/`hex`.
use super::repr::py_str_repr;
use super::unicode::{decimal_value, is_space};
use super::TextError;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: decimal digits of any script become
/// ASCII digits, Unicode whitespace becomes a space, other non-ASCII becomes `?` (invalid).
fn to_ascii_digits(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if is_space(c) {
                b' '
            } else if let Some(d) = decimal_value(c) {
                b'0' + d as u8
            } else {
                b'?'
            }
        })
        .collect()
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

fn invalid_int(repr_text: &str, base: u32) -> TextError {
    let r: String = repr_text.chars().take(200).collect();
    TextError::value(format!(
        "invalid literal for int() with base {}: {}",
        base, r
    ))
}

fn limit_error_with_count(max: usize, count: usize) -> TextError {
    TextError::value(format!(
        "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
         use sys.set_int_max_str_digits() to increase the limit",
        max, count
    ))
}

/// `int(s, base)`; `max_str_digits` is `sys.get_int_max_str_digits()` (0 = no limit).
pub fn parse_int(s: &str, base: u32, max_str_digits: usize) -> Result<BigInt, TextError> {
    let bad = || invalid_int(&py_str_repr(s), base);
    parse_int_ascii(&to_ascii_digits(s), base, max_str_digits, &bad)
}

/// `int(b, base)` for bytes or bytearray (`repr_text` is the object's repr, for messages).
pub fn parse_int_bytes(
    b: &[u8],
    repr_text: &str,
    base: u32,
    max_str_digits: usize,
) -> Result<BigInt, TextError> {
    let bad = || invalid_int(repr_text, base);
    parse_int_ascii(&bytes_to_ascii(b), base, max_str_digits, &bad)
}

/// Non-ASCII bytes are never digits or whitespace; `?` keeps them invalid.
fn bytes_to_ascii(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| if c.is_ascii() { c } else { b'?' })
        .collect()
}

/// CPython's PyLong_FromString on an ASCII buffer.
fn parse_int_ascii(
    buf: &[u8],
    base: u32,
    max_str_digits: usize,
    bad: &dyn Fn() -> TextError,
) -> Result<BigInt, TextError> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(TextError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let mut i = 0;
    while buf.get(i).copied().is_some_and(is_ascii_space) {
        i += 1;
    }
    let mut negative = false;
    match buf.get(i) {
        Some(b'+') => i += 1,
        Some(b'-') => {
            negative = true;
            i += 1;
        }
        _ => {}
    }
    let lower_at = |k: usize| buf.get(k).map(|b| b.to_ascii_lowercase());
    let mut radix = base;
    let mut error_if_nonzero = false;
    if radix == 0 {
        radix = match (buf.get(i), lower_at(i + 1)) {
            (Some(b'0'), Some(b'x')) => 16,
            (Some(b'0'), Some(b'o')) => 8,
            (Some(b'0'), Some(b'b')) => 2,
            (Some(b'0'), _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    let prefix = match radix {
        16 => Some(b'x'),
        8 => Some(b'o'),
        2 => Some(b'b'),
        _ => None,
    };
    if buf.get(i) == Some(&b'0') && prefix.is_some() && lower_at(i + 1) == prefix {
        i += 2;
        if buf.get(i) == Some(&b'_') {
            i += 1;
        }
    }
    if buf.get(i) == Some(&b'_') {
        return Err(bad());
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev_underscore = false;
    while let Some(&b) = buf.get(i) {
        if b == b'_' {
            if prev_underscore {
                return Err(bad());
            }
            prev_underscore = true;
        } else if digit_value(b) < radix {
            digits.push(b);
            prev_underscore = false;
        } else {
            break;
        }
        i += 1;
    }
    if prev_underscore || digits.is_empty() {
        return Err(bad());
    }
    if error_if_nonzero && digits.iter().any(|d| *d != b'0') {
        return Err(bad());
    }
    if !radix.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(limit_error_with_count(max_str_digits, digits.len()));
    }
    while buf.get(i).copied().is_some_and(is_ascii_space) {
        i += 1;
    }
    if i != buf.len() {
        return Err(bad());
    }
    let v = BigInt::parse_bytes(&digits, radix).ok_or_else(bad)?;
    Ok(if negative { -v } else { v })
}

/// `float(s)` for a str.
pub fn parse_float(s: &str) -> Result<f64, TextError> {
    parse_float_ascii(&to_ascii_digits(s), &py_str_repr(s))
}

/// `float(b)` for bytes or bytearray (`repr_text` is the object's repr, for messages).
pub fn parse_float_bytes(b: &[u8], repr_text: &str) -> Result<f64, TextError> {
    parse_float_ascii(&bytes_to_ascii(b), repr_text)
}

fn parse_float_ascii(buf: &[u8], repr_text: &str) -> Result<f64, TextError> {
    let bad = || TextError::value(format!("could not convert string to float: {repr_text}"));
    let start = buf
        .iter()
        .position(|b| !is_ascii_space(*b))
        .unwrap_or(buf.len());
    let end = buf
        .iter()
        .rposition(|b| !is_ascii_space(*b))
        .map_or(start, |e| e + 1);
    let body = buf.get(start..end).unwrap_or(&[]);
    let cleaned = remove_underscores(body).ok_or_else(bad)?;
    if !is_float_literal(&cleaned) {
        return Err(bad());
    }
    let text = std::str::from_utf8(&cleaned).map_err(|_| bad())?;
    text.parse::<f64>().map_err(|_| bad())
}

/// Underscores are allowed only between two digits (CPython's
/// _Py_string_to_number_with_underscores); None when misplaced.
fn remove_underscores(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    for (k, &b) in body.iter().enumerate() {
        if b == b'_' {
            let prev_digit = k > 0 && body.get(k - 1).is_some_and(u8::is_ascii_digit);
            let next_digit = body.get(k + 1).is_some_and(u8::is_ascii_digit);
            if !(prev_digit && next_digit) {
                return None;
            }
        } else {
            out.push(b);
        }
    }
    Some(out)
}

/// `[sign] (inf | infinity | nan | digits[.digits] | .digits) [e [sign] digits]`.
fn is_float_literal(b: &[u8]) -> bool {
    let b = match b.first() {
        Some(b'+' | b'-') => &b[1..],
        _ => b,
    };
    let lower: Vec<u8> = b.iter().map(|c| c.to_ascii_lowercase()).collect();
    if matches!(lower.as_slice(), b"inf" | b"infinity" | b"nan") {
        return true;
    }
    let mut i = 0;
    let int_digits = count_digits(b, &mut i);
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = count_digits(b, &mut i);
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if count_digits(b, &mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

fn count_digits(b: &[u8], i: &mut usize) -> usize {
    let start = *i;
    while b.get(*i).is_some_and(u8::is_ascii_digit) {
        *i += 1;
    }
    *i - start
}

/// `str(v)` / `repr(v)` for an int, with the conversion length limit (0 = no limit).
pub fn int_to_decimal(v: &BigInt, max_str_digits: usize) -> Result<String, TextError> {
    let limit = || {
        TextError::value(format!(
            "Exceeds the limit ({} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit",
            max_str_digits
        ))
    };
    if max_str_digits > 0 {
        // A number of b bits has at least floor((b - 1) * log10(2)) + 1 digits.
        let bits = v.bits();
        if bits > 1 && ((bits - 1) as f64 * std::f64::consts::LOG10_2) as usize + 1 > max_str_digits
        {
            return Err(limit());
        }
    }
    let s = v.to_string();
    let ndigits = s.len() - v.is_negative() as usize;
    if max_str_digits > 0 && ndigits > max_str_digits {
        return Err(limit());
    }
    Ok(s)
}

/// `bin(v)`, `oct(v)`, `hex(v)`: radix 2, 8 or 16 with the `0b`/`0o`/`0x` prefix after the
/// sign; other radixes get no prefix.
pub fn int_to_str_radix(v: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let digits = if v.is_zero() {
        "0".to_string()
    } else {
        v.abs().to_str_radix(radix)
    };
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

#[cfg(test)]
#[path = "number_parse_tests.rs"]
mod tests;
