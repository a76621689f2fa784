//! `int` arithmetic: i64 fast paths with overflow into arbitrary precision (num-bigint).

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{PyErr, PyResult, Value};

/// Turn a BigInt into a Value, using the i64 form when it fits.
pub fn normalize(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(b)),
    }
}

/// The int value of an int-like Value (bool counts), as BigInt.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

pub fn add(a: &BigInt, b: &BigInt) -> Value {
    normalize(a + b)
}

pub fn add_i64(a: i64, b: i64) -> Value {
    match a.checked_add(b) {
        Some(r) => Value::Int(r),
        None => normalize(BigInt::from(a) + b),
    }
}

pub fn sub_i64(a: i64, b: i64) -> Value {
    match a.checked_sub(b) {
        Some(r) => Value::Int(r),
        None => normalize(BigInt::from(a) - b),
    }
}

pub fn mul_i64(a: i64, b: i64) -> Value {
    match a.checked_mul(b) {
        Some(r) => Value::Int(r),
        None => normalize(BigInt::from(a) * b),
    }
}

/// Python floor division (rounds toward negative infinity).
pub fn floordiv(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_zero() {
        return Err(PyErr::zero_division("integer division or modulo by zero"));
    }
    Ok(normalize(a.div_floor(b)))
}

/// Python modulo (result has the sign of the divisor).
pub fn modulo(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_zero() {
        return Err(PyErr::zero_division("integer modulo by zero"));
    }
    Ok(normalize(a.mod_floor(b)))
}

pub fn floordiv_i64(a: i64, b: i64) -> PyResult<Value> {
    if b == 0 {
        return Err(PyErr::zero_division("integer division or modulo by zero"));
    }
    if a == i64::MIN && b == -1 {
        return Ok(normalize(-BigInt::from(a)));
    }
    Ok(Value::Int(Integer::div_floor(&a, &b)))
}

pub fn mod_i64(a: i64, b: i64) -> PyResult<Value> {
    if b == 0 {
        return Err(PyErr::zero_division("integer modulo by zero"));
    }
    if b == -1 {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(a.mod_floor(&b)))
}

/// CPython 3.11's limit on int-to-decimal-string conversion (`sys.set_int_max_str_digits`):
/// ValueError when `b` has more decimal digits than the limit (0 = no limit).
pub fn check_str_digits(b: &BigInt) -> PyResult<()> {
    let limit = crate::modules::sys::int_max_str_digits();
    // A number of `bits` bits has at most bits*log10(2)+1 digits: only long ones are counted.
    if limit == 0 || (b.bits() as f64) * std::f64::consts::LOG10_2 < limit as f64 - 1.0 {
        return Ok(());
    }
    if b.to_string().trim_start_matches('-').len() > limit {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// Convert to float with CPython's OverflowError message.
pub fn to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(PyErr::overflow_error("int too large to convert to float")),
    }
}

/// True division of two ints, correctly rounded (CPython's `long_true_divide`): operands exact
/// as doubles divide as doubles; otherwise the quotient is taken with two or three bits to
/// spare plus a sticky bit, rounded half-to-even by hand (to the subnormal grid when the
/// result is that small) and scaled, so the one rounding is the final one.
pub fn truediv(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_zero() {
        return Err(PyErr::zero_division("division by zero"));
    }
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1u64 << 53) && y.unsigned_abs() < (1u64 << 53) {
            return Ok(Value::float(x as f64 / y as f64));
        }
    }
    let negate = a.is_negative() != b.is_negative();
    let signed = |f: f64| Value::float(if negate { -f } else { f });
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    const MANT_DIG: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    let too_large = || PyErr::overflow_error("integer division result too large for a float");
    let (a, b) = (a.magnitude(), b.magnitude());
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > MAX_EXP {
        return Err(too_large());
    }
    if diff < 1 - MAX_EXP - MANT_DIG {
        return Ok(signed(0.0));
    }
    let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
    let (q, r) = if shift <= 0 { (a << (-shift) as usize).div_rem(b) } else { a.div_rem(&(b << shift as usize)) };
    // Fewer than 57 bits by the choice of shift.
    let Some(mut q) = q.to_u64() else { return Err(too_large()) };
    let x_bits = 64 - q.leading_zeros() as i64;
    let extra_bits = x_bits.max(MIN_EXP - shift) - MANT_DIG;
    let mask = 1u64 << (extra_bits - 1);
    let low = q | u64::from(!r.is_zero());
    q = if low & mask != 0 && low & (3 * mask - 1) != 0 { low + mask } else { low };
    q &= !(2 * mask - 1);
    let dx = q as f64;
    if shift + x_bits >= MAX_EXP && (shift + x_bits > MAX_EXP || dx == 2f64.powi(x_bits as i32)) {
        return Err(too_large());
    }
    Ok(signed(ldexp(dx, shift)))
}

/// `x * 2**e`, exact whenever the result is representable (steps keep each factor normal).
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// `a ** b` for ints; negative exponents give a float.
pub fn pow(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        let base = to_f64(a)?;
        if base == 0.0 {
            return Err(PyErr::zero_division("0.0 cannot be raised to a negative power"));
        }
        let e = b.to_f64().unwrap_or(f64::NEG_INFINITY);
        return Ok(Value::float(base.powf(e)));
    }
    if a.is_one() || a.is_zero() || b.is_zero() {
        return Ok(normalize(if b.is_zero() { BigInt::one() } else { a.clone() }));
    }
    let exp = match b.to_u32() {
        Some(e) => e,
        None => {
            if *a == BigInt::from(-1) {
                return Ok(Value::Int(if b.is_odd() { -1 } else { 1 }));
            }
            return Err(PyErr::new(super::ExcKind::MemoryError, ""));
        }
    };
    if a.bits() as u64 * exp as u64 > 64_000_000 {
        return Err(PyErr::new(super::ExcKind::MemoryError, ""));
    }
    Ok(normalize(num_traits::pow(a.clone(), exp as usize)))
}

/// Three-argument `pow(a, b, m)`.
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let mut base = a.mod_floor(m);
    let mut exp = b.clone();
    if exp.is_negative() {
        // Modular inverse via extended gcd.
        let g = base.extended_gcd(m);
        if !g.gcd.is_one() {
            return Err(PyErr::value_error("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(m);
        exp = -exp;
    }
    let r = base.modpow(&exp, &m.abs());
    let r = if m.is_negative() && !r.is_zero() { r + m } else { r };
    Ok(normalize(r))
}

pub fn lshift(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        return Err(PyErr::value_error("negative shift count"));
    }
    // matches CPython's long_lshift: zero shifts to zero by any amount.
    if a.is_zero() {
        return Ok(Value::Int(0));
    }
    let n = b.to_usize().filter(|n| *n < 1 << 26).ok_or_else(|| PyErr::overflow_error("too many digits in integer"))?;
    Ok(normalize(a << n))
}

pub fn rshift(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        return Err(PyErr::value_error("negative shift count"));
    }
    match b.to_usize() {
        Some(n) => Ok(normalize(a >> n)),
        None => Ok(Value::Int(if a.is_negative() { -1 } else { 0 })),
    }
}

/// Compare an integer with a float exactly (as CPython does, without rounding the int).
pub fn cmp_int_float(a: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater });
    }
    let fl = f.floor();
    let fi = BigInt::from(fl as i128);
    let fi = if fl.abs() < 1e38 { fi } else { num_traits::FromPrimitive::from_f64(fl).unwrap_or(fi) };
    match a.cmp(&fi) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}
