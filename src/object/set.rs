//! `set`/`frozenset` storage: CPython's set table (see `set_table.rs` for how the VM must
//! drive it so iteration order matches CPython), and frozenset's hash.

use super::set_table::SetTable;
use super::Value;

#[derive(Clone, Default)]
pub struct PySet {
    pub table: SetTable<Value>,
}

impl Drop for PySet {
    /// A set referenced weakly with a callback (`weakref.ref(s, cb)`) reports its death as an
    /// instance does; a cheap counter check otherwise.
    fn drop(&mut self) {
        crate::modules::weakref::instance_died(self as *const PySet as usize);
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
    }
    pub fn from_table(table: SetTable<Value>) -> PySet {
        PySet { table }
    }
    pub fn len(&self) -> usize {
        self.table.len()
    }
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
    /// Members in iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.table.iter().map(|(k, _)| k.clone()).collect()
    }
    /// `frozenset(self)` / `self.copy()`: CPython's set_merge into an empty table.
    pub fn copy(&self) -> PySet {
        PySet { table: self.table.copy() }
    }
}

/// CPython 3.11's frozenset_hash over the stored member hashes.
pub fn frozenset_hash(s: &PySet) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    // The table walk also XORs the NULL and dummy slots, then cancels them out again: only
    // the active entries remain.
    let mut hash: u64 = 0;
    for (_, h) in s.table.iter() {
        hash ^= shuffle(h as u64);
    }
    hash ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}
