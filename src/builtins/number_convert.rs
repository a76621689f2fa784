//! `int(x)` and `float(x)` for values that are not core numbers or strings: CPython's
//! PyNumber_Long and PyNumber_Float, with their order of special methods (`__int__`,
//! `__index__`, `__trunc__`; `__float__`, `__index__`), their checks of what those return, and
//! the str/bytes parsing a subclass of str or bytes falls back to.

use crate::object::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A DeprecationWarning attributed to the script line calling int() (PyErr_WarnEx with
/// stacklevel 1), through the `warnings` module so filters apply.
fn deprecation(vm: &mut Vm, msg: &str) -> PyResult<()> {
    let warnings = vm.import_module("warnings")?;
    let warn = vm.getattr(&warnings, &Value::str("warn"))?;
    let category = Value::Class(vm.exc_class(ExcKind::DeprecationWarning));
    vm.call(&warn, vec![Value::str(msg), category])?;
    Ok(())
}

/// The exact int a special method returned: an int subclass (or bool) is accepted with
/// CPython's DeprecationWarning, anything else is a TypeError.
fn exact_int(vm: &mut Vm, r: Value, method: &str) -> PyResult<Value> {
    match &r {
        Value::Int(_) | Value::BigInt(_) => return Ok(r),
        Value::Bool(b) if method != "__trunc__" => {
            deprecation(vm, &format!("{method} returned non-int (type bool).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python."))?;
            return Ok(Value::Int(i64::from(b.get())));
        }
        Value::Bool(b) => return Ok(Value::Int(i64::from(b.get()))),
        _ => {}
    }
    if let Some(base @ (Value::Int(_) | Value::BigInt(_))) = vm.builtin_base(&r) {
        if method != "__trunc__" {
            let msg = format!("{method} returned non-int (type {}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", vm.type_name(&r));
            deprecation(vm, &msg)?;
        }
        return Ok(base);
    }
    Err(PyErr::type_error(format!("{method} returned non-int (type {})", vm.type_name(&r))))
}

/// PyNumber_Index for a value that is not an int: `x.__index__()` checked to be an int (an
/// int subclass or bool warns as deprecated); None when `x` has no `__index__`.
pub fn index_of(vm: &mut Vm, x: &Value) -> PyResult<Option<Value>> {
    let Some(m) = vm.lookup_special(x, "__index__") else { return Ok(None) };
    let r = vm.call_bound_special(&m, x, vec![])?;
    exact_int(vm, r, "__index__").map(Some)
}

/// The protocol part of `int(x)` (no base): Ok(None) when `x` has none of the methods, so the
/// caller parses a str/bytes subclass or reports the type.
pub fn int_from_protocol(vm: &mut Vm, x: &Value) -> PyResult<Option<Value>> {
    if let Some(m) = vm.lookup_special(x, "__int__") {
        let r = vm.call_bound_special(&m, x, vec![])?;
        return exact_int(vm, r, "__int__").map(Some);
    }
    if let Some(v) = index_of(vm, x)? {
        return Ok(Some(v));
    }
    if let Some(m) = vm.lookup_special(x, "__trunc__") {
        deprecation(vm, "The delegation of int() to __trunc__ is deprecated.")?;
        let r = vm.call_bound_special(&m, x, vec![])?;
        if matches!(r, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
            || matches!(vm.builtin_base(&r), Some(Value::Int(_) | Value::BigInt(_)))
        {
            return exact_int(vm, r, "__trunc__").map(Some);
        }
        return match index_of(vm, &r)? {
            Some(v) => Ok(Some(v)),
            None => Err(PyErr::type_error(format!("__trunc__ returned non-Integral (type {})", vm.type_name(&r)))),
        };
    }
    Ok(None)
}

/// The protocol part of `float(x)`: `__float__` (which must return a float), then
/// `__index__`; Ok(None) when `x` has neither.
pub fn float_from_protocol(vm: &mut Vm, x: &Value) -> PyResult<Option<f64>> {
    if let Some(m) = vm.lookup_special(x, "__float__") {
        let r = vm.call_bound_special(&m, x, vec![])?;
        if let Value::Float(f) = r {
            return Ok(Some(f.get()));
        }
        if let Some(Value::Float(f)) = vm.builtin_base(&r) {
            let msg = format!("{}.__float__ returned non-float (type {}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.", vm.type_name(x), vm.type_name(&r));
            deprecation(vm, &msg)?;
            return Ok(Some(f.get()));
        }
        return Err(PyErr::type_error(format!(
            "{}.__float__ returned non-float (type {})",
            vm.type_name(x),
            vm.type_name(&r)
        )));
    }
    match index_of(vm, x)? {
        Some(Value::Int(i)) => Ok(Some(i as f64)),
        Some(Value::BigInt(b)) => crate::object::int::to_f64(&b).map(Some),
        _ => Ok(None),
    }
}
