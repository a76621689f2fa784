//! `math.gamma`, `math.lgamma` (CPython's own Lanczos approximation, so the floats match
//! bit for bit), `math.erf`/`math.erfc` (the C library's, as CPython uses them),
//! `math.nextafter` and `math.ulp`.

use crate::builtins::{check_count, def_fn};
use crate::object::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
}

pub fn install(d: &mut PyDict) {
    def_fn(d, "gamma", gamma);
    def_fn(d, "lgamma", lgamma);
    def_fn(d, "erf", erf_fn);
    def_fn(d, "erfc", erfc_fn);
    def_fn(d, "nextafter", nextafter);
    def_fn(d, "ulp", ulp);
}

fn one(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    check_count(name, args, 1, 1)?;
    super::float_arg(vm, &args.pos[0])
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range() -> PyErr {
    PyErr::overflow_error("math range error")
}

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
// x*(x+1)*...*(x+11) expanded, lowest power first.
const LANCZOS_DEN: [f64; 13] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
    357423.0, 32670.0, 1925.0, 66.0, 1.0,
];
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// The Lanczos sum as a rational function: in x below 5, in 1/x above (no overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the multiples of 1/2.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

fn tgamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Err(domain()) };
    }
    if x == 0.0 {
        return Err(domain());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain());
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            for k in 2..(x as i64) {
                f *= k as f64;
            }
            return Ok(f);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(range()) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 { Ok(0.0 / sinpi(x)) } else { Err(range()) };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, used to correct pow(y, ...) / exp(y).
    let z = if absx > LANCZOS_G_MINUS_HALF { (y - absx) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - absx };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

fn log_gamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(domain()) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "gamma")?;
    Ok(Value::float(tgamma(x)?))
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "lgamma")?;
    Ok(Value::float(log_gamma(x)?))
}

fn erf_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "erf")?;
    // SAFETY: erf is a pure C library function on a plain double.
    Ok(Value::float(unsafe { erf(x) }))
}

fn erfc_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "erfc")?;
    // SAFETY: erfc is a pure C library function on a plain double.
    Ok(Value::float(unsafe { erfc(x) }))
}

/// The next float after x toward y (IEEE 754 nextafter).
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("nextafter", &args, 2, 2)?;
    let x = super::float_arg(vm, &args.pos[0])?;
    let y = super::float_arg(vm, &args.pos[1])?;
    Ok(Value::float(next_toward(x, y)))
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "ulp")?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let up = next_toward(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::float(x - next_toward(x, -f64::INFINITY)));
    }
    Ok(Value::float(up - x))
}
