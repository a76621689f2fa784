//! The `cmath` module: sqrt, exp, log, phase, polar, rect, isfinite/isinf/isnan and the
//! constants (the trigonometric functions are in cmath_trig.rs), computed as CPython's
//! cmathmodule does for finite arguments.

use super::new_module;
use crate::builtins::complex_type::{self, C};
use crate::builtins::{check_count, def_fn};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

const LN2: f64 = std::f64::consts::LN_2;
/// log(DBL_MAX / 4): above it `exp` is computed from `exp(x - 1) * e` to avoid overflow.
const LOG_LARGE_DOUBLE: f64 = 708.396_418_532_264_1;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("cmath");
    {
        let mut d = d.borrow_mut();
        d.set_str("pi", Value::float(std::f64::consts::PI));
        d.set_str("e", Value::float(std::f64::consts::E));
        d.set_str("tau", Value::float(std::f64::consts::TAU));
        d.set_str("inf", Value::float(f64::INFINITY));
        d.set_str("nan", Value::float(f64::NAN));
        d.set_str("infj", complex_type::value((0.0, f64::INFINITY)));
        d.set_str("nanj", complex_type::value((0.0, f64::NAN)));
        let fns: &[(&str, crate::object::NativeFn)] = &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("log", log),
            ("phase", phase),
            ("polar", polar),
            ("rect", rect),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
        ];
        for (name, f) in fns {
            def_fn(&mut d, name, *f);
        }
        super::cmath_trig::install(&mut d);
    }
    Ok(m)
}

/// A complex argument: complexes, objects with `__complex__`, and real numbers.
pub(super) fn complex_arg(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Value::Complex(c) = v {
        return Ok(**c);
    }
    if matches!(v, Value::Instance(_) | Value::Native(_)) {
        if let Some(m) = vm.lookup_special(v, "__complex__") {
            return match vm.call_bound_special(&m, v, vec![])? {
                Value::Complex(c) => Ok(*c),
                other => Err(PyErr::type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    vm.type_name(&other)
                ))),
            };
        }
        if let Some(Value::Complex(c)) = vm.builtin_base(v) {
            return Ok(*c);
        }
    }
    Ok((super::math::float_arg(vm, v)?, 0.0))
}

fn one(vm: &mut Vm, args: &Args, name: &str) -> PyResult<C> {
    check_count(name, args, 1, 1)?;
    complex_arg(vm, &args.pos[0])
}

pub(super) fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

pub(super) fn range() -> PyErr {
    PyErr::overflow_error("math range error")
}

pub(super) fn c_sqrt((re, im): C) -> C {
    if re == 0.0 && im == 0.0 {
        return (0.0, im);
    }
    if !re.is_finite() || !im.is_finite() {
        if im.is_infinite() {
            return (f64::INFINITY, im);
        }
        if re == f64::NEG_INFINITY {
            return (if im.is_nan() { f64::NAN } else { 0.0 }, f64::INFINITY.copysign(im));
        }
        if re == f64::INFINITY {
            return (re, if im.is_nan() { im } else { 0.0f64.copysign(im) });
        }
        return (f64::NAN, f64::NAN);
    }
    let (mut ax, ay) = (re.abs(), im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Scale up so the hypotenuse is not subnormal.
        ax *= 2f64.powi(53);
        (ax + ax.hypot(ay * 2f64.powi(53))).sqrt() * 2f64.powi(-27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if re >= 0.0 {
        (s, d.copysign(im))
    } else {
        (d, s.copysign(im))
    }
}

fn sqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "sqrt")?;
    Ok(complex_type::value(c_sqrt(z)))
}

fn exp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = one(vm, &args, "exp")?;
    if !re.is_finite() || !im.is_finite() {
        return Err(domain_or_nan(re, im));
    }
    let r = if re > LOG_LARGE_DOUBLE {
        let l = (re - 1.0).exp();
        (l * im.cos() * std::f64::consts::E, l * im.sin() * std::f64::consts::E)
    } else {
        let l = re.exp();
        (l * im.cos(), l * im.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(range());
    }
    Ok(complex_type::value(r))
}

/// Non-finite arguments outside the subset CPython's special-value tables are not reproduced.
pub(super) fn domain_or_nan(_re: f64, _im: f64) -> PyErr {
    PyErr::value_error("cmath: non-finite arguments are not supported")
}

pub(super) fn c_log((re, im): C) -> PyResult<C> {
    let (ax, ay) = (re.abs(), im.abs());
    let real = if !re.is_finite() || !im.is_finite() {
        return Err(domain_or_nan(re, im));
    } else if ax > f64::MAX / 4.0 || ay > f64::MAX / 4.0 {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let scale = 2f64.powi(53);
            (ax * scale).hypot(ay * scale).ln() - 53.0 * LN2
        } else {
            return Err(domain());
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok((real, im.atan2(re)))
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("log", &args, 1, 2)?;
    let x = c_log(complex_arg(vm, &args.pos[0])?)?;
    let Some(base) = args.pos.get(1) else { return Ok(complex_type::value(x)) };
    let y = c_log(complex_arg(vm, base)?)?;
    match complex_type::binary(crate::bytecode::opcode::BinOp::TrueDiv, &complex_type::value(x), &complex_type::value(y)) {
        Some(Ok(v)) => Ok(v),
        _ => Err(domain()),
    }
}

fn phase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = one(vm, &args, "phase")?;
    Ok(Value::float(im.atan2(re)))
}

fn polar(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = one(vm, &args, "polar")?;
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(range());
    }
    Ok(Value::tuple(vec![Value::float(r), Value::float(im.atan2(re))]))
}

fn rect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("rect", &args, 2, 2)?;
    let r = super::math::float_arg(vm, &args.pos[0])?;
    let phi = super::math::float_arg(vm, &args.pos[1])?;
    if !r.is_finite() || !phi.is_finite() {
        return Err(domain_or_nan(r, phi));
    }
    let z = if phi == 0.0 { (r, r * phi) } else { (r * phi.cos(), r * phi.sin()) };
    Ok(complex_type::value(z))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = one(vm, &args, "isfinite")?;
    Ok(Value::bool(re.is_finite() && im.is_finite()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = one(vm, &args, "isinf")?;
    Ok(Value::bool(re.is_infinite() || im.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = one(vm, &args, "isnan")?;
    Ok(Value::bool(re.is_nan() || im.is_nan()))
}
