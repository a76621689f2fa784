//! Subscription and container operations: `x[k]`, `len`, dict and set tables keyed by value.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use crate::bytecode::opcode::{BinOp, CompareOp};
use crate::object::set_table::SetTable;
use crate::object::{PyDict, PyErr, PyResult, PySet, Value};

/// Key equality that needs no script code: Some(answer) or None when `__eq__` must run.
pub fn native_key_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => Some(*x == y.get() as i64),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        // The same NaN object is its own key (identity before `==`, as CPython's dict).
        (Value::Float(x), Value::Float(y)) => Some(x.get() == y.get() || a.is(b)),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => Some((*x as f64) == y.get() && (y.get() as i64) == *x),
        (Value::BigInt(x), Value::BigInt(y)) => Some(x == y),
        (Value::None, Value::None) => Some(true),
        (Value::Bytes(x), Value::Bytes(y)) => Some(x == y),
        (Value::Tuple(x), Value::Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                match native_key_eq(p, q) {
                    Some(true) => {}
                    other => return other,
                }
            }
            Some(true)
        }
        (Value::Complex(_), Value::Complex(_) | Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
        | (Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Value::Complex(_)) => {
            Some(a.is(b) || crate::builtins::complex_type::equal(a, b).unwrap_or(false))
        }
        (Value::Instance(_), _) | (_, Value::Instance(_)) | (Value::Native(_), _) | (_, Value::Native(_)) => {
            if a.is(b) {
                Some(true)
            } else {
                None
            }
        }
        (Value::FrozenSet(_), Value::FrozenSet(_)) => None,
        // Bound methods are equal keys when they bind the same object to the same function
        // (each attribute access makes a new method object).
        (Value::Method(x), Value::Method(y)) => Some(x.self_.is(&y.self_) && x.func.is(&y.func)),
        (Value::Builtin(x), Value::Builtin(y)) if x.bound.is_some() || y.bound.is_some() => Some(
            x.func as usize == y.func as usize
                && match (&x.bound, &y.bound) {
                    (Some(p), Some(q)) => p.is(q),
                    _ => false,
                },
        ),
        // Classes of a metaclass compare through its `__eq__`.
        (Value::Class(c), _) | (_, Value::Class(c)) if c.metaclass.borrow().is_some() && !a.is(b) => None,
        _ => Some(a.is(b)),
    }
}

impl Vm {
    /// Find `key` in a dict table: the entry index, running `__eq__` only outside borrows.
    pub fn table_find(&mut self, table: &Rc<RefCell<PyDict>>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let mut needs_script = false;
        let found = table.borrow().find(hash, |k| match native_key_eq(k, key) {
            Some(r) => r,
            None => {
                needs_script = true;
                false
            }
        });
        if found.is_some() || !needs_script {
            return Ok(found);
        }
        let candidates = table.borrow().candidates(hash);
        for idx in candidates {
            let k = match table.borrow().entry_at(idx) {
                Some(e) => e.key.clone(),
                None => continue,
            };
            if self.eq(&k, key)? {
                return Ok(Some(idx));
            }
        }
        Ok(None)
    }

    pub fn dict_get_item(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let Value::Dict(table) = d else { return Ok(None) };
        let h = self.hash(key)?;
        let idx = self.table_find(table, key, h)?;
        Ok(idx.and_then(|i| table.borrow().entry_at(i).map(|e| e.value.clone())))
    }

    pub fn dict_set_item(&mut self, table: &Rc<RefCell<PyDict>>, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        match self.table_find(table, &key, h)? {
            Some(i) => table.borrow_mut().set_value_at(i, value),
            None => table.borrow_mut().insert_new(h, key, value),
        }
        Ok(())
    }

    pub fn dict_del_item(&mut self, table: &Rc<RefCell<PyDict>>, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.table_find(table, key, h)? {
            Some(i) => Ok(table.borrow_mut().remove_at(i).map(|e| e.value)),
            None => Ok(None),
        }
    }

    pub fn new_dict_from_pairs(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let table = Rc::new(RefCell::new(PyDict::new()));
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            self.dict_set_item(&table, k, v)?;
        }
        Ok(Value::Dict(table))
    }

    /// `target.update(m)` for `{**m}` and (with `callable`) `f(**m)` duplicate checking.
    pub fn dict_update_from(&mut self, target: &Value, m: &Value, callable: Option<&Value>) -> PyResult<()> {
        let Value::Dict(dst) = target else { return Ok(()) };
        let pairs: Vec<(Value, Value)> = match m {
            Value::Dict(src) => {
                if callable.is_none() && !Rc::ptr_eq(src, dst) {
                    dst.borrow_mut().prepare_merge(&src.borrow());
                }
                src.borrow().items()
            }
            _ => {
                let Some(keys) = self.lookup_attr_opt(m, "keys")? else {
                    let what = if callable.is_some() {
                        let fname = callable.map(|c| self.callable_name(c)).unwrap_or_default();
                        format!("{fname} argument after ** must be a mapping, not {}", self.type_name(m))
                    } else {
                        format!("'{}' object is not a mapping", self.type_name(m))
                    };
                    return Err(PyErr::type_error(what));
                };
                let keys = self.call(&keys, vec![])?;
                let mut out = Vec::new();
                for k in self.collect_iterable(&keys)? {
                    let v = self.getitem(m, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in pairs {
            if let Some(c) = callable {
                if !matches!(k, Value::Str(_)) {
                    // `str.format` is METH_VARARGS|METH_KEYWORDS in CPython: its kwargs dict
                    // reaches it unchecked, and a non-str key can never name a field (digits
                    // are positional), so dropping it gives CPython's result.
                    if matches!(c, Value::Builtin(b) if &*b.name == "format" && b.owner.as_deref() == Some("str")) {
                        continue;
                    }
                    // CPython 3.11 names no function here (unlike "got multiple values").
                    return Err(PyErr::type_error("keywords must be strings"));
                }
                if self.dict_get_item(target, &k)?.is_some() {
                    return Err(PyErr::type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        self.callable_name(c),
                        k.as_str().unwrap_or("")
                    )));
                }
            }
            self.dict_set_item(dst, k, v)?;
        }
        Ok(())
    }

    /// `mod.f()`-style name for call error messages (CPython's `_PyObject_FunctionStr`: the
    /// qualified name, prefixed by the module unless it is `builtins`).
    pub fn callable_name(&self, c: &Value) -> String {
        let qualified = |module: Option<Value>, qualname: &str| match module {
            Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.{qualname}()", m.as_str()),
            _ => format!("{qualname}()"),
        };
        match c {
            Value::Function(f) => qualified(Some(f.module.borrow().clone()), &f.qualname.borrow()),
            Value::Method(m) => self.callable_name(&m.func),
            Value::Builtin(b) => format!("{}()", b.name),
            Value::Class(c) => {
                let q = match c.dict.borrow().get_str("__qualname__") {
                    Some(Value::Str(q)) => q.as_str().to_owned(),
                    _ => c.name().to_string(),
                };
                qualified(c.dict.borrow().get_str("__module__"), &q)
            }
            other => format!("{} object", self.type_name(other)),
        }
    }

    pub fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Value::Dict(x), Value::Dict(_)) = (a, b) else { return Ok(false) };
        let items = x.borrow().items();
        let Value::Dict(y) = b else { return Ok(false) };
        if items.len() != y.borrow().len() {
            return Ok(false);
        }
        for (k, v) in items {
            match self.dict_get_item(b, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    // ---- sets ----
    // Sets use CPython's table (object/set_table.rs) so they iterate in CPython's order.
    // Single-key operations first probe in place with equality that needs no script code;
    // when a comparison needs `__eq__`, the operation reruns on a snapshot of the table (so a
    // user `__eq__` that mutates the set cannot invalidate a borrow) and stores it back.

    /// Key equality for set tables: native when possible, else `stored == probe`.
    fn set_key_eq(&mut self, stored: &Value, probe: &Value) -> PyResult<bool> {
        match native_key_eq(stored, probe) {
            Some(r) => Ok(r),
            None => self.eq(stored, probe),
        }
    }

    /// The hash of a set key; a `set` key is looked up as the equal frozenset (CPython).
    fn set_key_hash(&mut self, v: &Value) -> PyResult<(Value, i64)> {
        match self.hash(v) {
            Ok(h) => Ok((v.clone(), h)),
            Err(e) => match v {
                Value::Set(c) => {
                    let f = Value::FrozenSet(Rc::new(c.borrow().copy()));
                    let h = self.hash(&f)?;
                    Ok((f, h))
                }
                _ => Err(e),
            },
        }
    }

    /// Add `v` to a set cell; true when it was new.
    pub fn set_cell_insert(&mut self, cell: &RefCell<PySet>, v: Value, h: i64) -> PyResult<bool> {
        let mut needs_script = false;
        let fast = cell.borrow_mut().table.insert(v.clone(), h, &mut |a, b| {
            native_key_eq(a, b).ok_or_else(|| needs_script = true)
        });
        if let Ok(added) = fast {
            return Ok(added);
        }
        let mut snapshot = cell.borrow().table.clone();
        let added = snapshot.insert(v, h, &mut |a, b| self.set_key_eq(a, b))?;
        cell.borrow_mut().table = snapshot;
        Ok(added)
    }

    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let cell = Rc::new(RefCell::new(PySet::new()));
        for v in items {
            let h = self.hash(&v)?;
            self.set_cell_insert(&cell, v, h)?;
        }
        Ok(Value::Set(cell))
    }

    /// True when the `n` instructions before the current one are all `LoadConst`: a set
    /// display of constants, which CPython 3.11 compiles to a frozenset constant.
    pub fn preceded_by_constants(&self, n: usize) -> bool {
        let Some(f) = self.frames.last() else { return false };
        let Some(start) = f.ip.checked_sub(n + 1) else { return false };
        f.code.code.body().instructions[start..f.ip - 1]
            .iter()
            .all(|i| matches!(i, crate::bytecode::opcode::Instr::LoadConst(_)))
    }

    /// `{1, 2, 3}` as CPython builds it: the constant frozenset is built from the items, then
    /// rebuilt by constant merging from its own iteration order, then merged into a new set.
    pub fn new_constant_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let Value::Set(first) = self.new_set(items)? else { return Ok(Value::None) };
        let again = first.borrow().items();
        let Value::Set(second) = self.new_set(again)? else { return Ok(Value::None) };
        let merged = second.borrow().copy();
        Ok(Value::Set(Rc::new(RefCell::new(merged))))
    }

    pub fn set_add(&mut self, s: &Value, v: Value) -> PyResult<()> {
        let Value::Set(cell) = s else { return Ok(()) };
        let h = self.hash(&v)?;
        self.set_cell_insert(cell, v, h)?;
        Ok(())
    }

    /// `s.discard(v)`: true when it was present.
    pub fn set_discard(&mut self, s: &Value, v: &Value) -> PyResult<bool> {
        let Value::Set(cell) = s else { return Ok(false) };
        let (v, h) = self.set_key_hash(v)?;
        let fast = cell.borrow_mut().table.remove(&v, h, &mut |a, b| native_key_eq(a, b).ok_or(()));
        if let Ok(r) = fast {
            return Ok(r.is_some());
        }
        let mut snapshot = cell.borrow().table.clone();
        let r = snapshot.remove(&v, h, &mut |a, b| self.set_key_eq(a, b))?;
        cell.borrow_mut().table = snapshot;
        Ok(r.is_some())
    }

    /// A copy of the table of a set or frozenset.
    pub fn set_table_of(&self, s: &Value) -> Option<SetTable<Value>> {
        match s {
            Value::Set(c) => Some(c.borrow().table.clone()),
            Value::FrozenSet(f) => Some(f.table.clone()),
            _ => None,
        }
    }

    pub fn set_contains(&mut self, s: &Value, v: &Value) -> PyResult<bool> {
        let (v, h) = self.set_key_hash(v)?;
        let fast = match s {
            Value::Set(c) => c.borrow().table.contains(&v, h, &mut |a, b| native_key_eq(a, b).ok_or(())),
            Value::FrozenSet(f) => f.table.contains(&v, h, &mut |a, b| native_key_eq(a, b).ok_or(())),
            _ => return Ok(false),
        };
        if let Ok(r) = fast {
            return Ok(r);
        }
        let Some(snapshot) = self.set_table_of(s) else { return Ok(false) };
        snapshot.contains(&v, h, &mut |a, b| self.set_key_eq(a, b))
    }

    pub fn set_items(&self, s: &Value) -> Vec<Value> {
        match s {
            Value::Set(c) => c.borrow().items(),
            Value::FrozenSet(f) => f.items(),
            _ => Vec::new(),
        }
    }

    /// `table |= other` for any iterable, as CPython's set_update_internal: a set merges, a
    /// dict presizes then inserts its keys, anything else inserts item by item.
    pub fn set_table_update(&mut self, table: &mut SetTable<Value>, other: &Value) -> PyResult<()> {
        if let Some(t) = self.set_table_of(other) {
            return table.merge(&t, &mut |a, b| self.set_key_eq(a, b));
        }
        if let Value::Dict(d) = other {
            let keys = d.borrow().keys();
            table.presize_for(keys.len());
            for k in keys {
                let h = self.hash(&k)?;
                table.insert(k, h, &mut |a, b| self.set_key_eq(a, b))?;
            }
            return Ok(());
        }
        for k in self.collect_iterable(other)? {
            let h = self.hash(&k)?;
            table.insert(k, h, &mut |a, b| self.set_key_eq(a, b))?;
        }
        Ok(())
    }

    /// `set(iterable)` / `frozenset(iterable)`.
    pub fn set_from_iterable(&mut self, v: &Value) -> PyResult<PySet> {
        let mut table = SetTable::new();
        self.set_table_update(&mut table, v)?;
        Ok(PySet::from_table(table))
    }

    /// `s.update(other)` in place (snapshot, update, store back).
    pub fn set_update(&mut self, s: &Value, other: &Value) -> PyResult<()> {
        let Value::Set(cell) = s else { return Ok(()) };
        if let Value::Set(o) = other {
            if Rc::ptr_eq(cell, o) {
                return Ok(());
            }
        }
        let mut snapshot = cell.borrow().table.clone();
        self.set_table_update(&mut snapshot, other)?;
        cell.borrow_mut().table = snapshot;
        Ok(())
    }

    /// The table-level `a op b` for two sets (either may be frozen).
    pub fn set_table_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<SetTable<Value>>> {
        let (Some(ta), Some(tb)) = (self.set_table_of(a), self.set_table_of(b)) else { return Ok(None) };
        let same = a.is(b);
        let tb = if same { &ta } else { &tb };
        let mut eq = |x: &Value, y: &Value| self.set_key_eq(x, y);
        Ok(Some(match op {
            BinOp::Or => SetTable::union(&ta, tb, &mut eq)?,
            BinOp::And => SetTable::intersection(&ta, tb, &mut eq)?,
            BinOp::Sub if same => SetTable::new(),
            BinOp::Sub => SetTable::difference(&ta, tb, &mut eq)?,
            BinOp::Xor if same => SetTable::new(),
            BinOp::Xor => SetTable::symmetric_difference(&ta, tb, &mut eq)?,
            _ => return Ok(None),
        }))
    }

    /// `a op b` for sets: the result has the type of `a`.
    pub fn set_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let Some(t) = self.set_table_binary(op, a, b)? else { return Ok(None) };
        Ok(Some(match a {
            Value::FrozenSet(_) => Value::FrozenSet(Rc::new(PySet::from_table(t))),
            _ => Value::Set(Rc::new(RefCell::new(PySet::from_table(t)))),
        }))
    }

    /// `a op= b` for a set `a` and a set or frozenset `b`, mutating `a`.
    pub fn set_inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let Value::Set(cell) = a else { return Ok(None) };
        let Some(tb) = self.set_table_of(b) else { return Ok(None) };
        let mut ta = cell.borrow().table.clone();
        let same = a.is(b);
        let mut eq = |x: &Value, y: &Value| self.set_key_eq(x, y);
        match op {
            BinOp::Or if same => {}
            BinOp::Or => ta.merge(&tb, &mut eq)?,
            BinOp::And if same => {}
            BinOp::And => ta = SetTable::intersection(&ta, &tb, &mut eq)?,
            BinOp::Sub | BinOp::Xor if same => ta.clear(),
            BinOp::Sub => ta.difference_update(&tb, &mut eq)?,
            BinOp::Xor => ta.symmetric_difference_update(&tb, &mut eq)?,
            _ => return Ok(None),
        }
        cell.borrow_mut().table = ta;
        Ok(Some(a.clone()))
    }

    /// `t ^= other` on a detached table.
    pub fn set_table_xor_into(&mut self, t: &mut SetTable<Value>, other: &SetTable<Value>) -> PyResult<()> {
        t.symmetric_difference_update(other, &mut |a, b| self.set_key_eq(a, b))
    }

    /// `a <= b` as CPython's set_issubset: sizes first, then membership.
    pub fn set_is_subset(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (xa, nb) = (self.set_items(a), self.set_items(b).len());
        if xa.len() > nb {
            return Ok(false);
        }
        for v in &xa {
            if !self.set_contains(b, v)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub fn set_compare(&mut self, op: CompareOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (na, nb) = (self.set_items(a).len(), self.set_items(b).len());
        Ok(Value::bool(match op {
            CompareOp::Eq => na == nb && self.set_is_subset(a, b)?,
            CompareOp::Ne => !(na == nb && self.set_is_subset(a, b)?),
            CompareOp::Le => self.set_is_subset(a, b)?,
            CompareOp::Lt => na < nb && self.set_is_subset(a, b)?,
            CompareOp::Ge => self.set_is_subset(b, a)?,
            CompareOp::Gt => nb < na && self.set_is_subset(b, a)?,
        }))
    }

    // ---- subscription ----

    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if let Some(k) = self.sequence_index_key(container, key)? {
            return self.getitem(container, &k);
        }
        if let Value::Slice(s) = key {
            if let Some(v) = crate::builtins::slice::contiguous_slice(self, container, s)? {
                return Ok(v);
            }
        }
        match container {
            Value::List(l) => match key {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    let l = l.borrow();
                    let i = self.seq_index(key, l.len(), "list")?;
                    Ok(l[i].clone())
                }
                Value::Slice(s) => {
                    let items = l.borrow().clone();
                    let idx = crate::builtins::slice::slice_indices(self, s, items.len())?;
                    let picked = idx.into_iter().map(|i| items[i].clone()).collect();
                    Ok(crate::builtins::container_sizeof::exact_list(picked))
                }
                _ => Err(PyErr::type_error(format!("list indices must be integers or slices, not {}", self.type_name(key)))),
            },
            Value::Tuple(t) => match key {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    let i = self.seq_index(key, t.len(), "tuple")?;
                    Ok(t[i].clone())
                }
                Value::Slice(s) => {
                    let idx = crate::builtins::slice::slice_indices(self, s, t.len())?;
                    Ok(Value::tuple(idx.into_iter().map(|i| t[i].clone()).collect()))
                }
                _ => Err(PyErr::type_error(format!("tuple indices must be integers or slices, not {}", self.type_name(key)))),
            },
            Value::Str(s) => match key {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    let i = self.seq_index(key, s.char_len(), "string")?;
                    Ok(s.char_at(i).map_or_else(|| Value::str(""), |c| self.char_str(c)))
                }
                Value::Slice(sl) => {
                    let idx = crate::builtins::slice::slice_indices(self, sl, s.char_len())?;
                    if let Some((&first, &last)) = idx.first().zip(idx.last()) {
                        if first <= last && idx.len() == last - first + 1 && (idx.len() < 2 || idx[1] == first + 1) {
                            // The whole string is the string itself (CPython's unicode_subscript).
                            if first == 0 && idx.len() == s.char_len() {
                                return Ok(container.clone());
                            }
                            return Ok(Value::str(s.slice_chars(first, last + 1)));
                        }
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    Ok(Value::string(idx.into_iter().map(|i| chars[i]).collect()))
                }
                _ => Err(PyErr::type_error(format!("string indices must be integers, not '{}'", self.type_name(key)))),
            },
            Value::Bytes(b) => match key {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    let i = self.seq_index(key, b.len(), "index")?;
                    Ok(Value::Int(b[i] as i64))
                }
                Value::Slice(s) => {
                    let idx = crate::builtins::slice::slice_indices(self, s, b.len())?;
                    Ok(Value::Bytes(idx.into_iter().map(|i| b[i]).collect::<Vec<u8>>().into()))
                }
                _ => Err(PyErr::type_error(format!("byte indices must be integers or slices, not {}", self.type_name(key)))),
            },
            Value::ByteArray(b) => match key {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    let b = b.borrow();
                    let i = self.seq_index(key, b.len(), "bytearray")?;
                    Ok(Value::Int(b[i] as i64))
                }
                Value::Slice(s) => {
                    let items = b.borrow().clone();
                    let idx = crate::builtins::slice::slice_indices(self, s, items.len())?;
                    Ok(Value::ByteArray(Rc::new(RefCell::new(idx.into_iter().map(|i| items[i]).collect()))))
                }
                _ => Err(PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", self.type_name(key)))),
            },
            Value::Range(r) => crate::builtins::range::range_getitem(self, r, key),
            Value::Dict(_) => match self.dict_get_item(container, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::key_error(key.clone())),
            },
            Value::Class(cls) => {
                // matches CPython: the metaclass's `__getitem__` (an Enum's `Color['RED']`)
                // comes before `__class_getitem__`.
                let meta = self.type_of(container);
                if !Rc::ptr_eq(&meta, &self.types.type_) {
                    if let Some(m) = meta.lookup("__getitem__") {
                        return self.call_bound_special(&m, container, vec![key.clone()]);
                    }
                }
                if let Some(m) = cls.lookup("__class_getitem__") {
                    let f = match m {
                        Value::ClassMethod(inner) => (*inner).clone(),
                        other => other,
                    };
                    return self.call(&f, vec![container.clone(), key.clone()]);
                }
                // `list[int]` and friends: `types.GenericAlias` (not the core scalar types,
                // which have no `__class_getitem__` in CPython).
                const NOT_GENERIC: &[&str] = &[
                    "object", "int", "bool", "float", "complex", "str", "bytes", "bytearray", "range", "slice",
                    "NoneType", "memoryview", "property", "staticmethod", "classmethod", "super",
                ];
                if self.is_builtin_class(cls) && !NOT_GENERIC.contains(&&*cls.name()) {
                    let types = self.import_module("types")?;
                    let alias = self.getattr(&types, &Value::str("GenericAlias"))?;
                    return self.call(&alias, vec![container.clone(), key.clone()]);
                }
                Err(PyErr::type_error(format!("type '{}' is not subscriptable", cls.name())))
            }
            _ => {
                if let Some(m) = self.lookup_special(container, "__getitem__") {
                    if !matches!(&m, Value::Builtin(b) if b.owner.is_some()) {
                        return self.call_bound_special(&m, container, vec![key.clone()]);
                    }
                }
                if let Some(b) = self.builtin_base(container) {
                    if let Value::Dict(_) = b {
                        if let Some(v) = self.dict_get_item(&b, key)? {
                            return Ok(v);
                        }
                        if let Some(missing) = self.lookup_special(container, "__missing__") {
                            return self.call_bound_special(&missing, container, vec![key.clone()]);
                        }
                        return Err(PyErr::key_error(key.clone()));
                    }
                    return self.getitem(&b, key);
                }
                Err(PyErr::type_error(format!("'{}' object is not subscriptable", self.type_name(container))))
            }
        }
    }

    pub fn setitem(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Some(k) = self.sequence_index_key(container, &key)? {
            return self.setitem(container, k, value);
        }
        match container {
            Value::List(l) => match &key {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    let len = l.borrow().len();
                    let i = self.seq_index(&key, len, "list assignment")?;
                    l.borrow_mut()[i] = value;
                    Ok(())
                }
                Value::Slice(s) => {
                    // CPython's list_ass_subscript: the slice is checked before the value, and
                    // a non-iterable value is named by the kind of slice.
                    let (_, _, step) = crate::builtins::slice::slice_bounds(self, s, l.borrow().len())?;
                    let msg = if step == 1 { "can only assign an iterable" } else { "must assign iterable to extended slice" };
                    let items = self.collect_iterable_or(&value, || msg.into())?;
                    crate::builtins::slice::list_assign_slice(self, l, s, items)
                }
                _ => Err(PyErr::type_error(format!("list indices must be integers or slices, not {}", self.type_name(&key)))),
            },
            Value::Dict(d) => self.dict_set_item(d, key, value),
            Value::ByteArray(b) => self.bytearray_setitem(b, key, value),
            _ => {
                if let Some(m) = self.lookup_special(container, "__setitem__") {
                    if !matches!(&m, Value::Builtin(b) if b.owner.is_some()) {
                        self.call_bound_special(&m, container, vec![key, value])?;
                        return Ok(());
                    }
                }
                if let Some(b) = self.builtin_base(container) {
                    return self.setitem(&b, key, value);
                }
                Err(PyErr::type_error(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(container)
                )))
            }
        }
    }

    pub fn delitem(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        if let Some(k) = self.sequence_index_key(container, key)? {
            return self.delitem(container, &k);
        }
        match container {
            Value::List(l) => match key {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    let len = l.borrow().len();
                    let i = self.seq_index(key, len, "list assignment")?;
                    l.borrow_mut().remove(i);
                    Ok(())
                }
                Value::Slice(s) => {
                    let len = l.borrow().len();
                    let mut idx = crate::builtins::slice::slice_indices(self, s, len)?;
                    idx.sort_unstable();
                    // One pass, not a `remove` per index (which made `del a[:k]` quadratic);
                    // the removed values are dropped after the borrow ends, since their
                    // finalizers may look at the list.
                    let removed: Vec<Value> = {
                        let mut items = l.borrow_mut();
                        match (idx.first(), idx.last()) {
                            (Some(&a), Some(&b)) if b - a + 1 == idx.len() => items.drain(a..=b).collect(),
                            (Some(_), Some(_)) => {
                                let mut doomed = vec![false; items.len()];
                                for &i in &idx {
                                    doomed[i] = true;
                                }
                                let old = std::mem::take(&mut *items);
                                let mut gone = Vec::with_capacity(idx.len());
                                for (i, v) in old.into_iter().enumerate() {
                                    if doomed[i] { gone.push(v) } else { items.push(v) }
                                }
                                gone
                            }
                            _ => Vec::new(),
                        }
                    };
                    // CPython releases a plain slice's items last to first (`list_ass_slice`),
                    // an extended slice's in ascending order.
                    if matches!(s.2, Value::None | Value::Int(1)) {
                        crate::object::list_cell::release_reversed(removed);
                    } else {
                        drop(removed);
                    }
                    Ok(())
                }
                _ => Err(PyErr::type_error(format!("list indices must be integers or slices, not {}", self.type_name(key)))),
            },
            Value::ByteArray(b) => self.bytearray_delitem(b, key),
            Value::Dict(d) => match self.dict_del_item(d, key)? {
                Some(_) => Ok(()),
                None => Err(PyErr::key_error(key.clone())),
            },
            _ => {
                if let Some(m) = self.lookup_special(container, "__delitem__") {
                    if !matches!(&m, Value::Builtin(b) if b.owner.is_some()) {
                        self.call_bound_special(&m, container, vec![key.clone()])?;
                        return Ok(());
                    }
                }
                if let Some(b) = self.builtin_base(container) {
                    return self.delitem(&b, key);
                }
                // matches CPython: types with sequence methods (script classes included) fail in
                // PySequence_DelItem ("doesn't"), the others in PyObject_DelItem ("does not").
                // (A bare `object()` is no script class: it has no sequence methods.)
                let sequence = match container {
                    Value::Str(_) | Value::Bytes(_) | Value::Tuple(_) | Value::Range(_) | Value::Set(_) | Value::FrozenSet(_) => true,
                    Value::Instance(_) => !Rc::ptr_eq(&self.type_of(container), &self.types.object),
                    _ => false,
                };
                let how = if sequence { "doesn't" } else { "does not" };
                Err(PyErr::type_error(format!("'{}' object {how} support item deletion", self.type_name(container))))
            }
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.borrow().len(),
            Value::Set(s) => s.borrow().len(),
            Value::FrozenSet(s) => s.len(),
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.borrow().len(),
            Value::Range(r) => crate::builtins::range::range_len(r.0, r.1, r.2) as usize,
            _ => {
                if let Some(m) = self.lookup_special(v, "__len__") {
                    if !matches!(&m, Value::Builtin(b) if b.owner.is_some()) {
                        let r = self.call_bound_special(&m, v, vec![])?;
                        return self.len_result(r);
                    }
                }
                if let Some(b) = self.builtin_base(v) {
                    return self.len(&b);
                }
                return Err(PyErr::type_error(format!("object of type '{}' has no len()", self.type_name(v))));
            }
        })
    }

}

impl Vm {
    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::List(l) => {
                let items = l.borrow().clone();
                for x in items.iter() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for x in t.iter() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(_) => Ok(self.dict_get_item(container, item)?.is_some()),
            Value::Set(_) | Value::FrozenSet(_) => self.set_contains(container, item),
            Value::Range(r) => match item {
                Value::Int(i) => Ok(crate::builtins::range::range_contains(r, *i)),
                Value::Bool(b) => Ok(crate::builtins::range::range_contains(r, b.get() as i64)),
                // Every item of a range fits in i64.
                Value::BigInt(_) => Ok(false),
                _ => self.contains_by_iteration(container, item),
            },
            Value::Bytes(_) | Value::ByteArray(_) => {
                let b = super::ops::bytes_like(container);
                match item {
                    Value::Int(i) if (0..256).contains(i) => Ok(b.contains(&(*i as u8))),
                    Value::Int(_) | Value::BigInt(_) => Err(PyErr::value_error("byte must be in range(0, 256)")),
                    // bool is an int: `True in b'\x01'`.
                    Value::Bool(v) => Ok(b.contains(&(v.get() as u8))),
                    Value::Bytes(_) | Value::ByteArray(_) => {
                        let sub = super::ops::bytes_like(item);
                        Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]))
                    }
                    _ => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", self.type_name(item)))),
                }
            }
            _ => {
                if let Some(m) = self.lookup_special(container, "__contains__") {
                    // CPython: `__contains__ = None` blocks the iteration fallback.
                    if m.is_none() {
                        let t = self.type_of(container).tp_name();
                        return Err(PyErr::type_error(format!("'{t}' object is not a container")));
                    }
                    let r = self.call_bound_special(&m, container, vec![item.clone()])?;
                    return self.is_true(&r);
                }
                if let Some(b) = self.builtin_base(container) {
                    return self.contains(&b, item);
                }
                self.contains_by_iteration(container, item)
            }
        }
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = match self.get_iter(container) {
            Ok(it) => it,
            // matches CPython's _PySequence_IterSearch: only a TypeError becomes "not
            // iterable"; an `__iter__` raising anything else propagates it.
            Err(e) if !self.err_matches(&e, crate::object::ExcKind::TypeError) => return Err(e),
            Err(_) => {
                return Err(PyErr::type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                )))
            }
        };
        while let Some(x) = self.iter_next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
