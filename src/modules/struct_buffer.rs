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
        _ if is_memoryview(vm, v) => match vm.call_method(v, "tobytes", vec![])? {
            Value::Bytes(b) => Ok(Some(b.to_vec())),
            _ => Ok(None),
        },
        _ => Ok(None),
    }
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
            Ok(Some(vm.len(v)?))
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
