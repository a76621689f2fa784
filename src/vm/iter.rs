//! The iteration protocol: `iter()`, `next()`, `for` loops, unpacking, collecting iterables.

use std::cell::RefCell;
use std::rc::Rc;

use super::generator::{Resume, Step};
use super::Vm;
use crate::object::{ExcKind, IterObj, PyErr, PyResult, Value};

impl Vm {
    /// `iter(v)`; TypeError "'int' object is not iterable".
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let it = match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => {
                IterObj::Seq { seq: v.clone(), index: 0 }
            }
            Value::Range(r) => IterObj::Range { cur: r.0, stop: r.1, step: r.2 },
            Value::Dict(d) => {
                let len = d.borrow().len();
                IterObj::Dict { dict: d.clone(), pos: 0, len, left: len, what: 0 }
            }
            Value::Set(s) => IterObj::Snapshot { items: s.borrow().items(), index: 0, name: "set_iterator", source: Some(s.clone()) },
            Value::FrozenSet(s) => IterObj::Snapshot { items: s.items(), index: 0, name: "set_iterator", source: None },
            Value::Iter(_) | Value::Generator(_) => {
                if let Value::Generator(g) = v {
                    if g.kind != crate::object::generator::GenKind::Generator {
                        return Err(self.not_iterable(v));
                    }
                }
                return Ok(v.clone());
            }
            _ => {
                if let Some(m) = self.lookup_special(v, "__iter__") {
                    if m.is_none() {
                        return Err(self.not_iterable(v));
                    }
                    let it = self.call_bound_special(&m, v, vec![])?;
                    if !self.is_iterator(&it) {
                        return Err(PyErr::type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
                if let Some(b) = self.builtin_base(v) {
                    return self.get_iter(&b);
                }
                if self.lookup_special(v, "__getitem__").is_some() {
                    IterObj::GetItem { obj: v.clone(), index: 0 }
                } else {
                    return Err(self.not_iterable(v));
                }
            }
        };
        Ok(Value::Iter(Rc::new(RefCell::new(it))))
    }

    /// Whether `iter(v)` can succeed without calling anything (CPython's `tp_iter` or
    /// sequence check, used to word the `*x` unpacking errors).
    pub fn can_iterate(&self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => true,
            Value::Range(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) | Value::Iter(_) => true,
            Value::Generator(g) => g.kind == crate::object::generator::GenKind::Generator,
            _ => match self.lookup_special(v, "__iter__") {
                Some(m) => !m.is_none(),
                None => self.builtin_base(v).is_some() || self.lookup_special(v, "__getitem__").is_some(),
            },
        }
    }

    fn not_iterable(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iter(_) => true,
            Value::Generator(g) => g.kind == crate::object::generator::GenKind::Generator,
            _ => self.lookup_special(v, "__next__").is_some(),
        }
    }

    /// The next item, or None when exhausted (StopIteration is absorbed).
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(cell) => self.builtin_iter_next(cell),
            Value::Generator(g) => match self.resume(g, Resume::Send(Value::None)) {
                Ok(Step::Yield { value, .. }) => Ok(Some(value)),
                Ok(Step::Return(_)) => Ok(None),
                // An exhausted generator answers StopIteration (PEP 479 turns any raised inside it
                // into RuntimeError, so this one can only mean "finished").
                Err(e) if self.err_matches(&e, ExcKind::StopIteration) && g.is_finished() => Ok(None),
                Err(e) => Err(e),
            },
            _ => {
                let Some(m) = self.lookup_special(it, "__next__") else {
                    return Err(PyErr::type_error(format!("'{}' object is not an iterator", self.type_name(it))));
                };
                match self.call_bound_special(&m, it, vec![]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// `ForIter`: like `iter_next`.
    pub fn for_iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Iter(cell) = it {
            // Fast paths without re-borrowing through the generic function.
            let mut b = cell.borrow_mut();
            match &mut *b {
                IterObj::Range { cur, stop, step } => {
                    let c = *cur;
                    if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                        *cur = c.wrapping_add(*step);
                        return Ok(Some(Value::Int(c)));
                    }
                    return Ok(None);
                }
                IterObj::Seq { seq: Value::List(l), index } => {
                    let l = l.borrow();
                    return Ok(match l.get(*index) {
                        Some(v) => {
                            *index += 1;
                            Some(v.clone())
                        }
                        None => None,
                    });
                }
                _ => {}
            }
        }
        self.iter_next(it)
    }

    /// `ForIter` followed by `UnpackSequence(2)` over `enumerate(...)` or a two-way `zip(...)`:
    /// the pair the iterator would make a tuple of, for the loop to store directly (CPython
    /// reuses the result tuple for the same reason). None when `it` is another kind of
    /// iterator; `Some(None)` when it is exhausted. The steps, and so the order in which inner
    /// iterators run and raise, are those of the tuple-making `builtin_iter_next`.
    pub fn for_iter_pair(&mut self, it: &Value) -> PyResult<Option<Option<(Value, Value)>>> {
        let Value::Iter(cell) = it else { return Ok(None) };
        let b = cell.borrow();
        match &*b {
            IterObj::Enumerate { it, count: Value::Int(n) } if *n < i64::MAX => {
                let (inner, n) = (it.clone(), *n);
                drop(b);
                let Some(v) = self.for_iter_next(&inner)? else { return Ok(Some(None)) };
                if let IterObj::Enumerate { count, .. } = &mut *cell.borrow_mut() {
                    *count = Value::Int(n + 1);
                }
                Ok(Some(Some((Value::Int(n), v))))
            }
            IterObj::Zip { its, strict: false } if its.len() == 2 => {
                let (first, second) = (its[0].clone(), its[1].clone());
                drop(b);
                let step = match self.for_iter_next(&first)? {
                    Some(a) => self.for_iter_next(&second)?.map(|b| (a, b)),
                    None => None,
                };
                if step.is_none() {
                    { let mut it = cell.borrow_mut(); *it = IterObj::Exhausted(it.type_name()); }
                }
                Ok(Some(step))
            }
            _ => Ok(None),
        }
    }

    fn builtin_iter_next(&mut self, cell: &Rc<RefCell<IterObj>>) -> PyResult<Option<Value>> {
        // Iterators that call script code must not hold the borrow across the call.
        let mut b = cell.borrow_mut();
        match &mut *b {
            IterObj::Seq { seq, index } => {
                let i = *index;
                let v = match seq {
                    Value::List(l) => l.borrow().get(i).cloned(),
                    Value::Tuple(t) => t.get(i).cloned(),
                    Value::Str(s) => {
                        if i < s.char_len() {
                            s.char_at(i).map(|c| self.char_str(c))
                        } else {
                            None
                        }
                    }
                    Value::Bytes(bs) => bs.get(i).map(|x| Value::Int(*x as i64)),
                    Value::ByteArray(bs) => bs.borrow().get(i).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                if v.is_some() {
                    *index += 1;
                } else {
                    *b = IterObj::Exhausted(b.type_name());
                }
                Ok(v)
            }
            IterObj::Range { cur, stop, step } => {
                let c = *cur;
                if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                    *cur = c.wrapping_add(*step);
                    Ok(Some(Value::Int(c)))
                } else {
                    Ok(None)
                }
            }
            IterObj::Dict { dict, pos, len, left, what } => {
                let d = dict.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    return Err(PyErr::runtime_error("dictionary changed size during iteration"));
                }
                match d.next_from(*pos) {
                    Some(_) if *left == 0 => {
                        // matches CPython's dictiter: keys removed and added back (same size)
                        // leave more entries than the dict had; the iterator then stops.
                        *pos = usize::MAX;
                        Err(PyErr::runtime_error("dictionary keys changed during iteration"))
                    }
                    Some((next, e)) => {
                        *pos = next;
                        *left -= 1;
                        Ok(Some(match what {
                            0 => e.key.clone(),
                            1 => e.value.clone(),
                            _ => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterObj::Snapshot { items, index, source, .. } => {
                if let Some(set) = source {
                    if set.borrow().len() != items.len() {
                        // CPython reports the change once, then the iterator is exhausted.
                        *index = items.len();
                        *source = None;
                        return Err(PyErr::runtime_error("Set changed size during iteration"));
                    }
                }
                let v = items.get(*index).cloned();
                if v.is_some() {
                    *index += 1;
                }
                Ok(v)
            }
            IterObj::Enumerate { it, count } => {
                let it = it.clone();
                let n = count.clone();
                drop(b);
                match self.iter_next(&it)? {
                    Some(v) => {
                        let next = match &n {
                            Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
                            _ => self.binary_op(crate::bytecode::opcode::BinOp::Add, &n, &Value::Int(1), false)?,
                        };
                        if let IterObj::Enumerate { count, .. } = &mut *cell.borrow_mut() {
                            *count = next;
                        }
                        Ok(Some(Value::tuple(vec![n, v])))
                    }
                    None => Ok(None),
                }
            }
            IterObj::Zip { its, strict } => {
                let its = its.clone();
                let strict = *strict;
                drop(b);
                let mut out = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.iter_next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict {
                                if let Some(msg) = self.zip_strict_mismatch(&its, i)? {
                                    return Err(PyErr::value_error(msg));
                                }
                            }
                            { let mut it = cell.borrow_mut(); *it = IterObj::Exhausted(it.type_name()); }
                            return Ok(None);
                        }
                    }
                }
                if out.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(out)))
            }
            IterObj::Map { func, its } => {
                let (func, its) = (func.clone(), its.clone());
                drop(b);
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, args).map(Some)
            }
            IterObj::Filter { func, it } => {
                let (func, it) = (func.clone(), it.clone());
                drop(b);
                loop {
                    let Some(v) = self.iter_next(&it)? else { return Ok(None) };
                    let keep = if func.is_none() {
                        self.is_true(&v)?
                    } else {
                        let r = self.call(&func, vec![v.clone()])?;
                        self.is_true(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterObj::Reversed { seq, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                let i = *index;
                let seq = seq.clone();
                drop(b);
                match &seq {
                    Value::List(l) => {
                        let v = l.borrow().get(i).cloned();
                        if v.is_none() {
                            { let mut it = cell.borrow_mut(); *it = IterObj::Exhausted(it.type_name()); }
                        }
                        Ok(v)
                    }
                    _ => self.getitem(&seq, &Value::Int(i as i64)).map(Some),
                }
            }
            IterObj::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(b);
                let v = self.call(&func, vec![])?;
                if self.eq(&v, &sentinel)? {
                    { let mut it = cell.borrow_mut(); *it = IterObj::Exhausted(it.type_name()); }
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterObj::GetItem { obj, index } => {
                let (obj, i) = (obj.clone(), *index);
                drop(b);
                match self.getitem(&obj, &Value::Int(i)) {
                    Ok(v) => {
                        if let IterObj::GetItem { index, .. } = &mut *cell.borrow_mut() {
                            *index += 1;
                        }
                        Ok(Some(v))
                    }
                    Err(e) if self.err_matches(&e, ExcKind::IndexError) || self.err_matches(&e, ExcKind::StopIteration) => {
                        { let mut it = cell.borrow_mut(); *it = IterObj::Exhausted(it.type_name()); }
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterObj::Exhausted(_) => Ok(None),
        }
    }

    /// CPython's `zip(strict=True)` message when iterator `i` ran out: a later iterator is
    /// "shorter" when `i > 0`; when the first one ran out, the first later iterator that still
    /// yields is "longer than argument(s) 1-k".
    fn zip_strict_mismatch(&mut self, its: &[Value], i: usize) -> PyResult<Option<String>> {
        let plural = |k: usize| if k > 1 { format!("s 1-{k}") } else { " 1".to_string() };
        if i > 0 {
            return Ok(Some(format!("zip() argument {} is shorter than argument{}", i + 1, plural(i))));
        }
        for (k, it) in its.iter().enumerate().skip(1) {
            if self.iter_next(it)?.is_some() {
                return Ok(Some(format!("zip() argument {} is longer than argument{}", k + 1, plural(k))));
            }
        }
        Ok(None)
    }

    /// All items of an iterable.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// All items of an iterable, as CPython's PySequence_Fast: a TypeError from `iter(v)`
    /// becomes `msg` ("can only join an iterable"); errors raised while iterating pass through.
    pub fn collect_iterable_or(&mut self, v: &Value, msg: impl FnOnce() -> String) -> PyResult<Vec<Value>> {
        if matches!(v, Value::List(_) | Value::Tuple(_)) {
            return self.collect_iterable(v);
        }
        let it = match self.get_iter(v) {
            Ok(it) => it,
            Err(e) if self.err_matches(&e, ExcKind::TypeError) => return Err(PyErr::type_error(msg())),
            Err(e) => return Err(e),
        };
        self.collect_iterable(&it)
    }

    /// `a, b = seq`.
    pub fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        if let Value::Tuple(t) = seq {
            if t.len() == n {
                return Ok(t.to_vec());
            }
        }
        let it = match self.get_iter(seq) {
            Ok(it) => it,
            Err(_) => {
                return Err(PyErr::type_error(format!("cannot unpack non-iterable {} object", self.type_name(seq))))
            }
        };
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match self.iter_next(&it)? {
                Some(v) => out.push(v),
                None => {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        out.len()
                    )))
                }
            }
        }
        if self.iter_next(&it)?.is_some() {
            // matches CPython 3.11: no "got N" (that came in 3.12).
            return Err(PyErr::value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(out)
    }

    /// `a, *b, c = seq`.
    pub fn unpack_ex(&mut self, seq: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let items = match self.collect_iterable(seq) {
            Ok(items) => items,
            Err(e) if self.err_matches(&e, ExcKind::TypeError) => {
                return Err(PyErr::type_error(format!("cannot unpack non-iterable {} object", self.type_name(seq))))
            }
            Err(e) => return Err(e),
        };
        if items.len() < before + after {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = Vec::with_capacity(before + after + 1);
        out.extend(items[..before].iter().cloned());
        out.push(Value::list(items[before..items.len() - after].to_vec()));
        out.extend(items[items.len() - after..].iter().cloned());
        Ok(out)
    }
}
