//! Built-in iterator objects (list_iterator, range_iterator, enumerate, zip, map, ...).

use std::cell::RefCell;
use std::rc::Rc;

use super::{PyDict, Value};

pub enum IterObj {
    /// Index-based iteration over a list, tuple, str, bytes or bytearray (sees list mutation).
    Seq { seq: Value, index: usize },
    Range { cur: i64, stop: i64, step: i64 },
    /// Which of keys/values/items: 0, 1, 2. `len` is the size at creation, to detect
    /// "dictionary changed size during iteration"; `left` counts the items still expected
    /// (CPython's `di->len`): one more found is "dictionary keys changed during iteration".
    Dict { dict: Rc<RefCell<PyDict>>, pos: usize, len: usize, left: usize, what: u8 },
    /// A snapshot of set members; `source` is the mutable set it came from, whose size is
    /// checked on each step ("Set changed size during iteration", as CPython's setiter).
    Snapshot { items: Vec<Value>, index: usize, name: &'static str, source: Option<Rc<RefCell<super::PySet>>> },
    /// `count` is an int of any size (CPython switches to a PyLong counter past sys.maxsize).
    Enumerate { it: Value, count: Value },
    Zip { its: Vec<Value>, strict: bool },
    Map { func: Value, its: Vec<Value> },
    Filter { func: Value, it: Value },
    /// `reversed(seq)` for a list/tuple/str/range-like indexable sequence.
    Reversed { seq: Value, index: usize },
    /// `iter(callable, sentinel)`
    Callable { func: Value, sentinel: Value },
    /// `iter(obj)` for an object with only `__getitem__`.
    GetItem { obj: Value, index: i64 },
    /// Run out: its items are let go, its type name stays (CPython's iterator keeps its type).
    Exhausted(&'static str),
}

impl IterObj {
    pub fn type_name(&self) -> &'static str {
        match self {
            IterObj::Seq { seq, .. } => match seq {
                Value::List(_) => "list_iterator",
                Value::Tuple(_) => "tuple_iterator",
                Value::Str(s) if s.is_ascii() => "str_ascii_iterator",
                Value::Str(_) => "str_iterator",
                Value::Bytes(_) => "bytes_iterator",
                Value::ByteArray(_) => "bytearray_iterator",
                _ => "iterator",
            },
            IterObj::Range { .. } => "range_iterator",
            IterObj::Dict { what: 0, .. } => "dict_keyiterator",
            IterObj::Dict { what: 1, .. } => "dict_valueiterator",
            IterObj::Dict { .. } => "dict_itemiterator",
            IterObj::Snapshot { name, .. } => name,
            IterObj::Enumerate { .. } => "enumerate",
            IterObj::Zip { .. } => "zip",
            IterObj::Map { .. } => "map",
            IterObj::Filter { .. } => "filter",
            IterObj::Reversed { seq, .. } => match seq {
                Value::List(_) => "list_reverseiterator",
                // CPython's range.__reversed__ is a range iterator running downwards.
                Value::Range(_) => "range_iterator",
                _ => "reversed",
            },
            IterObj::Callable { .. } => "callable_iterator",
            IterObj::GetItem { .. } => "iterator",
            IterObj::Exhausted(name) => name,
        }
    }
}
