//! The integer functions of `math`: factorial, gcd, lcm, comb, perm, isqrt, prod.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::{check_count, def_fn};
use crate::object::{int, Args, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(d: &mut PyDict) {
    def_fn(d, "factorial", factorial);
    def_fn(d, "gcd", gcd);
    def_fn(d, "lcm", lcm);
    def_fn(d, "comb", comb);
    def_fn(d, "perm", perm);
    def_fn(d, "isqrt", isqrt);
    def_fn(d, "prod", super::math::prod);
}

/// An integer argument (ints, bools, `__index__`), with CPython's TypeError for others.
fn int_value(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = int::to_bigint(v) {
        return Ok(b);
    }
    match vm.index_value(v)? {
        Some(i) => Ok(BigInt::from(i)),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("factorial", &args, 1, 1)?;
    let n = int_value(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= 1_000_000) else {
        return Err(PyErr::overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(Value::from_bigint(range_product(1, n)))
}

/// Product of lo..=hi by splitting in halves (keeps the multiplications balanced).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        for k in lo..=hi {
            acc *= k;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = BigInt::zero();
    for v in args.pos {
        let x = int_value(vm, v)?;
        acc = super::math_gcd::gcd(&acc, &x);
    }
    Ok(Value::from_bigint(acc))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = BigInt::one();
    for v in args.pos {
        let x = int_value(vm, v)?;
        if x.is_zero() || acc.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        let g = super::math_gcd::gcd(&acc, &x);
        acc = &acc / g * x;
    }
    Ok(Value::from_bigint(acc.abs()))
}

fn n_k(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(BigInt, Option<BigInt>)> {
    check_count(name, args, 1, 2)?;
    let n = int_value(vm, &args.pos[0])?;
    let k = match args.pos.get(1) {
        Some(Value::None) | None => None,
        Some(v) => Some(int_value(vm, v)?),
    };
    if n.is_negative() {
        // matches CPython: perm(n) with no k is factorial(n), with factorial's message.
        if name == "perm" && k.is_none() {
            return Err(PyErr::value_error("factorial() not defined for negative values"));
        }
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.as_ref().map_or(false, |k| k.is_negative()) {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// n * (n-1) * ... * (n-k+1).
fn falling(n: &BigInt, k: u64) -> BigInt {
    let mut acc = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        acc *= &f;
        f -= 1;
    }
    acc
}

fn too_big() -> PyErr {
    PyErr::overflow_error("k must not exceed 9223372036854775807")
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("comb expected 2 arguments, got {}", args.pos.len())));
    }
    let (n, k) = n_k(vm, &args, "comb")?;
    let k = k.unwrap_or_default();
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = k.to_u64().filter(|k| *k <= 10_000_000).ok_or_else(too_big)?;
    Ok(Value::from_bigint(falling(&n, k) / range_product(1, k)))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, k) = n_k(vm, &args, "perm")?;
    let k = k.unwrap_or_else(|| n.clone());
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().filter(|k| *k <= 10_000_000).ok_or_else(too_big)?;
    Ok(Value::from_bigint(falling(&n, k)))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("isqrt", &args, 1, 1)?;
    let n = int_value(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}
