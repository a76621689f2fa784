//! The `complex` type: construction (`complex(real, imag)`, `complex("1+2j")`), its attributes
//! and methods, and the arithmetic behind `+ - * / **` between ints, floats and complexes
//! (the operators reach it through `Vm::native_binary`).

use std::rc::Rc;

use super::{def_getter, def_method, def_new};
use crate::bytecode::opcode::{BinOp, CompareOp};
use crate::object::{int, Args, PyErr, PyResult, Value};
use crate::vm::Vm;

/// (real, imag).
pub type C = (f64, f64);

pub fn value((re, im): C) -> Value {
    Value::Complex(Rc::new((re, im)))
}

pub fn install(vm: &mut Vm) {
    let cls = vm.types.complex.clone();
    def_new(&cls, complex_new);
    def_method(&cls, "conjugate", conjugate);
    def_method(&cls, "__abs__", abs);
    def_method(&cls, "__complex__", same);
    def_method(&cls, "__getnewargs__", getnewargs);
    def_getter(&cls, "real", real);
    def_getter(&cls, "imag", imag);
}

fn self_complex(vm: &Vm, v: &Value, name: &str) -> PyResult<C> {
    match v {
        Value::Complex(c) => Ok(**c),
        _ => match vm.builtin_base(v) {
            Some(Value::Complex(c)) => Ok(*c),
            _ => Err(PyErr::type_error(format!(
                "descriptor '{name}' for 'complex' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))),
        },
    }
}

fn conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_count("conjugate", &args, 1, 1)?;
    let (re, im) = self_complex(vm, &args.pos[0], "conjugate")?;
    Ok(value((re, -im)))
}

fn same(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(value(self_complex(vm, &args.pos[0], "__complex__")?))
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = self_complex(vm, &args.pos[0], "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::float(re), Value::float(im)]))
}

fn real(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(self_complex(vm, &args.pos[0], "real")?.0))
}

fn imag(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(self_complex(vm, &args.pos[0], "imag")?.1))
}

/// `abs(z)`: the hypotenuse, OverflowError when it overflows for finite parts.
pub fn complex_abs((re, im): C) -> PyResult<f64> {
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(PyErr::overflow_error("absolute value too large"));
    }
    Ok(r)
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(complex_abs(self_complex(vm, &args.pos[0], "__abs__")?)?))
}

/// An arithmetic operand as a complex: complexes, floats, ints and bools.
fn operand(v: &Value) -> Option<PyResult<C>> {
    Some(Ok(match v {
        Value::Complex(c) => **c,
        Value::Float(f) => (f.get(), 0.0),
        Value::Int(i) => (*i as f64, 0.0),
        Value::Bool(b) => (b.get() as i64 as f64, 0.0),
        Value::BigInt(b) => return Some(int::to_f64(b).map(|f| (f, 0.0))),
        _ => return None,
    }))
}

/// `a op b` when one side is a complex and the other a number; None when the operator or the
/// other operand is not a complex's business (the dunder protocol then decides).
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow) {
        return None;
    }
    let (x, y) = (operand(a)?, operand(b)?);
    let (x, y) = match (x, y) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
    };
    Some(match op {
        BinOp::Add => Ok(value((x.0 + y.0, x.1 + y.1))),
        BinOp::Sub => Ok(value((x.0 - y.0, x.1 - y.1))),
        BinOp::Mul => Ok(value(mul(x, y))),
        BinOp::TrueDiv => match quot(x, y) {
            Some(r) => Ok(value(r)),
            None => Err(PyErr::zero_division("complex division by zero")),
        },
        _ => pow(x, y).map(value),
    })
}

fn mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Smith's algorithm, as CPython's `_Py_c_quot`; None for division by zero.
fn quot(a: C, b: C) -> Option<C> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // At least one NaN among the divisor's parts.
        Some((f64::NAN, f64::NAN))
    }
}

/// Binary exponentiation by a non-negative integer (CPython's `c_powu`).
fn powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `a ** b` with CPython's errors (integral exponents up to 100 by repeated multiplication).
pub fn pow(a: C, b: C) -> PyResult<C> {
    let domain = || PyErr::zero_division("0.0 to a negative or complex power");
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            powu(a, n as u64)
        } else {
            quot((1.0, 0.0), powu(a, n.unsigned_abs())).ok_or_else(domain)?
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(domain());
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        let r = (len * phase.cos(), len * phase.sin());
        // matches CPython's c_pow on glibc: cos/sin of an infinite phase set errno to EDOM,
        // which complex_pow reports as this ZeroDivisionError (an infinite result wins).
        if phase.is_infinite() && !(r.0.is_infinite() || r.1.is_infinite()) {
            return Err(domain());
        }
        r
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PyErr::overflow_error("complex exponentiation"));
    }
    Ok(r)
}

/// `a == b` for a complex and a number; None when `b` is not a number.
pub fn equal(a: &Value, b: &Value) -> Option<bool> {
    let (c, other) = match (a, b) {
        (Value::Complex(x), Value::Complex(y)) => return Some(x.0 == y.0 && x.1 == y.1),
        (Value::Complex(c), o) | (o, Value::Complex(c)) => (**c, o),
        _ => return None,
    };
    match other {
        Value::Float(f) => Some(c.1 == 0.0 && c.0 == f.get()),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = int::to_bigint(other)?;
            Some(c.1 == 0.0 && int::cmp_int_float(&n, c.0) == Some(std::cmp::Ordering::Equal))
        }
        _ => None,
    }
}

/// `a == b` / `a != b` with a complex operand; None for ordering (complexes have none) and for
/// non-numbers, so the dunder protocol decides (and reports the TypeError).
pub fn compare(op: CompareOp, a: &Value, b: &Value) -> Option<Value> {
    let eq = equal(a, b)?;
    match op {
        CompareOp::Eq => Some(Value::bool(eq)),
        CompareOp::Ne => Some(Value::bool(!eq)),
        _ => None,
    }
}

/// A real number for `complex()`: ints, floats, and objects with `__float__` or `__index__`.
fn real_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    Ok(Some(match v {
        Value::Float(f) => f.get(),
        Value::Int(i) => *i as f64,
        Value::Bool(b) => b.get() as i64 as f64,
        Value::BigInt(b) => int::to_f64(b)?,
        Value::Instance(_) | Value::Native(_) => {
            if let Some(m) = vm.lookup_special(v, "__float__") {
                match vm.call_bound_special(&m, v, vec![])? {
                    Value::Float(f) => f.get(),
                    other => {
                        return Err(PyErr::type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            vm.type_name(v),
                            vm.type_name(&other)
                        )))
                    }
                }
            } else if vm.lookup_special(v, "__index__").is_some() {
                match vm.index_value(v)? {
                    Some(i) => i as f64,
                    None => return Ok(None),
                }
            } else if let Some(b) = vm.builtin_base(v) {
                return real_arg(vm, &b);
            } else {
                return Ok(None);
            }
        }
        _ => return Ok(None),
    }))
}

/// The value of `complex(x)` for an object with `__complex__`, if it has one.
fn dunder_complex(vm: &mut Vm, v: &Value) -> PyResult<Option<C>> {
    if !matches!(v, Value::Instance(_) | Value::Native(_)) {
        return Ok(None);
    }
    let Some(m) = vm.lookup_special(v, "__complex__") else { return Ok(None) };
    match vm.call_bound_special(&m, v, vec![])? {
        Value::Complex(c) => Ok(Some(*c)),
        other => Err(PyErr::type_error(format!(
            "__complex__ returned non-complex (type {})",
            vm.type_name(&other)
        ))),
    }
}

fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::object_type::check_new_target(vm, &args, &vm.types.complex.clone(), complex_new)?;
    for (name, _) in args.kw {
        if &**name != "real" && &**name != "imag" {
            return Err(PyErr::type_error(format!("'{name}' is an invalid keyword argument for complex()")));
        }
    }
    let given = args.pos.len().saturating_sub(1) + args.kw.len();
    if given > 2 {
        return Err(PyErr::type_error(format!("complex() takes at most 2 arguments ({given} given)")));
    }
    let r = args.arg(1, "real").cloned();
    let i = args.arg(2, "imag").cloned();
    // matches CPython: `complex(c)` of an exact complex, with no imaginary part, is `c` itself.
    let exact_target = matches!(args.pos.first(), Some(Value::Class(k)) if Rc::ptr_eq(k, &vm.types.complex));
    if let (true, Some(v @ Value::Complex(_)), None) = (exact_target, &r, &i) {
        return Ok(v.clone());
    }
    let c = complex_value(vm, r, i)?;
    Ok(super::types::wrap_for_subclass(vm, args, value(c)))
}

fn complex_value(vm: &mut Vm, r: Option<Value>, i: Option<Value>) -> PyResult<C> {
    if let Some(Value::Str(s)) = &r {
        if i.is_some() {
            return Err(PyErr::type_error("complex() can't take second arg if first is a string"));
        }
        return crate::text::complex_repr::parse_complex(s.as_str())
            .ok_or_else(|| PyErr::value_error("complex() arg is a malformed string"));
    }
    if let Some(Value::Str(_)) = &i {
        return Err(PyErr::type_error("complex() second arg can't be a string"));
    }
    let (cr, r_complex) = match &r {
        None => ((0.0, 0.0), false),
        Some(Value::Complex(c)) => (**c, true),
        Some(v) => match dunder_complex(vm, v)? {
            Some(c) => (c, true),
            None => match real_arg(vm, v)? {
                Some(f) => ((f, 0.0), false),
                None => {
                    return Err(PyErr::type_error(format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        vm.type_name(v)
                    )))
                }
            },
        },
    };
    let (ci, i_complex) = match &i {
        None => ((0.0, 0.0), false),
        Some(Value::Complex(c)) => (**c, true),
        Some(v) => match real_arg(vm, v)? {
            Some(f) => ((f, 0.0), false),
            None => {
                return Err(PyErr::type_error(format!(
                    "complex() second argument must be a number, not '{}'",
                    vm.type_name(v)
                )))
            }
        },
    };
    let mut re = cr.0;
    let mut im = if i.is_none() { cr.1 } else { ci.0 };
    if i_complex {
        re -= ci.1;
    }
    if r_complex && i.is_some() {
        im += cr.1;
    }
    Ok((re, im))
}
