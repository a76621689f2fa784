//! The methods of `float`: is_integer, as_integer_ratio, hex/fromhex, and the numeric dunders
//! (`__round__` through `text::float_repr::float_round`, `__int__`, `__floor__`, ...).

use num_bigint::BigInt;
use num_traits::{One, Zero};

use super::{check_count, def_getter, def_method};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::text::float_repr;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let float = vm.types.float.clone();
    let methods: &[(&str, crate::object::NativeFn)] = &[
        ("is_integer", is_integer),
        ("as_integer_ratio", as_integer_ratio),
        ("conjugate", same),
        ("hex", hex),
        ("__int__", trunc),
        ("__trunc__", trunc),
        ("__floor__", floor),
        ("__ceil__", ceil),
        ("__float__", same),
        ("__round__", round),
        ("__abs__", abs),
    ];
    for (name, f) in methods {
        def_method(&float, name, *f);
    }
    super::def_classmethod(&float, "fromhex", fromhex);
    def_getter(&float, "real", same);
    def_getter(&float, "imag", zero);
}

fn self_float(vm: &Vm, v: &Value, name: &str) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        _ => match vm.builtin_base(v) {
            Some(Value::Float(f)) => Ok(f.get()),
            _ => Err(PyErr::type_error(format!(
                "descriptor '{name}' for 'float' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))),
        },
    }
}

fn same(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(self_float(vm, &args.pos[0], "conjugate")?))
}

fn zero(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::float(0.0))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(self_float(vm, &args.pos[0], "__abs__")?.abs()))
}

fn is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("is_integer", &args, 1, 1)?;
    Ok(Value::bool(float_repr::float_is_integer(self_float(vm, &args.pos[0], "is_integer")?)))
}

fn to_int(x: f64) -> PyResult<Value> {
    Ok(Value::from_bigint(float_repr::float_to_int(x)?))
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int(self_float(vm, &args.pos[0], "__trunc__")?)
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int(self_float(vm, &args.pos[0], "__floor__")?.floor())
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int(self_float(vm, &args.pos[0], "__ceil__")?.ceil())
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("__round__", &args, 1, 2)?;
    let x = self_float(vm, &args.pos[0], "__round__")?;
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(Value::from_bigint(float_repr::float_round_to_int(x)?)),
        Some(d) => {
            let d = super::int_arg(vm, d, "")?;
            Ok(Value::float(float_repr::float_round(x, d)?))
        }
    }
}

/// Exact `(numerator, denominator)` with a power-of-two denominator.
fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = self_float(vm, &args.pos[0], "as_integer_ratio")?;
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (mantissa, exp) = decompose(x);
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::one();
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    Ok(Value::tuple(vec![Value::from_bigint(num), Value::from_bigint(den)]))
}

/// x == mantissa * 2**exp with an odd mantissa (or zero).
fn decompose(x: f64) -> (i64, i32) {
    if x == 0.0 {
        return (0, 0);
    }
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = (bits & ((1 << 52) - 1)) as i64;
    let (mut m, mut e) = if raw_exp == 0 { (frac, -1074) } else { (frac | (1 << 52), raw_exp - 1075) };
    while m & 1 == 0 {
        m >>= 1;
        e += 1;
    }
    (sign * m, e)
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`.
fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = self_float(vm, &args.pos[0], "hex")?;
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::string(float_repr::float_repr(x)));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return Ok(Value::string(format!("{sign}0x0.0p+0")));
    }
    let bits = x.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (lead, exp) = if raw_exp == 0 { (0, -1022) } else { (1, raw_exp - 1023) };
    // CPython always prints all 13 fraction digits.
    let digits = format!("{frac:013x}");
    Ok(Value::string(format!("{sign}0x{lead}.{digits}p{exp:+}")))
}

/// `float.fromhex(s)` for the forms `hex()` produces (plus inf/nan and optional `0x`).
fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("float.fromhex", &args)?;
    super::check_method_count("fromhex", "float.fromhex", &args, 1, 1)?;
    // CPython parses with PyUnicode_AsUTF8AndSize, whose failure reads so.
    let s = super::str_type::as_str(vm, &args.pos[1])
        .ok_or_else(|| PyErr::type_error("bad argument type for built-in operation"))?;
    let x = parse_hex_float(s.as_str().trim())
        .ok_or_else(|| PyErr::value_error("invalid hexadecimal floating-point string"))?;
    match &args.pos[0] {
        Value::Class(c) if std::rc::Rc::ptr_eq(c, &vm.types.float) => Ok(Value::float(x)),
        cls => vm.call(&cls.clone(), vec![Value::float(x)]),
    }
}

fn parse_hex_float(s: &str) -> Option<f64> {
    let (neg, rest) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = rest.to_ascii_lowercase();
    let mag = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let body = lower.strip_prefix("0x").unwrap_or(&lower);
            let (mant, exp) = match body.split_once('p') {
                Some((m, e)) => (m, e.parse::<i64>().ok()?),
                None => (body, 0),
            };
            let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
            if int_part.is_empty() && frac_part.is_empty() {
                return None;
            }
            let mut n = BigInt::zero();
            for c in int_part.chars().chain(frac_part.chars()) {
                n = n * 16 + c.to_digit(16)?;
            }
            let e = exp.checked_sub(4 * frac_part.len() as i64)?;
            scale(&n, e)
        }
    };
    Some(if neg { -mag } else { mag })
}

/// n * 2**e correctly rounded (via exact decimal-free scaling in two steps).
fn scale(n: &BigInt, e: i64) -> f64 {
    let f = float_repr::int_to_float(n).unwrap_or(f64::INFINITY);
    let e = e.clamp(-2200, 2200) as i32;
    if (-1000..=1000).contains(&e) {
        f * 2f64.powi(e)
    } else {
        f * 2f64.powi(e / 2) * 2f64.powi(e - e / 2)
    }
}
