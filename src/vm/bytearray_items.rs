//! `bytearray` item and slice assignment and deletion (`ba[i] = x`, `ba[a:b] = data`,
//! `del ba[i]`, `del ba[a:b:c]`), with CPython's errors.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use crate::object::{PyErr, PyResult, Value};

const ASSIGN_TYPES: &str = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";

impl Vm {
    fn bytearray_key_error(&self, key: &Value) -> PyErr {
        PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", self.type_name(key)))
    }

    /// One byte from an int-like value: TypeError for a non-int, ValueError out of range.
    fn byte_value(&mut self, v: &Value) -> PyResult<u8> {
        match self.index_value(v)? {
            Some(i) if (0..256).contains(&i) => Ok(i as u8),
            Some(_) => Err(PyErr::value_error("byte must be in range(0, 256)")),
            None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
        }
    }

    /// The bytes a slice assignment stores: bytes-like values as they are, other iterables
    /// (not str or int) item by item.
    fn bytes_to_assign(&mut self, value: &Value) -> PyResult<Vec<u8>> {
        match value {
            Value::Bytes(b) => Ok(b.to_vec()),
            Value::ByteArray(b) => Ok(b.borrow().clone()),
            Value::Str(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => {
                Err(PyErr::type_error(ASSIGN_TYPES))
            }
            other => {
                if let Some(b) = self.builtin_base(other) {
                    if matches!(b, Value::Bytes(_) | Value::ByteArray(_)) {
                        return self.bytes_to_assign(&b);
                    }
                }
                if !self.can_iterate(other) {
                    // matches CPython: anything else goes through bytearray(value)
                    return Err(PyErr::type_error(format!("cannot convert '{}' object to bytearray", self.type_name(other))));
                }
                let items = self.collect_iterable(other)?;
                items.iter().map(|v| self.byte_value(v)).collect()
            }
        }
    }

    pub fn bytearray_setitem(&mut self, b: &Rc<RefCell<Vec<u8>>>, key: Value, value: Value) -> PyResult<()> {
        match &key {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                // matches CPython: the index is made a C ssize_t, then the value is checked,
                // then the index is bounds-checked.
                if let Value::BigInt(_) = key {
                    return Err(PyErr::index_error("cannot fit 'int' into an index-sized integer"));
                }
                let v = self.byte_value(&value)?;
                let len = b.borrow().len();
                let i = self.seq_index(&key, len, "bytearray")?;
                b.borrow_mut()[i] = v;
                Ok(())
            }
            Value::Slice(s) => {
                // The slice is read (a zero step refused) before the value is converted.
                let len = b.borrow().len();
                let (_, _, step) = crate::builtins::slice::slice_bounds(self, s, len)?;
                let data = self.bytes_to_assign(&value)?;
                if step != 1 {
                    let n = crate::builtins::slice::slice_indices(self, s, len)?.len();
                    if n != data.len() {
                        return Err(PyErr::value_error(format!(
                            "attempt to assign bytes of size {} to extended slice of size {n}",
                            data.len()
                        )));
                    }
                }
                // The list algorithm on a copy of ints, then back to bytes: one code path for
                // steps, negative bounds and resizing.
                let items: Vec<Value> = b.borrow().iter().map(|&x| Value::Int(x as i64)).collect();
                let tmp = Rc::new(crate::object::ListCell::new(items));
                let new: Vec<Value> = data.into_iter().map(|x| Value::Int(x as i64)).collect();
                crate::builtins::slice::list_assign_slice(self, &tmp, s, new)?;
                let out: Vec<u8> = tmp.borrow().iter().map(|v| if let Value::Int(x) = v { *x as u8 } else { 0 }).collect();
                *b.borrow_mut() = out;
                Ok(())
            }
            _ => Err(self.bytearray_key_error(&key)),
        }
    }

    pub fn bytearray_delitem(&mut self, b: &Rc<RefCell<Vec<u8>>>, key: &Value) -> PyResult<()> {
        match key {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let len = b.borrow().len();
                let i = self.seq_index(key, len, "bytearray")?;
                b.borrow_mut().remove(i);
                Ok(())
            }
            Value::Slice(s) => {
                let len = b.borrow().len();
                let idx = crate::builtins::slice::slice_indices(self, s, len)?;
                let mut doomed = vec![false; len];
                for i in idx {
                    doomed[i] = true;
                }
                let mut items = b.borrow_mut();
                let kept: Vec<u8> = items.iter().zip(&doomed).filter(|(_, d)| !**d).map(|(x, _)| *x).collect();
                *items = kept;
                Ok(())
            }
            _ => Err(self.bytearray_key_error(key)),
        }
    }
}
