//! Instances whose `__dict__` was assigned another dict (`self.__dict__ = self` in a dict
//! subclass, the AttrsRef idiom, or `obj.__dict__ = shared`). CPython then keeps that very
//! dict as the attribute storage, so later changes through either name are seen by both.
//! `Instance::dict` cannot be swapped in place, so the replacement lives in a table keyed by
//! the instance's address; only classes marked `dict_replaced` ever look here.

use std::cell::RefCell;
use std::rc::Rc;

use super::addr_map::AddrMap;
use super::class::{Instance, Payload};
use super::dict::PyDict;
use super::Value;

/// What an instance's `__dict__` was set to.
#[derive(Clone)]
pub enum Target {
    /// The instance itself (a dict subclass): its base dict holds the attributes. Kept apart
    /// from `Other` so the table holds no reference to the instance.
    OwnPayload,
    /// Another dict or dict-subclass instance, with the dict that stores the attributes.
    Other(Value, Rc<RefCell<PyDict>>),
}

thread_local! {
    static TABLE: RefCell<AddrMap<Target>> = RefCell::new(AddrMap::default());
}

fn addr(inst: &Instance) -> usize {
    inst as *const Instance as usize
}

/// The replacement recorded for `inst`, if any.
pub fn get(inst: &Instance) -> Option<Target> {
    TABLE.with(|t| t.borrow().get(&addr(inst)).cloned())
}

/// Record (Some) or drop (None) the replacement of `inst`'s dict.
pub fn set(inst: &Instance, target: Option<Target>) {
    // The old entry is dropped after the table is released: its drop may run code.
    let _old = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        match target {
            Some(x) => t.insert(addr(inst), x),
            None => t.remove(&addr(inst)),
        }
    });
}

/// The instance at `addr` is gone.
pub fn forget(addr: usize) {
    let _old = TABLE.try_with(|t| t.try_borrow_mut().ok().and_then(|mut t| t.remove(&addr)));
}

/// The instance at `from` lives on at `to` (resurrected for `__del__`).
pub fn moved(from: usize, to: usize) {
    let _ = TABLE.try_with(|t| {
        if let Ok(mut t) = t.try_borrow_mut() {
            if let Some(e) = t.remove(&from) {
                t.insert(to, e);
            }
        }
    });
}

/// The dict holding an instance's attributes: its own, unless `__dict__` was replaced.
pub enum AttrsRef<'a> {
    Own(&'a Rc<RefCell<PyDict>>),
    Replaced(Rc<RefCell<PyDict>>),
}

impl std::ops::Deref for AttrsRef<'_> {
    type Target = Rc<RefCell<PyDict>>;
    fn deref(&self) -> &Rc<RefCell<PyDict>> {
        match self {
            AttrsRef::Own(d) => d,
            AttrsRef::Replaced(d) => d,
        }
    }
}

impl Instance {
    /// The dict holding this instance's attributes (see the module comment).
    #[inline]
    pub fn attrs(&self) -> AttrsRef<'_> {
        if !self.class.borrow().dict_replaced.get() {
            return AttrsRef::Own(&self.dict);
        }
        match get(self) {
            Some(Target::Other(_, d)) => AttrsRef::Replaced(d),
            Some(Target::OwnPayload) => match &self.payload {
                Payload::Builtin(Value::Dict(d)) => AttrsRef::Replaced(d.clone()),
                _ => AttrsRef::Own(&self.dict),
            },
            None => AttrsRef::Own(&self.dict),
        }
    }
}
