//! Slot values of instances that also have a `__dict__` (`class Sub(Base)` where only `Base`
//! declares `__slots__`): CPython keeps them in the object's slot storage, outside
//! `__dict__`, so here they live in a table keyed by the instance's address rather than in
//! its attribute dict. Instances without a dict keep their slot values in the (then hidden)
//! dict, which is faster.

use std::cell::RefCell;
use std::rc::Rc;

use super::addr_map::AddrMap;
use super::Value;

type Entries = Vec<(Rc<str>, Value)>;

thread_local! {
    static STORE: RefCell<AddrMap<Entries>> = RefCell::new(AddrMap::default());
}

/// The value of slot `name` of the instance at `addr`.
pub fn get(addr: usize, name: &str) -> Option<Value> {
    STORE.with(|s| s.borrow().get(&addr).and_then(|e| e.iter().find(|(n, _)| &**n == name).map(|(_, v)| v.clone())))
}

/// Set slot `name` of the instance at `addr`.
pub fn set(addr: usize, name: &Rc<str>, value: Value) {
    // The old value is dropped after the table is released: its drop may run code that uses it.
    let _old = STORE.with(|s| {
        let mut s = s.borrow_mut();
        let entries = s.entry(addr).or_default();
        match entries.iter_mut().find(|(n, _)| n == name) {
            Some((_, v)) => Some(std::mem::replace(v, value)),
            None => {
                entries.push((name.clone(), value));
                None
            }
        }
    });
}

/// Clear slot `name` of the instance at `addr`; false when it was not set.
pub fn delete(addr: usize, name: &str) -> bool {
    let old = STORE.with(|s| {
        let mut s = s.borrow_mut();
        let entries = s.get_mut(&addr)?;
        let at = entries.iter().position(|(n, _)| &**n == name)?;
        Some(entries.remove(at))
    });
    old.is_some()
}

/// The instance at `addr` is gone: drop its slot values (after releasing the table).
pub fn forget(addr: usize) {
    let _old = STORE.try_with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.remove(&addr)));
}

/// The instance at `from` lives on at `to` (resurrected for `__del__`).
pub fn moved(from: usize, to: usize) {
    let _ = STORE.try_with(|s| {
        if let Ok(mut s) = s.try_borrow_mut() {
            if let Some(e) = s.remove(&from) {
                s.insert(to, e);
            }
        }
    });
}
