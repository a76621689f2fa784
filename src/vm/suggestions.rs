//! "Did you mean: 'x'?" for an uncaught NameError or AttributeError, computed like CPython 3.11's
//! `Python/suggestions.c` (a weighted Levenshtein distance over the names in scope).
//!
//! CPython reads the failing frame's locals, globals and builtins when it prints the error;
//! corio frames are gone by then, so raising a NameError records where it happened (only the
//! most recent one: an uncaught NameError is the last one raised in practice).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::Vm;
use crate::object::{ExcKind, Instance, PyDict, PyErr, Value};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The scope a NameError was raised in.
pub struct NameErrorScope {
    exc: Weak<Instance>,
    locals: Vec<Rc<str>>,
    globals: Rc<RefCell<PyDict>>,
}

impl Vm {
    /// `NameError: name 'x' is not defined`, with `.name` set and its scope recorded.
    pub fn name_error_here(&mut self, name: &str) -> PyErr {
        let inst = self.materialize(PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined")));
        crate::object::exception::set_exc_field(&inst, "name", Value::str(name));
        if let Some(f) = self.frames.last() {
            // A function frame's `locals` is only its `locals()` dict: its live names are in
            // the fast slots and cells.
            let mapping = if f.code.code.flags.uses_locals_mapping { f.locals.as_ref() } else { None };
            let locals: Vec<Rc<str>> = match mapping {
                Some(Value::Dict(d)) => d.borrow().items().iter().filter_map(|(k, _)| k.as_str().map(Rc::from)).collect(),
                Some(_) => Vec::new(),
                None => {
                    let code = &f.code.code;
                    let fast = code.varnames.iter().zip(&f.fast).filter(|(_, v)| v.is_some()).map(|(n, _)| n.clone());
                    let cells = code.cellvars.iter().chain(code.freevars.iter()).zip(&f.cells);
                    fast.chain(cells.filter(|(_, c)| c.borrow().is_some()).map(|(n, _)| n.clone())).collect()
                }
            };
            let globals = f.globals.clone();
            self.last_name_error = Some(NameErrorScope { exc: Rc::downgrade(&inst), locals, globals });
        }
        PyErr::from_instance(inst)
    }

    /// The suggestion for a NameError being printed, if it is the recorded one.
    pub fn name_error_suggestion(&self, exc: &Rc<Instance>) -> Option<String> {
        let scope = self.last_name_error.as_ref()?;
        if !std::ptr::eq(scope.exc.as_ptr(), Rc::as_ptr(exc)) {
            return None;
        }
        let name = crate::object::exception::exc_field(exc, "name")?;
        let name = name.as_str()?;
        let keys = |d: &Rc<RefCell<PyDict>>| -> Vec<Rc<str>> {
            d.borrow().items().iter().filter_map(|(k, _)| k.as_str().map(Rc::from)).collect()
        };
        best_match(name, &scope.locals)
            .or_else(|| best_match(name, &keys(&scope.globals)))
            .or_else(|| best_match(name, &keys(&self.builtins)))
    }
}

impl Vm {
    /// The suggestion for an AttributeError carrying `name` and `obj`: the closest name in
    /// `dir(obj)`.
    pub fn attribute_error_suggestion(&mut self, exc: &Rc<Instance>) -> Option<String> {
        let field = |n: &str| crate::object::exception::exc_field(exc, n);
        let (name, obj) = (field("name")?, field("obj")?);
        let name = name.as_str()?.to_owned();
        let dir = self.builtins.borrow().get_str("dir")?;
        let listing = self.call(&dir, vec![obj]).ok()?;
        let names: Vec<Rc<str>> = match listing {
            Value::List(l) => l.borrow().iter().filter_map(|v| v.as_str().map(Rc::from)).collect(),
            _ => return None,
        };
        best_match(&name, &names)
    }
}

/// `_Py_CalculateSuggestions`: the closest candidate within a third of the characters.
fn best_match(name: &str, candidates: &[Rc<str>]) -> Option<String> {
    if candidates.len() > MAX_CANDIDATE_ITEMS || name.len() > MAX_STRING_SIZE {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item.as_ref() == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.map_or(true, |(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(s, _)| s.to_owned())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Weighted edit distance on bytes, giving up (returning `max_cost + 1`) past `max_cost`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bindex, &bc) in b.iter().enumerate() {
        let mut distance = bindex * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_match_cpython() {
        assert_eq!(levenshtein(b"nme", b"name", 100), 2);
        assert_eq!(levenshtein(b"Name", b"name", 100), 1);
        assert_eq!(levenshtein(b"abc", b"abc", 100), 0);
        let c: Vec<Rc<str>> = vec![Rc::from("name"), Rc::from("greet")];
        assert_eq!(best_match("nme", &c).as_deref(), Some("name"));
        assert_eq!(best_match("zzzzz", &c), None);
    }
}
