//! `range` objects: length, indexing, containment and equality.

use std::rc::Rc;

use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

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
            let (start, stop, step) = crate::builtins::slice::slice_bounds(vm, s, len as usize)?;
            let nstart = r.0 + start * r.2;
            let nstop = r.0 + stop * r.2;
            Ok(Value::Range(Rc::new((nstart, nstop, step * r.2))))
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
