//! The C library's inverse hyperbolic functions and cube root, which CPython's `math` and
//! `cmath` call: Rust's `f64::asinh`/`acosh`/`atanh`/`cbrt` are its own formulas and differ
//! in the last bit.

extern "C" {
    #[link_name = "asinh"]
    fn c_asinh(x: f64) -> f64;
    #[link_name = "acosh"]
    fn c_acosh(x: f64) -> f64;
    #[link_name = "atanh"]
    fn c_atanh(x: f64) -> f64;
}

/// Rust's `f64::cbrt` is its own (correctly rounded) code; the C library's, which CPython
/// calls, gives 3.0000000000000004 for 27. A plain `extern "C"` declaration would bind to
/// the Rust runtime's own `cbrt` symbol, so the C library's is looked up at run time.
pub fn cbrt(x: f64) -> f64 {
    static C_CBRT: std::sync::OnceLock<Option<extern "C" fn(f64) -> f64>> = std::sync::OnceLock::new();
    let found = C_CBRT.get_or_init(|| {
        // SAFETY: dlsym with a NUL-terminated name; a non-null result is libm's
        // `double cbrt(double)`, whose signature the transmute states.
        unsafe {
            let sym = libc::dlsym(libc::RTLD_DEFAULT, c"cbrt".as_ptr());
            (!sym.is_null()).then(|| std::mem::transmute::<*mut libc::c_void, extern "C" fn(f64) -> f64>(sym))
        }
    });
    match found {
        Some(f) => f(x),
        None => x.cbrt(),
    }
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
