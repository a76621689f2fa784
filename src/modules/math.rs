//! The `math` module: constants and the float functions, with CPython's domain and range
//! errors. The integer functions (factorial, gcd, comb, ...) are in `math_int.rs`.

use crate::object::BoolWord;
use super::math_int;
#[path = "math_special.rs"]
mod math_special;
use super::new_module;
use crate::builtins::{arg, check_count, def_fn};
use crate::bytecode::opcode::BinOp;
use crate::object::{int, Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("math");
    {
        let mut d = d.borrow_mut();
        d.set_str("pi", Value::float(std::f64::consts::PI));
        d.set_str("e", Value::float(std::f64::consts::E));
        d.set_str("tau", Value::float(std::f64::consts::TAU));
        d.set_str("inf", Value::float(f64::INFINITY));
        d.set_str("nan", Value::float(f64::NAN));
        let unary: &[(&str, crate::object::NativeFn)] = &[
            ("sqrt", sqrt), ("exp", exp), ("expm1", expm1), ("log2", log2), ("log10", log10),
            ("log1p", log1p), ("sin", sin), ("cos", cos), ("tan", tan), ("asin", asin),
            ("acos", acos), ("atan", atan), ("sinh", sinh), ("cosh", cosh), ("tanh", tanh),
            ("asinh", asinh), ("acosh", acosh), ("atanh", atanh), ("fabs", fabs),
            ("degrees", degrees), ("radians", radians), ("isfinite", isfinite),
            ("isinf", isinf), ("isnan", isnan), ("floor", floor), ("ceil", ceil),
            ("trunc", trunc), ("modf", modf), ("frexp", frexp), ("log", log), ("pow", pow),
            ("atan2", atan2), ("copysign", copysign), ("fmod", fmod), ("ldexp", ldexp),
            ("hypot", hypot), ("dist", dist), ("isclose", isclose), ("fsum", fsum),
            ("remainder", remainder), ("cbrt", cbrt), ("exp2", exp2),
        ];
        for (name, f) in unary {
            def_fn(&mut d, name, *f);
        }
        math_int::install(&mut d);
        math_special::install(&mut d);
    }
    Ok(m)
}

/// A real-number argument as f64 (ints, bools, floats, objects with `__float__` or `__index__`).
pub fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::BigInt(b) => int::to_f64(b),
        Value::Instance(_) | Value::Native(_) => {
            if let Some(f) = vm.lookup_attr_opt(v, "__float__")? {
                return match vm.call(&f, vec![])? {
                    Value::Float(x) => Ok(x.get()),
                    other => Err(PyErr::type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        vm.type_name(v),
                        vm.type_name(&other)
                    ))),
                };
            }
            if let Some(i) = vm.index_value(v)? {
                return Ok(i as f64);
            }
            Err(PyErr::type_error(format!("must be real number, not {}", vm.type_name(v))))
        }
        _ => Err(PyErr::type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range() -> PyErr {
    PyErr::overflow_error("math range error")
}

fn one(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    check_count(name, args, 1, 1)?;
    float_arg(vm, &args.pos[0])
}

fn two(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    check_count(name, args, 2, 2)?;
    Ok((float_arg(vm, &args.pos[0])?, float_arg(vm, &args.pos[1])?))
}

/// CPython's checks around a libm call: NaN out of non-NaN in is a domain error, an infinite
/// result from finite input a range error (unless `can_overflow` is false: then domain).
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr, $overflow:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let x = one(vm, &args, stringify!($name))?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $overflow)
        }
    };
}

unary!(exp, f64::exp, true);
unary!(exp2, f64::exp2, true);
unary!(expm1, f64::exp_m1, true);
unary!(sin, f64::sin, false);
unary!(cos, f64::cos, false);
unary!(tan, f64::tan, false);
unary!(asin, f64::asin, false);
unary!(acos, f64::acos, false);
unary!(atan, f64::atan, false);
unary!(sinh, f64::sinh, true);
unary!(cosh, f64::cosh, true);
unary!(tanh, f64::tanh, false);
unary!(asinh, super::libm::asinh, false);
unary!(acosh, super::libm::acosh, false);
unary!(cbrt, super::libm::cbrt, false);
unary!(fabs, f64::abs, false);
unary!(degrees, f64::to_degrees, true);
unary!(radians, f64::to_radians, false);

fn sqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "sqrt")?;
    if x < 0.0 {
        return Err(domain());
    }
    Ok(Value::float(x.sqrt()))
}

fn atanh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "atanh")?;
    if x.abs() >= 1.0 {
        return Err(domain());
    }
    Ok(Value::float(super::libm::atanh(x)))
}

/// `func` (a logarithm) of a positive value; ints too large for a float are split as CPython
/// does: m * 2**e with m in [0.5, 1), giving func(m) + func(2) * e.
fn log_value(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if b.sign() != num_bigint::Sign::Plus {
            return Err(domain());
        }
        if int::to_f64(b).is_err() {
            let bits = b.bits();
            let top: num_bigint::BigInt = &**b >> (bits - 64);
            let m = int::to_f64(&top)? / 2f64.powi(64);
            return Ok(func(m) + func(2.0) * bits as f64);
        }
    }
    let x = float_arg(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(func(x))
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("log", &args, 1, 2)?;
    let num = log_value(vm, &args.pos[0], f64::ln)?;
    if args.pos.len() == 2 {
        let den = log_value(vm, &args.pos[1], f64::ln)?;
        if den == 0.0 {
            return Err(PyErr::zero_division("float division by zero"));
        }
        return Ok(Value::float(num / den));
    }
    Ok(Value::float(num))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("log2", &args, 1, 1)?;
    Ok(Value::float(log_value(vm, &args.pos[0], f64::log2)?))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("log10", &args, 1, 1)?;
    Ok(Value::float(log_value(vm, &args.pos[0], f64::log10)?))
}

fn log1p(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "log1p")?;
    if x <= -1.0 {
        return Err(domain());
    }
    Ok(Value::float(x.ln_1p()))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(one(vm, &args, "isfinite")?.is_finite()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(one(vm, &args, "isinf")?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(one(vm, &args, "isnan")?.is_nan()))
}

/// A float rounded to an int value (CPython's errors for infinities and NaN).
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    use num_traits::FromPrimitive;
    Ok(Value::from_bigint(num_bigint::BigInt::from_f64(f).unwrap_or_default()))
}

/// floor/ceil/trunc: ints unchanged, `__floor__`-style hooks on objects, floats rounded.
fn rounding(vm: &mut Vm, args: &Args, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_count(name, args, 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::Int(_) | Value::BigInt(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(b.get() as i64)),
        Value::Instance(_) | Value::Native(_) => {
            if let Some(m) = vm.lookup_attr_opt(v, dunder)? {
                return vm.call(&m, vec![]);
            }
        }
        _ => {}
    }
    // trunc asks only `__trunc__` (floats have one); floor and ceil fall back to `__float__`.
    if name == "trunc" && !matches!(v, Value::Float(_)) {
        return Err(PyErr::type_error(format!("type {} doesn't define __trunc__ method", vm.type_name(v))));
    }
    float_to_int(f(float_arg(vm, v)?))
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, &args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, &args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, &args, "trunc", "__trunc__", f64::trunc)
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "modf")?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![Value::float(0.0f64.copysign(x)), Value::float(x)]));
    }
    let i = x.trunc();
    Ok(Value::tuple(vec![Value::float((x - i).copysign(x)), Value::float(i)]))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "frexp")?;
    let (mant, exp) = frexp_parts(x);
    Ok(Value::tuple(vec![Value::float(mant), Value::Int(exp)]))
}

/// C's frexp: x == m * 2**e with 0.5 <= |m| < 1 (zero and non-finite x come back with e 0).
fn frexp_parts(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (mut m, mut e) = (x, 0i64);
    // Scale subnormals into the normal range first so the exponent field is meaningful.
    if m.abs() < f64::MIN_POSITIVE {
        m *= 2f64.powi(64);
        e -= 64;
    }
    let bits = m.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let mant = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (mant, e + exp)
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("ldexp", &args, 2, 2)?;
    let x = float_arg(vm, &args.pos[0])?;
    let e = match &args.pos[1] {
        Value::Int(i) => (*i).clamp(-100_000, 100_000) as i32,
        Value::Bool(b) => b.get() as i32,
        Value::BigInt(b) => if b.sign() == num_bigint::Sign::Minus { -100_000 } else { 100_000 },
        _ => return Err(PyErr::type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    // Multiply in steps so intermediate powers of two stay representable.
    let mut r = x;
    let mut left = e;
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step);
        left -= step;
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(Value::float(r))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "pow")?;
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain() } else { range() });
        }
    }
    Ok(Value::float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two(vm, &args, "atan2")?;
    Ok(Value::float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "copysign")?;
    Ok(Value::float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::float(r))
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    if y.is_infinite() {
        return Ok(Value::float(x));
    }
    // IEEE remainder: x - n*y with n the integer nearest x/y, ties to even.
    let n = (x / y).round();
    let n = if ((x / y) - (x / y).trunc()).abs() == 0.5 { 2.0 * ((x / y) / 2.0).round() } else { n };
    Ok(Value::float(x - n * y))
}

fn floats(vm: &mut Vm, v: &Value) -> PyResult<Vec<f64>> {
    let items = vm.collect_iterable(v)?;
    items.iter().map(|x| float_arg(vm, x)).collect()
}

/// Euclidean norm, scaled to avoid overflow as CPython's `vector_norm`.
/// The Euclidean norm, bit-for-bit as CPython 3.11's hypot/dist: the squares are summed in
/// double-double arithmetic (exact products by Dekker's splitting, compensated sums) after
/// scaling by a power of two near the largest component, then the square root gets one
/// correction step from the exact residual.
fn norm(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    let (_, max_exp) = frexp_parts(max);
    if max_exp < -1023 {
        // 2**-max_exp would overflow: lift subnormal inputs into the normal range first
        let lifted: Vec<f64> = xs.iter().map(|x| x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * norm(&lifted);
    }
    // 2**-max_exp in two exact halves: 2**-1024 itself is subnormal
    let half = (-max_exp / 2) as i32;
    let scale = 2f64.powi(half) * 2f64.powi(-max_exp as i32 - half);
    // (running sum, its exact low parts: of the products, of the additions)
    let mut acc = (1.0f64, 0.0f64, 0.0f64);
    let add = |acc: &mut (f64, f64, f64), (hi, lo): (f64, f64)| {
        // the running sum is >= hi here, so this two-sum is exact
        let sum = acc.0 + hi;
        let err = hi - (sum - acc.0);
        *acc = (sum, acc.1 + lo, acc.2 + err);
    };
    for x in xs {
        let x = x.abs() * scale;
        add(&mut acc, exact_product(x, x));
    }
    let h = (acc.0 - 1.0 + (acc.1 + acc.2)).sqrt();
    add(&mut acc, exact_product(-h, h));
    let residual = acc.0 - 1.0 + (acc.1 + acc.2);
    (h + residual / (2.0 * h)) / scale
}

/// `x * y` as hi + lo exactly (Dekker: both factors split into 26-bit halves).
fn exact_product(x: f64, y: f64) -> (f64, f64) {
    let halves = |v: f64| {
        let t = v * 134217729.0; // 2**27 + 1
        let hi = t - (t - v);
        (hi, v - hi)
    };
    let (xh, xl) = halves(x);
    let (yh, yl) = halves(y);
    let p = xh * yh;
    let q = xh * yl + xl * yh;
    let z = p + q;
    (z, p - z + q + xl * yl)
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let xs: Vec<f64> = args.pos.iter().map(|x| float_arg(vm, x)).collect::<PyResult<_>>()?;
    Ok(Value::float(norm(&xs)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("dist", &args, 2, 2)?;
    let p = floats(vm, &args.pos[0])?;
    let q = floats(vm, &args.pos[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let d: Vec<f64> = p.iter().zip(&q).map(|(a, b)| a - b).collect();
    Ok(Value::float(norm(&d)))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = float_arg(vm, &args.arg(0, "a").cloned().ok_or_else(|| PyErr::type_error("isclose() missing required argument 'a' (pos 1)"))?)?;
    let b = float_arg(vm, &args.arg(1, "b").cloned().ok_or_else(|| PyErr::type_error("isclose() missing required argument 'b' (pos 2)"))?)?;
    let rel = match args.kwarg("rel_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs = match args.kwarg("abs_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(BoolWord::TRUE));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(BoolWord::FALSE));
    }
    let diff = (b - a).abs();
    Ok(Value::bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

/// Exact float summation (Shewchuk's partials, as CPython's `math_fsum`).
fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("fsum", &args, 1, 1)?;
    let xs = floats(vm, &args.pos[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    for mut x in xs {
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(PyErr::overflow_error("intermediate overflow in fsum"));
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special));
    }
    Ok(Value::float(round_partials(&partials)))
}

/// Sum of non-overlapping partials, correctly rounded (the half-way fix-up of CPython).
fn round_partials(p: &[f64]) -> f64 {
    let mut n = p.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = p[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = p[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    hi
}

/// `math.prod(iterable, *, start=1)` with the generic `*`.
pub fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("prod", &args, 1, 1)?;
    let mut acc = args.kwarg("start").cloned().unwrap_or(Value::Int(1));
    for x in vm.collect_iterable(&arg(&args, 0))? {
        acc = vm.binary_op(BinOp::Mul, &acc, &x, false)?;
    }
    Ok(acc)
}
