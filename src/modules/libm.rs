//! The C library's inverse hyperbolic functions, which CPython's `math` and `cmath` call:
//! Rust's `f64::asinh`/`acosh`/`atanh` are its own formulas and differ in the last bit.

extern "C" {
    #[link_name = "asinh"]
    fn c_asinh(x: f64) -> f64;
    #[link_name = "acosh"]
    fn c_acosh(x: f64) -> f64;
    #[link_name = "atanh"]
    fn c_atanh(x: f64) -> f64;
}

pub fn asinh(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double; no pointers, defined for every input.
    unsafe { c_asinh(x) }
}

pub fn acosh(x: f64) -> f64 {
    // SAFETY: as above.
    unsafe { c_acosh(x) }
}

pub fn atanh(x: f64) -> f64 {
    // SAFETY: as above.
    unsafe { c_atanh(x) }
}
