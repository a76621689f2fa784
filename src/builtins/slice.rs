//! Slices: resolving `a[i:j:k]` bounds against a length, contiguous slicing of sequences, and
//! slice assignment on lists.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let slice = vm.types.slice.clone();
    super::def_method(&slice, "indices", indices);
    // Read by the VM's fast path on instances; these are the class's member descriptors
    // (`slice.start`), as for range.
    super::def_getter(&slice, "start", |_vm, a| Ok(slice_of(&a)?.0.clone()));
    super::def_getter(&slice, "stop", |_vm, a| Ok(slice_of(&a)?.1.clone()));
    super::def_getter(&slice, "step", |_vm, a| Ok(slice_of(&a)?.2.clone()));
}

fn slice_of(args: &crate::object::Args) -> PyResult<Rc<(Value, Value, Value)>> {
    match args.pos.first() {
        Some(Value::Slice(s)) => Ok(s.clone()),
        _ => Err(PyErr::type_error("descriptor requires a 'slice' object")),
    }
}

/// `slice.indices(length)`: the (start, stop, step) a sequence of that length would use.
fn indices(vm: &mut Vm, args: crate::object::Args) -> PyResult<Value> {
    super::check_method_count("indices", "slice.indices", &args, 1, 1)?;
    let Value::Slice(s) = &args.pos[0] else {
        return Err(PyErr::type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let s = s.clone();
    // A bound or length beyond 64 bits keeps its exact value in CPython's result, so those
    // go through the int-arithmetic version the long ranges use.
    if has_big_part(&s) || matches!(args.pos[1], Value::BigInt(_)) {
        if let Value::BigInt(n) = &args.pos[1] {
            if n.sign() == num_bigint::Sign::Minus {
                return Err(PyErr::value_error("length should not be negative"));
            }
        }
        return long_slice_indices(vm, &s, args.pos[1].clone());
    }
    let len = super::ssize_arg(vm, &args.pos[1])?;
    if len < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (start, stop, step) = slice_bounds(vm, &s, len as usize)?;
    Ok(Value::tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

/// Whether a slice has a bound or step that does not fit an i64 (which `slice_bounds` would
/// clamp: harmless for indexing a real sequence, but visible in `indices()` and range slices).
pub fn has_big_part(s: &(Value, Value, Value)) -> bool {
    [&s.0, &s.1, &s.2].iter().any(|v| matches!(v, Value::BigInt(_)))
}

/// `slice.indices(length)` in Python ints (`_longrange._slice_indices`), as a tuple.
pub fn long_slice_indices(vm: &mut Vm, s: &Rc<(Value, Value, Value)>, len: Value) -> PyResult<Value> {
    let module = vm.import_module("_longrange")?;
    let f = vm.getattr(&module, &Value::str("_slice_indices"))?;
    let r = vm.call(&f, vec![Value::Slice(s.clone()), len])?;
    match r {
        Value::Tuple(_) => Ok(r),
        _ => Err(PyErr::type_error("slice indices must be a tuple")),
    }
}

/// `slice.indices(len)`: (start, stop, step) clamped as CPython does.
pub fn slice_bounds(vm: &mut Vm, s: &(Value, Value, Value), len: usize) -> PyResult<(i64, i64, i64)> {
    let len = len as i64;
    let step = if s.2.is_none() {
        1
    } else {
        match vm.index_value(&s.2)? {
            Some(0) => return Err(PyErr::value_error("slice step cannot be zero")),
            Some(v) => v,
            None => return Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let get = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        match vm.index_value(v)? {
            Some(i) => Ok(i),
            None => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let (lo_default, hi_default) = if step > 0 { (0, len) } else { (len - 1, -1) };
    let clamp = |i: i64, lower: i64, upper: i64| -> i64 {
        if i < 0 {
            let j = i.saturating_add(len);
            if j < lower {
                lower
            } else {
                j
            }
        } else if i > upper {
            upper
        } else {
            i
        }
    };
    let (lower, upper) = if step > 0 { (0, len) } else { (-1, len - 1) };
    let start = if s.0.is_none() { lo_default } else { clamp(get(vm, &s.0, lo_default)?, lower, upper) };
    let stop = if s.1.is_none() { hi_default } else { clamp(get(vm, &s.1, hi_default)?, lower, upper) };
    Ok((start, stop, step))
}

/// The `start..stop` range a slice selects when its step is 1 (the common `a[i:j]`), so callers
/// can copy one contiguous run rather than gather index by index; None for other steps.
pub fn slice_run(vm: &mut Vm, s: &(Value, Value, Value), len: usize) -> PyResult<Option<std::ops::Range<usize>>> {
    let (start, stop, step) = slice_bounds(vm, s, len)?;
    if step != 1 {
        return Ok(None);
    }
    let start = start.max(0) as usize;
    let stop = (stop.max(0) as usize).max(start);
    Ok(Some(start..stop))
}

/// `seq[a:b]` (step 1) of a list, tuple, str, bytes or bytearray as one contiguous copy, with no
/// index vector; a full slice of an immutable sequence is the object itself, as in CPython.
/// None for other containers and steps (the general path gathers by index).
pub fn contiguous_slice(vm: &mut Vm, container: &Value, s: &(Value, Value, Value)) -> PyResult<Option<Value>> {
    let len = match container {
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Str(st) => st.char_len(),
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.borrow().len(),
        _ => return Ok(None),
    };
    // The bounds may run script code (`__index__`), which may resize a list or bytearray:
    // the run is clamped again to the length found after.
    let Some(run) = slice_run(vm, s, len)? else { return Ok(None) };
    let whole = run.start == 0 && run.end == len;
    let clamp = |n: usize| run.start.min(n)..run.end.min(n);
    Ok(Some(match container {
        Value::List(l) => {
            let l = l.borrow();
            super::container_sizeof::exact_list_from(&l[clamp(l.len())])
        }
        Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) if whole => container.clone(),
        Value::Tuple(t) => Value::tuple(t[run].to_vec()),
        Value::Str(st) => Value::str(st.slice_chars(run.start, run.end)),
        Value::Bytes(b) => Value::Bytes(b[run].to_vec().into()),
        Value::ByteArray(b) => {
            let b = b.borrow();
            Value::ByteArray(Rc::new(RefCell::new(b[clamp(b.len())].to_vec())))
        }
        _ => return Ok(None),
    }))
}

/// The indices a slice selects.
pub fn slice_indices(vm: &mut Vm, s: &(Value, Value, Value), len: usize) -> PyResult<Vec<usize>> {
    let (start, stop, step) = slice_bounds(vm, s, len)?;
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        // A step near i64's range (from a huge Python int) steps out of the slice at once.
        match i.checked_add(step) {
            Some(next) => i = next,
            None => break,
        }
    }
    Ok(out)
}

/// `lst[a:b:c] = items`.
pub fn list_assign_slice(vm: &mut Vm, l: &Rc<crate::object::ListCell>, s: &(Value, Value, Value), items: Vec<Value>) -> PyResult<()> {
    let len = l.borrow().len();
    let (start, stop, step) = slice_bounds(vm, s, len)?;
    if step == 1 {
        let start = start.max(0) as usize;
        let stop = (stop.max(start as i64) as usize).min(len);
        // The replaced items are released after the borrow ends, last to first (CPython's
        // `list_ass_slice`).
        let removed: Vec<Value> = l.borrow_mut().splice(start..stop, items).collect();
        crate::object::list_cell::release_reversed(removed);
        return Ok(());
    }
    let idx = slice_indices(vm, s, len)?;
    if idx.len() != items.len() {
        return Err(PyErr::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            idx.len()
        )));
    }
    let mut v = l.borrow_mut();
    for (i, item) in idx.into_iter().zip(items) {
        v[i] = item;
    }
    Ok(())
}
