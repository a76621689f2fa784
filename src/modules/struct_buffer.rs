//! Bytes-like arguments for the native `_hashlib`, `_struct` and `_socket` modules: reading
//! bytes, bytearray and memoryview (corio's memoryview is a script class, read through its
//! `tobytes()`), and writing into a bytearray or a writable memoryview.

use crate::object::BoolWord;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// Whether `v` is corio's script-level memoryview.
fn is_memoryview(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Instance(_)) && vm.type_name(v) == "memoryview"
}

/// The bytes of a bytes-like object, or None when `v` does not support the buffer protocol.
pub fn read(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Ok(Some(b.to_vec())),
        Value::ByteArray(b) => Ok(Some(b.borrow().clone())),
        _ if exports_buffer(vm, v) => match vm.call_method(v, "__bytes__", Vec::new())? {
            Value::Bytes(b) => Ok(Some(b.to_vec())),
            _ => Ok(None),
        },
        _ => memoryview_bytes(vm, v).transpose(),
    }
}

/// Whether `v` is an instance of a stdlib class that is a C type with the buffer protocol in
/// CPython (`mmap.mmap`): such a class marks itself with a `_buffer_export` method (what a
/// memoryview shows) and gives its current contents through `__bytes__`.
pub fn exports_buffer(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Instance(_)) && vm.type_of(v).lookup("_buffer_export").is_some()
}

/// A memoryview's object, the byte offset of each of its items and their size, read from the
/// script class's slots (see `stdlib/_memoryview.py`); None when `v` is not a memoryview.
fn memoryview_parts(vm: &Vm, v: &Value) -> Option<PyResult<(Value, (i64, i64, i64), usize)>> {
    if !is_memoryview(vm, v) {
        return None;
    }
    let slot = |name: &str| crate::builtins::slots::read_slot(vm, v, name);
    if matches!(slot("_released"), Some(Value::Bool(BoolWord::TRUE))) {
        return Some(Err(PyErr::value_error("operation forbidden on released memoryview object")));
    }
    let (Some(obj), Some(Value::Range(r)), Some(Value::Int(size))) = (slot("_obj"), slot("_indices"), slot("_itemsize")) else {
        return None;
    };
    Some(Ok((obj, *r, size.max(1) as usize)))
}

/// The bytes a memoryview shows (its `tobytes()`), read without calling into the script class
/// so the bytes methods can take a view as CPython's buffer protocol lets them; None when `v`
/// is not a memoryview.
pub fn memoryview_bytes(vm: &Vm, v: &Value) -> Option<PyResult<Vec<u8>>> {
    let (obj, (start, stop, step), size) = match memoryview_parts(vm, v)? {
        Ok(parts) => parts,
        Err(e) => return Some(Err(e)),
    };
    let copy = |data: &[u8]| {
        let mut out = Vec::new();
        for k in 0..crate::builtins::range::range_len(start, stop, step) {
            let at = (start + k * step) as usize;
            out.extend_from_slice(data.get(at..at + size).unwrap_or(&[]));
        }
        out
    };
    Some(Ok(match &obj {
        Value::Bytes(b) => copy(b),
        Value::ByteArray(b) => copy(&b.borrow()),
        _ => Vec::new(),
    }))
}

/// The length of a writable buffer (bytearray or memoryview), or None when `v` is not one.
pub fn writable_len(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    match v {
        Value::ByteArray(b) => Ok(Some(b.borrow().len())),
        _ if is_memoryview(vm, v) => {
            let readonly = vm.getattr(v, &Value::str("readonly"))?;
            if matches!(readonly, Value::Bool(BoolWord::TRUE)) {
                return Ok(None);
            }
            // In bytes, whatever the view's item format.
            let nbytes = vm.getattr(v, &Value::str("nbytes"))?;
            Ok(Some(vm.index_value(&nbytes)?.unwrap_or(0).max(0) as usize))
        }
        _ => Ok(None),
    }
}

/// Write `data` into the writable buffer `v` at `offset` (the caller checked the bounds).
pub fn write_at(vm: &mut Vm, v: &Value, offset: usize, data: &[u8]) -> PyResult<()> {
    match v {
        Value::ByteArray(b) => {
            let mut b = b.borrow_mut();
            let end = offset + data.len();
            if end > b.len() {
                return Err(PyErr::index_error("buffer too small"));
            }
            b[offset..end].copy_from_slice(data);
            Ok(())
        }
        _ => {
            // Byte `j` of the view is byte `j % size` of item `j / size`, wherever the view's
            // offsets put that item in the underlying bytearray.
            if let Some(parts) = memoryview_parts(vm, v) {
                let (obj, (start, _, step), size) = parts?;
                if let Value::ByteArray(b) = obj {
                    let mut b = b.borrow_mut();
                    for (j, byte) in data.iter().enumerate() {
                        let j = offset + j;
                        let at = (start + (j / size) as i64 * step) as usize + j % size;
                        match b.get_mut(at) {
                            Some(slot) => *slot = *byte,
                            None => return Err(PyErr::index_error("buffer too small")),
                        }
                    }
                    return Ok(());
                }
            }
            let slice = Value::Slice(std::rc::Rc::new((
                Value::Int(offset as i64),
                Value::Int((offset + data.len()) as i64),
                Value::None,
            )));
            vm.call_method(v, "__setitem__", vec![slice, Value::Bytes(data.into())])?;
            Ok(())
        }
    }
}
