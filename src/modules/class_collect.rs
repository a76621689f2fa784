//! The one reference cycle `gc.collect()` breaks: a class nobody references any more. Every
//! class holds itself (its MRO starts with it) and its methods' `__class__` cell holds it too,
//! so reference counting never frees a class; CPython's cycle collector does, and a weak
//! reference's callback to it then runs (`weakref.ref(C, cb); del C; gc.collect()`).
//!
//! Only classes referenced weakly with a callback are watched. One is collected when every
//! strong reference to it is one of those internal ones: its own MRO entry, and `__class__`
//! cells held only by functions that only its dict holds. The check is exact, so a class
//! anything else can still reach is never touched.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::object::class::AttrCache;
use crate::object::{Args, Class, PyDict, PyResult, Value};
use crate::vm::Vm;

thread_local! {
    static WATCHED: RefCell<Vec<Weak<Class>>> = const { RefCell::new(Vec::new()) };
}

/// Remember `cls` for `collect` (a weak reference with a callback was made to it).
pub fn watch(cls: &Rc<Class>) {
    WATCHED.with(|w| {
        let mut w = w.borrow_mut();
        if !w.iter().any(|c| std::ptr::eq(c.as_ptr(), Rc::as_ptr(cls))) {
            w.push(Rc::downgrade(cls));
        }
    });
}

/// `_weakref._collect_classes()`: free the watched classes only their own cycle keeps alive;
/// returns how many.
pub fn collect(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let watched: Vec<Weak<Class>> = WATCHED.with(|w| {
        let mut w = w.borrow_mut();
        w.retain(|c| c.strong_count() > 0);
        w.clone()
    });
    // The watched classes and their subclasses (which hold them in their MRO): subclasses
    // first, so a freed subclass lets its base go in the same pass.
    let mut candidates: Vec<Weak<Class>> = Vec::new();
    for w in &watched {
        add_with_subclasses(w, &mut candidates);
    }
    // The classes found unreachable, their cycles broken but still held here, so all of them
    // die together below.
    let mut dead: Vec<(usize, Rc<Class>)> = Vec::new();
    loop {
        let before = dead.len();
        for w in candidates.iter().rev() {
            let Some(cls) = w.upgrade() else { continue };
            if dead.iter().any(|(_, d)| Rc::ptr_eq(d, &cls)) {
                continue;
            }
            if unreachable(&cls) {
                // Break the cycle: the dict's functions (and their cells) and the MRO go;
                // dropping `cls` then frees it, which runs the callbacks.
                let depth = cls.mro.borrow().len();
                let contents = std::mem::replace(&mut *cls.dict.borrow_mut(), PyDict::new());
                let mro = std::mem::take(&mut *cls.mro.borrow_mut());
                let bases = std::mem::take(&mut *cls.bases.borrow_mut());
                drop(contents);
                drop(mro);
                drop(bases);
                dead.push((depth, cls));
            }
        }
        if dead.len() == before {
            break;
        }
    }
    let freed = dead.len() as i64;
    // CPython's collector runs the callbacks in the order its unreachable list holds the
    // objects, creation order: a base before its subclasses (shorter MRO first), the others
    // in the order they were watched.
    let mut order: Vec<(usize, usize, Rc<Class>)> = Vec::new();
    for (depth, cls) in dead {
        let at = candidates.iter().position(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(&cls))).unwrap_or(usize::MAX);
        order.push((depth, at, cls));
    }
    order.sort_by_key(|(depth, at, _)| (*depth, *at));
    for (_, _, cls) in order {
        drop(cls);
    }
    Ok(Value::Int(freed))
}

fn add_with_subclasses(w: &Weak<Class>, out: &mut Vec<Weak<Class>>) {
    if out.iter().any(|c| c.ptr_eq(w)) || out.len() > 10_000 {
        return;
    }
    out.push(w.clone());
    let Some(cls) = w.upgrade() else { return };
    let subs = cls.subclasses.borrow().clone();
    for s in &subs {
        add_with_subclasses(s, out);
    }
}

/// Whether every strong reference to `cls` (besides the caller's one) is internal.
fn unreachable(cls: &Rc<Class>) -> bool {
    // The memo of MRO lookups may hold the class's functions; it is only a cache.
    *cls.attr_cache.borrow_mut() = AttrCache::default();
    if Rc::strong_count(&cls.dict) != 1 {
        return false;
    }
    let mut internal = cls.mro.borrow().iter().filter(|c| Rc::ptr_eq(c, cls)).count();
    // `__class__` cells holding the class -> how many of the dict's functions hold them.
    let mut cells: Vec<(Rc<RefCell<Option<Value>>>, usize)> = Vec::new();
    for e in cls.dict.borrow().iter() {
        let Value::Function(f) = &e.value else { continue };
        for c in &f.closure {
            let Value::Cell(cell) = c else { continue };
            let holds_cls = matches!(&*cell.borrow(), Some(Value::Class(k)) if Rc::ptr_eq(k, cls));
            if !holds_cls {
                continue;
            }
            if Rc::strong_count(f) != 1 {
                return false;
            }
            match cells.iter_mut().find(|(k, _)| Rc::ptr_eq(k, cell)) {
                Some((_, n)) => *n += 1,
                None => cells.push((cell.clone(), 1)),
            }
        }
    }
    for (cell, holders) in &cells {
        // (`cells` holds one reference of its own)
        if Rc::strong_count(cell) != holders + 1 {
            return false;
        }
        internal += 1;
    }
    Rc::strong_count(cls) == internal + 1
}
