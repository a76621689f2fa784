//! Float to text: `repr(float)`, the `e`/`f`/`g`/`r` conversions behind format specs and `%`,
//! and `round(float, n)`; all built on Rust's correctly rounded (half-even) float formatting.
use super::TextError;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

/// The conversion modes of CPython's `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatMode {
    /// `e`: `precision` digits after the point, always with exponent.
    Exp,
    /// `f`: `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, exponent when it is < -4 or >= precision.
    General,
    /// `r`: shortest round-tripping digits (repr); precision is ignored.
    Repr,
}

/// Options matching CPython's `Py_DTSF_*` flags.
#[derive(Debug, Clone, Copy, Default)]
pub struct FloatFlags {
    pub upper: bool,
    pub sign: bool,
    pub alt: bool,
    pub add_dot_0: bool,
    /// The `z` option: negative zero (after rounding) prints without the sign.
    pub no_neg_zero: bool,
}

/// `repr(x)` / `str(x)` for a float, exactly as CPython.
pub fn float_repr(x: f64) -> String {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    double_to_string(x, FloatMode::Repr, 0, flags)
}

/// `'%.{prec}e' % x` (lower case, no flags).
pub fn format_float_exp(x: f64, prec: usize, upper: bool, alt: bool) -> String {
    let flags = FloatFlags {
        upper,
        alt,
        ..FloatFlags::default()
    };
    double_to_string(x, FloatMode::Exp, prec, flags)
}

/// `'%.{prec}f' % x`.
pub fn format_float_fixed(x: f64, prec: usize, upper: bool, alt: bool) -> String {
    let flags = FloatFlags {
        upper,
        alt,
        ..FloatFlags::default()
    };
    double_to_string(x, FloatMode::Fixed, prec, flags)
}

/// `'%.{prec}g' % x`.
pub fn format_float_general(x: f64, prec: usize, upper: bool, alt: bool) -> String {
    let flags = FloatFlags {
        upper,
        alt,
        ..FloatFlags::default()
    };
    double_to_string(x, FloatMode::General, prec, flags)
}

/// More significant digits than any double's exact decimal expansion has.
const EXACT_DIGITS: usize = 800;

/// Decimal digits (no leading or trailing zeros, "0" for zero) and the position of the
/// decimal point: the value is `0.DIGITS * 10**decpt`. `x` must be finite and non-negative.
fn decimal_digits(x: f64, mode: FloatMode, prec: usize) -> (String, i64) {
    if x == 0.0 {
        return ("0".to_string(), 1);
    }
    match mode {
        FloatMode::Repr => {
            let (digits, decpt) = split_exp_form(format!("{:e}", x));
            half_even_shortest(x, digits, decpt)
        }
        FloatMode::Exp | FloatMode::General => {
            // A double's exact decimal expansion has at most 767 significant digits, so any
            // precision past that only adds zeros (which are trimmed); Rust's formatter refuses
            // precisions beyond u16::MAX, which `'%.*e' % (70000, x)` would otherwise reach.
            let sig = prec.clamp(1, EXACT_DIGITS);
            split_exp_form(format!("{:.*e}", sig - 1, x))
        }
        FloatMode::Fixed => {
            // The smallest subnormal needs 1074 fraction digits: beyond that every digit is 0.
            let s = format!("{:.*}", prec.min(EXACT_DIGITS + 400), x);
            let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
            let mut decpt = int_part.len() as i64;
            let all: String = int_part.chars().chain(frac_part.chars()).collect();
            let trimmed = all.trim_start_matches('0');
            decpt -= (all.len() - trimmed.len()) as i64;
            let digits = trimmed.trim_end_matches('0');
            if digits.is_empty() {
                // matches dtoa: a value that rounds to zero has no digits
                return (String::new(), -(prec as i64));
            }
            (digits.to_string(), decpt)
        }
    }
}

/// Among equally short digit strings that read back as `x`, CPython's dtoa takes the one
/// nearest `x` and, when two are exactly as near, the even one (`2**52 / 3` is
/// `1501199875790165.2`); Rust's shortest formatting can return the odd one of such a pair.
/// A tie needs two neighbouring n-digit decimals within half an ulp of `x`, so 16 or more
/// digits; only then is the odd last digit checked against its neighbours, exactly.
fn half_even_shortest(x: f64, digits: String, decpt: i64) -> (String, i64) {
    let n = digits.len() as i64;
    let odd = digits.as_bytes().last().is_some_and(|d| d % 2 == 1);
    if n < 16 || !odd {
        return (digits, decpt);
    }
    let Some(d) = digits.parse::<u64>().ok() else { return (digits, decpt) };
    // x = mantissa * 2**exp exactly
    let bits = x.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if raw_exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), raw_exp - 1075) };
    // the digits' value is d * 10**p
    let p = decpt - n;
    let is_midpoint = |twice: u64| -> bool {
        // 2 * x == twice * 10**p ?
        let mut lhs = BigInt::from(mantissa);
        let mut rhs = BigInt::from(twice);
        if exp + 1 >= 0 {
            lhs <<= (exp + 1) as usize;
        } else {
            rhs <<= (-(exp + 1)) as usize;
        }
        let ten = BigInt::from(10u32);
        if p >= 0 {
            rhs *= num_traits::pow(ten, p as usize);
        } else {
            lhs *= num_traits::pow(ten, (-p) as usize);
        }
        lhs == rhs
    };
    let even = if is_midpoint(2 * d - 1) {
        d - 1
    } else if is_midpoint(2 * d + 1) {
        d + 1
    } else {
        return (digits, decpt);
    };
    let text = even.to_string();
    // At a power of two the gap below x is half the gap above, so the even neighbour can
    // fall outside the interval that reads back as x (2**-24: ...062 is not x, ...063 is).
    if format!("{text}e{p}").parse::<f64>().ok() != Some(x) {
        return (digits, decpt);
    }
    let decpt = decpt + (text.len() as i64 - n);
    let kept = text.trim_end_matches('0');
    (kept.to_string(), decpt)
}

/// Split Rust's `D.DDDDeN` into stripped digits and decpt = N + 1, reusing the string (one
/// allocation per conversion: repr is common enough for that to show).
fn split_exp_form(mut s: String) -> (String, i64) {
    let (mant_len, exp) = match s.split_once('e') {
        Some((mant, exp)) => (mant.len(), exp.parse::<i64>().unwrap_or(0)),
        None => (s.len(), 0),
    };
    s.truncate(mant_len);
    // Rust writes no sign for the non-negative values passed here; drop the point
    s.retain(|c| c.is_ascii_digit());
    let kept = s.trim_end_matches('0').len();
    if kept == 0 {
        return ("0".to_string(), 1);
    }
    s.truncate(kept);
    (s, exp + 1)
}

/// `double_to_string(x, Fixed, precision, flags)` for the common case (finite, no `#`, `z` or
/// forced sign): Rust's fixed formatting rounds the exact binary value as CPython's dtoa does
/// and prints the same digits, sign (also of negative zero) and point, so the result is
/// produced directly. `fixed_fast_matches_general_path` in the tests holds them equal.
/// Small precisions first try the integer-only path of `float_fixed` (no bignums).
pub fn fixed_fast(x: f64, precision: usize, flags: FloatFlags) -> Option<String> {
    if !x.is_finite() || flags.alt || flags.no_neg_zero || flags.sign || precision > 64 {
        return None;
    }
    if let Some(s) = super::float_fixed::fixed_string(x, precision) {
        return Some(s);
    }
    Some(format!("{x:.precision$}"))
}

/// CPython's `PyOS_double_to_string` (format_float_short), for every mode.
pub fn double_to_string(x: f64, mode: FloatMode, precision: usize, flags: FloatFlags) -> String {
    let mut out = String::new();
    if x.is_nan() || x.is_infinite() {
        if x.is_nan() {
            if flags.sign {
                out.push('+');
            }
            out.push_str(if flags.upper { "NAN" } else { "nan" });
        } else {
            if x < 0.0 {
                out.push('-');
            } else if flags.sign {
                out.push('+');
            }
            out.push_str(if flags.upper { "INF" } else { "inf" });
        }
        return out;
    }
    if mode == FloatMode::Fixed && !flags.alt && !flags.no_neg_zero {
        // `'%.3f' % x` and friends: the exact integer path when it applies (same text as
        // below, which keeps the sign of negative zero as CPython does without `z`)
        if flags.sign && !x.is_sign_negative() {
            out.push('+');
        }
        if super::float_fixed::push_fixed(&mut out, x, precision) {
            return out;
        }
        out.clear();
    }
    let precision = match mode {
        FloatMode::General if precision == 0 => 1,
        FloatMode::Exp => precision + 1,
        _ => precision,
    };
    let (digits, mut decpt) = decimal_digits(x.abs(), mode, precision);
    let digits_len = digits.len() as i64;
    let prec = precision as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match mode {
        FloatMode::Exp => {
            use_exp = true;
            vdigits_end = prec;
        }
        FloatMode::Fixed => vdigits_end = decpt + prec,
        FloatMode::General => {
            let limit = if flags.add_dot_0 { prec - 1 } else { prec };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = prec;
            }
        }
        FloatMode::Repr => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    // sign, digits, zero padding, point and exponent: one allocation in the common cases
    let padding = (vdigits_end - vdigits_start - digits_len).clamp(0, 1 << 20) as usize;
    out.reserve(digits.len() + padding + 8);
    let negative = x.is_sign_negative();
    let is_zero_digits = digits.bytes().all(|b| b == b'0');
    if negative && !(flags.no_neg_zero && is_zero_digits) {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    push_body(&mut out, &digits, decpt, vdigits_start, vdigits_end);
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        // at least two exponent digits, as C's printf
        if exp.abs() < 10 {
            out.push('0');
        }
        super::float_fixed::push_u64(&mut out, exp.unsigned_abs());
    }
    out
}

/// The digits padded with zeros on both sides, with exactly one decimal point.
fn push_body(out: &mut String, digits: &str, decpt: i64, vstart: i64, vend: i64) {
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let dlen = digits.len() as i64;
    if decpt <= 0 {
        zeros(out, decpt - vstart);
        out.push('.');
        zeros(out, -decpt);
    } else {
        zeros(out, -vstart);
    }
    if 0 < decpt && decpt <= dlen {
        let (a, b) = digits.split_at(decpt as usize);
        out.push_str(a);
        out.push('.');
        out.push_str(b);
    } else {
        out.push_str(digits);
    }
    if dlen < decpt {
        zeros(out, decpt - dlen);
        out.push('.');
        zeros(out, vend - decpt);
    } else {
        zeros(out, vend - dlen);
    }
}

/// `round(x, ndigits)` for a float: correctly rounded, ties to even on the exact value.
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, TextError> {
    // CPython's NDIGITS_MAX / NDIGITS_MIN
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX || x == 0.0 {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        let nd = ndigits as usize;
        // the exact integer path when it applies; both round the exact value half-even
        let s = super::float_fixed::fixed_string(x, nd).unwrap_or_else(|| format!("{x:.nd$}"));
        s.parse::<f64>().unwrap_or(x)
    } else {
        round_to_power_of_ten(x, (-ndigits) as u32)
    };
    if rounded.is_infinite() {
        return Err(TextError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// Round `x` to a multiple of `10**k`, half to even, using exact integer arithmetic.
fn round_to_power_of_ten(x: f64, k: u32) -> f64 {
    let Some(exact) = exact_ratio(x.abs()) else {
        return x;
    };
    let (num, den) = exact;
    let den = den * BigInt::from(10u32).pow(k);
    let two = BigInt::from(2u32);
    let mut q = &num / &den;
    let r = &num - &q * &den;
    let twice = &r * &two;
    if twice > den || (twice == den && (&q % &two) == BigInt::from(1u32)) {
        q += 1u32;
    }
    let text = format!("{}e{}", q, k);
    let v = text.parse::<f64>().unwrap_or(f64::INFINITY);
    if x < 0.0 {
        -v
    } else {
        v
    }
}

/// `x` (finite, non-negative) as an exact fraction num/den with den a power of two.
fn exact_ratio(x: f64) -> Option<(BigInt, BigInt)> {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let m = BigInt::from(mant);
    if exp >= 0 {
        Some((m << (exp as usize), BigInt::from(1u32)))
    } else {
        Some((m, BigInt::from(1u32) << ((-exp) as usize)))
    }
}

/// `round(x)` with no ndigits: the nearest int, ties to even.
pub fn float_round_to_int(x: f64) -> Result<BigInt, TextError> {
    float_to_int(x.round_ties_even())
}

/// `int(x)` for a float (truncation), with CPython's errors for nan and infinities.
pub fn float_to_int(x: f64) -> Result<BigInt, TextError> {
    if x.is_nan() {
        return Err(TextError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(TextError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if let Some(v) = t.to_i64() {
        return Ok(BigInt::from(v));
    }
    Ok(BigInt::from_f64(t).unwrap_or_else(BigInt::zero))
}

/// `round(n, ndigits)` for an int: exact, ties to even (CPython's long_round).
pub fn int_round(v: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return v.clone();
    }
    let k = ndigits.unsigned_abs();
    // 10**k > 2*|v| makes the result 0 without building a huge power.
    if k > v.bits() / 3 + 2 {
        return BigInt::zero();
    }
    let pow = BigInt::from(10u32).pow(k as u32);
    let two = BigInt::from(2u32);
    let (q, r) = num_integer::Integer::div_mod_floor(v, &pow);
    let twice = &r * &two;
    let up = twice > pow || (twice == pow && num_integer::Integer::is_odd(&q));
    let q = if up { q + 1u32 } else { q };
    q * pow
}

/// True when the float is integral (for `float.is_integer`).
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.trunc() == x
}

/// Exact conversion of a BigInt to f64 with CPython's overflow error.
pub fn int_to_float(v: &BigInt) -> Result<f64, TextError> {
    if let Some(i) = v.to_i64() {
        if i.unsigned_abs() < (1u64 << 53) {
            return Ok(i as f64);
        }
    }
    // num-bigint rounds half to even, as CPython's int.__float__.
    let f = v.abs().to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(TextError::overflow("int too large to convert to float"));
    }
    Ok(if v.is_negative() { -f } else { f })
}

#[cfg(test)]
#[path = "float_repr_tests.rs"]
mod tests;
