//! Sequence subscripts: normalising an index against a length and converting `__index__` keys,
//! as CPython's PyNumber_Index / PyNumber_AsSsize_t do for `seq[i]`.

use num_traits::ToPrimitive;

use super::Vm;
use crate::object::{PyErr, PyResult, Value};

impl Vm {
    /// Normalise a sequence index (negative from the end); IndexError with `what` when out of range.
    pub fn seq_index(&self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => b.get() as i64,
            Value::BigInt(_) => return Err(PyErr::index_error(format!("cannot fit 'int' into an index-sized integer"))),
            _ => return Err(PyErr::type_error(format!("{what} indices must be integers, not {}", self.type_name(key)))),
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            // matches CPython: bytes say just "index out of range".
            if what == "index" {
                return Err(PyErr::index_error("index out of range"));
            }
            return Err(PyErr::index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    pub fn index_value(&mut self, v: &Value) -> PyResult<Option<i64>> {
        Ok(match v {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(b.get() as i64),
            Value::BigInt(b) => Some(b.to_i64().unwrap_or(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX })),
            Value::Instance(_) => match crate::builtins::number_convert::index_of(self, v)? {
                Some(Value::Int(i)) => Some(i),
                Some(big) => self.index_value(&big)?,
                None => None,
            },
            _ => None,
        })
    }

    /// CPython's PyNumber_Index for a sequence subscript: an instance key with `__index__`
    /// (an IntEnum member, a user index type) indexes lists, tuples, str, bytes and ranges.
    pub(super) fn sequence_index_key(&mut self, container: &Value, key: &Value) -> PyResult<Option<Value>> {
        if !matches!(key, Value::Instance(_) | Value::Native(_)) {
            return Ok(None);
        }
        if !matches!(container, Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::Range(_)) {
            return Ok(None);
        }
        let index = crate::builtins::number_convert::index_of(self, key)?;
        // PyNumber_AsSsize_t names the key's own type when its index does not fit (a range
        // works on the int itself).
        if let (Some(Value::BigInt(b)), false) = (&index, matches!(container, Value::Range(_))) {
            if b.to_i64().is_none() {
                return Err(PyErr::index_error(format!("cannot fit '{}' into an index-sized integer", self.type_name(key))));
            }
        }
        Ok(index)
    }
}
