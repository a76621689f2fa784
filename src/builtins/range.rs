//! `range` objects: length, indexing, containment, equality, `index` and `count`.

use std::rc::Rc;

use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let range = vm.types.range.clone();
    super::def_method(&range, "index", range_index);
    super::def_method(&range, "count", range_count);
    // The attributes themselves are read by the VM's fast path; these make them visible to
    // dir() and hasattr on the class, as CPython's member descriptors.
    super::def_getter(&range, "start", |_vm, a| Ok(Value::Int(range_of(&super::arg(&a, 0))?.0)));
    super::def_getter(&range, "stop", |_vm, a| Ok(Value::Int(range_of(&super::arg(&a, 0))?.1)));
    super::def_getter(&range, "step", |_vm, a| Ok(Value::Int(range_of(&super::arg(&a, 0))?.2)));
}

fn range_of(v: &Value) -> PyResult<Rc<(i64, i64, i64)>> {
    match v {
        Value::Range(r) => Ok(r.clone()),
        _ => Err(PyErr::type_error("descriptor requires a 'range' object")),
    }
}

/// Where `x` sits in the range: exact ints (and bools) are computed, other values are
/// compared with `==` item by item, as CPython's `range.index` does.
fn range_find(vm: &mut Vm, r: &(i64, i64, i64), x: &Value) -> PyResult<Option<i64>> {
    if let Value::Int(_) | Value::Bool(_) = x {
        let i = vm.index_value(x)?.unwrap_or(0);
        return Ok(range_contains(r, i).then(|| (i - r.0) / r.2));
    }
    if let Value::BigInt(_) = x {
        return Ok(None);
    }
    let len = range_len(r.0, r.1, r.2);
    for k in 0..len {
        if vm.eq(&Value::Int(r.0 + k * r.2), x)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_method_count("index", "range.index", &args, 1, 1)?;
    let r = range_of(&args.pos[0])?;
    match range_find(vm, &r, &args.pos[1])? {
        Some(k) => Ok(Value::Int(k)),
        // matches CPython's range_index: exact ints get "%R is not in range", anything else
        // falls back to the generic sequence search.
        None if matches!(&args.pos[1], Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
            Err(PyErr::value_error(format!("{} is not in range", vm.repr(&args.pos[1])?)))
        }
        None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_method_count("count", "range.count", &args, 1, 1)?;
    let r = range_of(&args.pos[0])?;
    if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = &args.pos[1] {
        return Ok(Value::Int(range_find(vm, &r, &args.pos[1])?.is_some() as i64));
    }
    let len = range_len(r.0, r.1, r.2);
    let mut n = 0;
    for k in 0..len {
        if vm.eq(&Value::Int(r.0 + k * r.2), &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

pub fn range_contains(r: &(i64, i64, i64), i: i64) -> bool {
    let (start, stop, step) = *r;
    if step > 0 {
        i >= start && i < stop && (i - start) % step == 0
    } else {
        i <= start && i > stop && (start - i) % (-step) == 0
    }
}

pub fn range_eq(a: &(i64, i64, i64), b: &(i64, i64, i64)) -> bool {
    let (la, lb) = (range_len(a.0, a.1, a.2), range_len(b.0, b.1, b.2));
    if la != lb {
        return false;
    }
    if la == 0 {
        return true;
    }
    a.0 == b.0 && (la == 1 || a.2 == b.2)
}

pub fn range_getitem(vm: &mut Vm, r: &Rc<(i64, i64, i64)>, key: &Value) -> PyResult<Value> {
    let len = range_len(r.0, r.1, r.2);
    match key {
        Value::Slice(s) => {
            let native = if crate::builtins::slice::has_big_part(s) {
                None
            } else {
                let (start, stop, step) = crate::builtins::slice::slice_bounds(vm, s, len as usize)?;
                let at = |k: i64| k.checked_mul(r.2).and_then(|d| d.checked_add(r.0));
                match (at(start), at(stop), step.checked_mul(r.2)) {
                    (Some(a), Some(b), Some(c)) => Some((a, b, c)),
                    _ => None,
                }
            };
            match native {
                Some(t) => Ok(Value::Range(Rc::new(t))),
                // A slice part or result beyond 64 bits keeps its exact value (CPython's
                // compute_slice works on ints): let the long range do the arithmetic.
                None => {
                    let module = vm.import_module("_longrange")?;
                    let make = vm.getattr(&module, &Value::str("longrange"))?;
                    let long = vm.call(&make, vec![Value::Int(r.0), Value::Int(r.1), Value::Int(r.2)])?;
                    vm.getitem(&long, key)
                }
            }
        }
        _ => {
            let Some(i) = vm.index_value(key)? else {
                return Err(PyErr::type_error(format!(
                    "range indices must be integers or slices, not {}",
                    vm.type_name(key)
                )));
            };
            let j = if i < 0 { i + len } else { i };
            if j < 0 || j >= len {
                return Err(PyErr::index_error("range object index out of range"));
            }
            Ok(Value::Int(r.0 + j * r.2))
        }
    }
}
