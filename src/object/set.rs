//! `set`/`frozenset` storage: a hash table of keys (equality supplied by the VM, as for dicts).

use super::dict::PyDict;
use super::Value;

#[derive(Clone, Default)]
pub struct PySet {
    pub table: PyDict,
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
    }
    pub fn len(&self) -> usize {
        self.table.len()
    }
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
    /// Members in iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.table.keys()
    }
}
