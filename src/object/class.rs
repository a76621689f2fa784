//! Classes (`type` objects, built-in and user-defined) and instances of user classes.

use std::cell::RefCell;
use std::rc::Rc;

use super::exception::ExcData;
use super::{PyDict, Value};

/// Which built-in layout instances of a class (and its subclasses) have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A plain `object` subclass: attributes in the instance dict.
    Object,
    /// BaseException and subclasses: instances carry `ExcData`.
    Exception,
    /// A built-in type whose values are not `Instance`s (int, str, list, ...). User subclasses
    /// of such a type are Instances holding the base value in `Payload::Builtin`.
    Builtin,
}

pub struct Class {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    /// Direct bases (empty only for `object`).
    pub bases: RefCell<Vec<Rc<Class>>>,
    /// Method resolution order, starting with the class itself (C3 linearisation).
    pub mro: RefCell<Vec<Rc<Class>>>,
    pub dict: Rc<RefCell<PyDict>>,
    pub layout: Layout,
    /// The metaclass when it is not `type`.
    pub metaclass: RefCell<Option<Rc<Class>>>,
    /// For built-in exception classes: which one (used for fast isinstance checks of lazy errors).
    pub exc_kind: Option<super::ExcKind>,
    /// MRO lookups already done, valid while the type epoch is unchanged.
    pub attr_cache: RefCell<AttrCache>,
    /// (epoch, has a script `__getattribute__`, has a script `__setattr__`): checked on every
    /// instance attribute access.
    pub hooks: std::cell::Cell<(u64, bool, bool)>,
    /// Direct subclasses, weakly held (`type.__subclasses__`).
    pub subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
    /// CPython's `tp_name` when it differs from `__name__`: static types defined in an
    /// extension module carry their module in it (`collections.deque`), and error messages
    /// ("unhashable type: 'collections.deque'") print it.
    pub tp_name: RefCell<Option<Rc<str>>>,
    /// Instances have no `__dict__`: built-in types, and classes whose `__slots__` (and
    /// every base's) leave it out. Set by class creation (`builtins::slots`).
    pub dictless: std::cell::Cell<bool>,
    /// The class or a base declares `__slots__` members (set by `builtins::slots`); with a
    /// `__dict__` too, their values live in `slot_store`, outside it.
    pub member_slots: std::cell::Cell<bool>,
    /// (epoch, the class defines `__del__`): checked whenever an instance is dropped.
    pub del_hook: std::cell::Cell<(u64, bool)>,
    /// (epoch, a type of `builtins` rather than a script's class): asked on every call of a
    /// built-in type (`bytes(x)`), where two dict lookups per call showed in profiles.
    pub builtin_origin: std::cell::Cell<(u64, bool)>,
    /// (epoch, instances hash by identity or by their built-in base value): asked by every
    /// `hash()` of an instance (a Task put in a dict by `gather`).
    pub identity_hash: std::cell::Cell<(u64, bool)>,
    /// Some instance had its `__dict__` replaced by another dict (`replaced_dict`): its
    /// attribute code must look there, and the attribute caches stay out.
    pub dict_replaced: std::cell::Cell<bool>,
    /// Instances that stored a first attribute (counted up to 64), for the model of CPython's
    /// shared-keys dict sizes (`builtins::instance_dict_sizeof`).
    pub instances_made: std::cell::Cell<u32>,
    /// CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING (`COLLECTION_SEQUENCE`,
    /// `COLLECTION_MAPPING`), which decide what sequence and mapping patterns of `match`
    /// accept: inherited from the first base, set by an ABC's `__abc_tpflags__` and passed on
    /// by `register`.
    pub collection_flags: std::cell::Cell<u8>,
}

/// Bits of `Class::collection_flags`, CPython's values (also those of `__abc_tpflags__`).
pub const COLLECTION_SEQUENCE: u8 = 1 << 5;
pub const COLLECTION_MAPPING: u8 = 1 << 6;

/// A class's memo of MRO lookups, name -> what `lookup_uncached` found (misses included).
#[derive(Default)]
pub struct AttrCache {
    epoch: u64,
    map: hashbrown::HashMap<Box<str>, Option<Value>>,
}

impl Class {
    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }

    /// The name error messages print: `tp_name` when set, else `__name__`.
    pub fn tp_name(&self) -> Rc<str> {
        match &*self.tp_name.borrow() {
            Some(n) => n.clone(),
            None => self.name(),
        }
    }

    /// Look `name` up along the MRO, through the class's attribute cache.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let epoch = super::dict::type_epoch();
        {
            let cache = self.attr_cache.borrow();
            if cache.epoch == epoch {
                if let Some(v) = cache.map.get(name) {
                    return v.clone();
                }
            }
        }
        let found = self.lookup_uncached(name);
        // The walk compares str keys only (no script code runs), so the epoch cannot have moved.
        let mut cache = self.attr_cache.borrow_mut();
        if cache.epoch != epoch {
            cache.map.clear();
            cache.epoch = epoch;
        }
        cache.map.insert(Box::from(name), found.clone());
        found
    }

    /// Whether instances route attribute reads / writes through a script-defined
    /// `__getattribute__` / `__setattr__`.
    pub fn attribute_hooks(&self) -> (bool, bool) {
        let epoch = super::dict::type_epoch();
        let (e, get, set) = self.hooks.get();
        if e == epoch {
            return (get, set);
        }
        let get = self.lookup("__getattribute__").is_some_and(|v| overrides_object_hook(&v));
        let set = self.lookup("__setattr__").is_some_and(|v| overrides_object_hook(&v));
        self.hooks.set((epoch, get, set));
        (get, set)
    }

    /// Whether instances have a script `__del__` to run when they die.
    pub fn has_del(&self) -> bool {
        let epoch = super::dict::type_epoch();
        let (e, has) = self.del_hook.get();
        if e == epoch {
            return has;
        }
        let has = matches!(self.lookup("__del__"), Some(Value::Function(_)));
        self.del_hook.set((epoch, has));
        has
    }

    /// A type of the `builtins` module (`int`, `bytes`), not a script's subclass of one: its
    /// layout is built-in, its `__module__` is `builtins`, and no script gave it a `__dict__`.
    pub fn is_builtin_type(&self) -> bool {
        if self.layout != Layout::Builtin {
            return false;
        }
        let epoch = super::dict::type_epoch();
        let (e, is) = self.builtin_origin.get();
        if e == epoch {
            return is;
        }
        let is = {
            let d = self.dict.borrow();
            d.get_str("__module__").map_or(false, |m| m.as_str() == Some("builtins")) && !d.contains_str("__dict__user")
        };
        self.builtin_origin.set((epoch, is));
        is
    }

    /// Instances hash by identity (or by their built-in base value): `__hash__` is a built-in
    /// one, not a script's and not None. Otherwise `Vm::hash` takes its
    /// general path, which calls the script's method or reports the type unhashable.
    pub fn hashes_by_identity(&self) -> bool {
        let epoch = super::dict::type_epoch();
        let (e, is) = self.identity_hash.get();
        if e == epoch {
            return is;
        }
        let native = |m: &Value| matches!(m, Value::Builtin(b) if b.owner.is_some());
        // A script `__eq__` alone does not matter: class creation already set `__hash__` to
        // None beside it, and a class that puts `__hash__ = object.__hash__` back (or gets
        // `__eq__` later) hashes by identity, as in CPython.
        let is = match self.lookup("__hash__") {
            Some(Value::None) => false,
            Some(m) => native(&m),
            None => true,
        };
        self.identity_hash.set((epoch, is));
        is
    }

    /// Look `name` up along the MRO, walking the dicts.
    pub fn lookup_uncached(&self, name: &str) -> Option<Value> {
        // Hash the name once for the whole MRO walk.
        let h = super::dict::str_hash(name);
        if let Some(v) = self.dict.borrow().get_str_hashed(name, h) {
            return Some(v);
        }
        for cls in self.mro.borrow().iter().skip(1) {
            if let Some(v) = cls.dict.borrow().get_str_hashed(name, h) {
                return Some(v);
            }
        }
        None
    }

    /// True if `other` is this class or in its MRO.
    pub fn is_subclass(&self, other: &Class) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        self.mro.borrow().iter().any(|c| std::ptr::eq(Rc::as_ptr(c), other))
    }

    /// Live direct subclasses, in creation order.
    pub fn live_subclasses(&self) -> Vec<Rc<Class>> {
        self.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect()
    }

    /// `__module__` from the class dict (as a Rust string), defaulting to "builtins".
    pub fn module_name(&self) -> String {
        match self.dict.borrow().get_str("__module__") {
            Some(Value::Str(s)) => s.as_str().to_owned(),
            _ => "builtins".to_owned(),
        }
    }
}

/// What an instance carries besides its attribute dict.
pub enum Payload {
    None,
    Exception(RefCell<ExcData>),
    /// The base value of a user subclass of a built-in type (`class MyList(list)`).
    Builtin(Value),
}

pub struct Instance {
    pub class: RefCell<Rc<Class>>,
    pub dict: Rc<RefCell<PyDict>>,
    pub payload: Payload,
}

impl Instance {
    pub fn class(&self) -> Rc<Class> {
        self.class.borrow().clone()
    }

    /// Whether this instance's `__slots__` values live in `slot_store` (its class has both
    /// slot members and a `__dict__`) rather than in its dict.
    pub fn slots_apart(&self) -> bool {
        let c = self.class.borrow();
        c.member_slots.get() && !c.dictless.get()
    }
}

impl Drop for Class {
    /// A class referenced weakly with a callback reports its death (only `gc.collect()` frees
    /// a class: see `modules::class_collect`).
    fn drop(&mut self) {
        crate::modules::weakref::instance_died(self as *const Class as usize);
    }
}

impl Drop for Instance {
    /// CPython calls `__del__` when the last reference goes. `drop` cannot reach the VM, so the
    /// instance's state moves into a resurrected twin that the finalization queue hands to
    /// `__del__` at the VM's next safe point; the twin is marked so it is finalized only once
    /// (PEP 442).
    fn drop(&mut self) {
        let addr = self as *const Instance as usize;
        let cls = self.class.get_mut().clone();
        let slots_apart = cls.member_slots.get() && !cls.dictless.get();
        if !cls.has_del() || crate::vm::finalize::take_finalized(addr) {
            if slots_apart {
                super::slot_store::forget(addr);
            }
            if cls.dict_replaced.get() {
                super::replaced_dict::forget(addr);
            }
            crate::modules::weakref::instance_died(addr);
            return;
        }
        let dict = std::mem::replace(&mut self.dict, Rc::new(RefCell::new(PyDict::new())));
        let payload = std::mem::replace(&mut self.payload, Payload::None);
        let twin = Rc::new(Instance { class: RefCell::new(cls), dict, payload });
        crate::vm::finalize::mark_finalized(Rc::as_ptr(&twin) as usize);
        if slots_apart {
            super::slot_store::moved(addr, Rc::as_ptr(&twin) as usize);
        }
        if twin.class().dict_replaced.get() {
            super::replaced_dict::moved(addr, Rc::as_ptr(&twin) as usize);
        }
        // matches CPython's subtype_dealloc: `__del__` runs first, then the weak references
        // are cleared (their callbacks, `weakref.finalize`, run after it).
        crate::vm::finalize::enqueue(crate::vm::finalize::Pending::Run(Box::new(move |vm| {
            vm.call_del(twin);
            crate::modules::weakref::instance_died(addr);
        })));
    }
}

/// Whether `v`, found as a class's `__getattribute__` / `__setattr__` / `__delattr__`, replaces
/// object's native one: a script function, but also `dict.__setitem__`, a staticmethod or
/// any other object (CPython's slot_tp_setattro calls whatever the type defines).
pub fn overrides_object_hook(v: &Value) -> bool {
    !matches!(v, Value::Builtin(b) if b.bound.is_none() && b.owner.as_deref() == Some("object"))
}
