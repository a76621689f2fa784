//! Complex numbers as text: `repr(complex)`, `format(complex, spec)` and `complex(str)` parsing,
//! following CPython's rules (integral parts without `.0`, parentheses unless the real part is +0).

use super::float_repr::{double_to_string, FloatFlags, FloatMode};
use super::format_spec::{group_digits, pad, FormatSpec};
use super::TextError;

/// `repr(z)` / `str(z)`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let flags = FloatFlags::default();
    let im_text = double_to_string(im, FloatMode::Repr, 0, flags);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{im_text}j");
    }
    let re_text = double_to_string(re, FloatMode::Repr, 0, flags);
    let im_text = if im_text.starts_with('-') { im_text } else { format!("+{im_text}") };
    format!("({re_text}{im_text}j)")
}

/// One part's text without its sign, and whether it is negative.
fn part(x: f64, mode: FloatMode, precision: usize, upper: bool, spec: &FormatSpec) -> (bool, String) {
    let flags = FloatFlags { upper, sign: false, alt: spec.alternate, add_dot_0: false, no_neg_zero: spec.no_neg_zero };
    let text = double_to_string(x, mode, precision, flags);
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let Some(sep) = spec.grouping else { return (negative, body.to_string()) };
    let n = body.bytes().take_while(u8::is_ascii_digit).count();
    (negative, group_digits(&body[..n], 0, Some((3, sep))) + &body[n..])
}

/// `format(z, spec)` for a non-empty spec (the empty spec is `str(z)`).
pub fn format_complex(re: f64, im: f64, spec_text: &str) -> Result<String, TextError> {
    if spec_text.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let spec = FormatSpec::parse(spec_text, "complex")?;
    let ty = spec.ty.unwrap_or('\0');
    // CPython's order: the separator check of the spec parser, then the presentation type,
    // and only for a known type the complex-specific refusals (zero padding, `=`).
    spec.check_grouping(ty)?;
    let (mode, upper) = match ty {
        '\0' => (if spec.precision.is_some() { FloatMode::General } else { FloatMode::Repr }, false),
        'e' => (FloatMode::Exp, false),
        'E' => (FloatMode::Exp, true),
        'f' => (FloatMode::Fixed, false),
        'F' => (FloatMode::Fixed, true),
        'g' | 'n' => (FloatMode::General, false),
        'G' => (FloatMode::General, true),
        _ => return Err(spec.unknown_code(ty)),
    };
    if spec.zero || spec.fill == '0' {
        return Err(TextError::value("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == Some('=') {
        return Err(TextError::value("'=' alignment flag is not allowed in complex format specifier"));
    }
    if spec.precision.is_some_and(|p| p > 10_000) {
        return Err(TextError::value("precision too big"));
    }
    let precision = spec.precision.unwrap_or(if ty == '\0' { 0 } else { 6 });
    let bare = ty == '\0';
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let add_parens = bare && !skip_re;
    let sign_char = |negative: bool, always: bool| -> &'static str {
        if negative {
            "-"
        } else if always || spec.sign == Some('+') {
            "+"
        } else if spec.sign == Some(' ') {
            " "
        } else {
            ""
        }
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        let (neg, text) = part(re, mode, precision, upper, &spec);
        body.push_str(sign_char(neg, false));
        body.push_str(&text);
    }
    let (neg, text) = part(im, mode, precision, upper, &spec);
    body.push_str(sign_char(neg, !skip_re));
    body.push_str(&text);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let len = body.chars().count() as i64;
    let width = spec.width.unwrap_or(0) as i64;
    Ok(pad(&body, len, width, spec.align.unwrap_or('>'), spec.fill))
}

/// A float literal as `float()` accepts it, but with no surrounding whitespace allowed.
fn strict_float(s: &str) -> Option<f64> {
    if s.is_empty() || s.chars().any(|c| c.is_whitespace()) {
        return None;
    }
    super::number_parse::parse_float(s).ok()
}

/// `complex(s)`: `[(] [real] [(+|-)[imag]j] [)]` with optional whitespace inside the parentheses
/// and around; None when malformed.
pub fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim();
    }
    if t.is_empty() {
        return None;
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Some((strict_float(t)?, 0.0));
    };
    let bytes = body.as_bytes();
    // The imaginary part starts at the last sign that is not an exponent's sign.
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let (real, imag) = match split {
        Some(i) => (strict_float(&body[..i])?, &body[i..]),
        None => (0.0, body),
    };
    let imag = match imag {
        "" | "+" => 1.0,
        "-" => -1.0,
        text => strict_float(text)?,
    };
    Some((real, imag))
}
