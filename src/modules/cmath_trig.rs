//! `cmath`'s trigonometric and hyperbolic functions, their inverses, `log10` and `isclose`,
//! computed with CPython's cmathmodule.c formulas (the same libm calls in the same order, so
//! results match bit for bit) for finite arguments.

use crate::object::BoolWord;
use super::cmath::{c_log, c_sqrt, complex_arg, domain, domain_or_nan, range};
use super::libm::asinh as m_asinh;
use crate::builtins::complex_type::{self, C};
use crate::builtins::{check_count, def_fn};
use crate::object::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

const LN2: f64 = std::f64::consts::LN_2;
/// CPython's CM_LARGE_DOUBLE (DBL_MAX/4) and its square root, and sqrt(DBL_MIN).
const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const SQRT_LARGE_DOUBLE: f64 = 6.703_903_964_971_298_5e153;
const SQRT_DBL_MIN: f64 = 1.491_668_146_240_041_3e-154;
/// log(CM_LARGE_DOUBLE): above it cosh/sinh are computed from x - 1 to avoid overflow.
const LOG_LARGE_DOUBLE: f64 = 708.396_418_532_264_1;

pub fn install(d: &mut PyDict) {
    let fns: &[(&str, crate::object::NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atanh", atanh),
        ("cos", cos),
        ("cosh", cosh),
        ("sin", sin),
        ("sinh", sinh),
        ("tan", tan),
        ("tanh", tanh),
        ("log10", log10),
        ("isclose", isclose),
    ];
    for (name, f) in fns {
        def_fn(d, name, *f);
    }
}

/// One finite complex argument (the special-value tables for infinities and NaNs are not
/// reproduced).
fn finite(vm: &mut Vm, args: &Args, name: &str) -> PyResult<C> {
    check_count(name, args, 1, 1)?;
    let (re, im) = complex_arg(vm, &args.pos[0])?;
    if !re.is_finite() || !im.is_finite() {
        return Err(domain_or_nan(re, im));
    }
    Ok((re, im))
}

/// A result: infinite parts overflowed (CPython's ERANGE).
fn ranged(r: C) -> PyResult<Value> {
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(range());
    }
    Ok(complex_type::value(r))
}

/// log(|z|) + 2 log 2 for huge z, computed without overflow.
fn log_large(re: f64, im: f64) -> f64 {
    (re / 2.0).hypot(im / 2.0).ln() + LN2 * 2.0
}

fn c_acos((re, im): C) -> C {
    if re.abs() > LARGE_DOUBLE || im.abs() > LARGE_DOUBLE {
        let real = im.abs().atan2(re);
        let imag = if re < 0.0 { -log_large(re, im).copysign(im) } else { log_large(re, im).copysign(-im) };
        return (real, imag);
    }
    let s1 = c_sqrt((1.0 - re, -im));
    let s2 = c_sqrt((1.0 + re, im));
    (2.0 * s1.0.atan2(s2.0), m_asinh(s2.0 * s1.1 - s2.1 * s1.0))
}

fn c_acosh((re, im): C) -> C {
    if re.abs() > LARGE_DOUBLE || im.abs() > LARGE_DOUBLE {
        return (log_large(re, im), im.atan2(re));
    }
    let s1 = c_sqrt((re - 1.0, im));
    let s2 = c_sqrt((re + 1.0, im));
    (m_asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0))
}

fn c_asinh((re, im): C) -> C {
    if re.abs() > LARGE_DOUBLE || im.abs() > LARGE_DOUBLE {
        let real = if im >= 0.0 { log_large(re, im).copysign(re) } else { -log_large(re, im).copysign(-re) };
        return (real, im.atan2(re.abs()));
    }
    let s1 = c_sqrt((1.0 + im, -re));
    let s2 = c_sqrt((1.0 - im, re));
    (m_asinh(s1.0 * s2.1 - s2.0 * s1.1), im.atan2(s1.0 * s2.0 - s1.1 * s2.1))
}

/// atanh; Err for the poles at +-1 (CPython's EDOM).
fn c_atanh((re, im): C) -> PyResult<C> {
    if re < 0.0 {
        let (r, i) = c_atanh((-re, -im))?;
        return Ok((-r, -i));
    }
    let ay = im.abs();
    if re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE {
        let h = (re / 2.0).hypot(im / 2.0);
        return Ok((re / 4.0 / h / h, -(std::f64::consts::FRAC_PI_2).copysign(-im)));
    }
    if re == 1.0 && ay < SQRT_DBL_MIN {
        if ay == 0.0 {
            return Err(domain());
        }
        let real = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        return Ok((real, (2.0f64.atan2(-ay) / 2.0).copysign(im)));
    }
    let real = (4.0 * re / ((1.0 - re) * (1.0 - re) + ay * ay)).ln_1p() / 4.0;
    let imag = -(-2.0 * im).atan2((1.0 - re) * (1.0 + re) - ay * ay) / 2.0;
    Ok((real, imag))
}

fn c_cosh((re, im): C) -> C {
    if re.abs() > LOG_LARGE_DOUBLE {
        let x1 = re - 1.0f64.copysign(re);
        return (im.cos() * x1.cosh() * std::f64::consts::E, im.sin() * x1.sinh() * std::f64::consts::E);
    }
    (im.cos() * re.cosh(), im.sin() * re.sinh())
}

fn c_sinh((re, im): C) -> C {
    if re.abs() > LOG_LARGE_DOUBLE {
        let x1 = re - 1.0f64.copysign(re);
        return (im.cos() * x1.sinh() * std::f64::consts::E, im.sin() * x1.cosh() * std::f64::consts::E);
    }
    (im.cos() * re.sinh(), im.sin() * re.cosh())
}

fn c_tanh((re, im): C) -> C {
    if re.abs() > LOG_LARGE_DOUBLE {
        return (1.0f64.copysign(re), 4.0 * im.sin() * im.cos() * (-2.0 * re.abs()).exp());
    }
    let tx = re.tanh();
    let ty = im.tan();
    let cx = 1.0 / re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

/// f(z) = -i g(iz), how CPython derives asin, atan, sin and tan from the hyperbolic forms.
fn rotated(g: impl Fn(C) -> C, (re, im): C) -> C {
    let s = g((-im, re));
    (s.1, -s.0)
}

fn acos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(complex_type::value(c_acos(finite(vm, &args, "acos")?)))
}

fn acosh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(complex_type::value(c_acosh(finite(vm, &args, "acosh")?)))
}

fn asin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(complex_type::value(rotated(c_asinh, finite(vm, &args, "asin")?)))
}

fn asinh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(complex_type::value(c_asinh(finite(vm, &args, "asinh")?)))
}

fn atan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = finite(vm, &args, "atan")?;
    let s = c_atanh((-im, re))?;
    Ok(complex_type::value((s.1, -s.0)))
}

fn atanh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(complex_type::value(c_atanh(finite(vm, &args, "atanh")?)?))
}

fn cos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = finite(vm, &args, "cos")?;
    ranged(c_cosh((-im, re)))
}

fn cosh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ranged(c_cosh(finite(vm, &args, "cosh")?))
}

fn sin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ranged(rotated(c_sinh, finite(vm, &args, "sin")?))
}

fn sinh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ranged(c_sinh(finite(vm, &args, "sinh")?))
}

fn tan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ranged(rotated(c_tanh, finite(vm, &args, "tan")?))
}

fn tanh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ranged(c_tanh(finite(vm, &args, "tanh")?))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("log10", &args, 1, 1)?;
    let (re, im) = c_log(complex_arg(vm, &args.pos[0])?)?;
    Ok(complex_type::value((re / std::f64::consts::LN_10, im / std::f64::consts::LN_10)))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`, as CPython's cmath_isclose_impl.
fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        let msg = if args.pos.len() > 2 {
            format!("isclose() takes exactly 2 positional arguments ({} given)", args.pos.len())
        } else {
            let missing = if args.pos.is_empty() { "'a' (pos 1)" } else { "'b' (pos 2)" };
            format!("isclose() missing required argument {missing}")
        };
        return Err(PyErr::type_error(msg));
    }
    let a = complex_arg(vm, &args.pos[0])?;
    let b = complex_arg(vm, &args.pos[1])?;
    let tol = |vm: &mut Vm, name: &str, default: f64| -> PyResult<f64> {
        match args.kwarg(name) {
            Some(v) => {
                let v = v.clone();
                super::math::float_arg(vm, &v)
            }
            None => Ok(default),
        }
    };
    let rel_tol = tol(vm, "rel_tol", 1e-9)?;
    let abs_tol = tol(vm, "abs_tol", 0.0)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(BoolWord::TRUE));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::Bool(BoolWord::FALSE));
    }
    let diff = (b.0 - a.0).hypot(b.1 - a.1);
    let (abs_a, abs_b) = (a.0.hypot(a.1), b.0.hypot(b.1));
    Ok(Value::bool(diff <= rel_tol * abs_b || diff <= rel_tol * abs_a || diff <= abs_tol))
}
