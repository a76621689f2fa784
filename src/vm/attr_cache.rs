//! Inline caches for attribute access on instances of script classes (CPython 3.11's
//! LOAD_ATTR_INSTANCE_VALUE, STORE_ATTR_INSTANCE_VALUE and LOAD_METHOD_WITH_VALUES
//! specializations): one slot per name of a code object remembers what the MRO walk found for
//! one class, valid while the global type epoch (bumped by any change to any class dict, and by
//! every class creation) is unchanged. A hit skips the hook checks and the MRO lookup. The same
//! slots remember methods of built-in types (`items.append`, `gen.send`), keyed by the type.

use std::cell::{Cell, RefCell, Ref};
use std::rc::{Rc, Weak};

use super::Vm;
use crate::object::class::Instance;
use crate::object::dict::type_epoch;
use crate::object::function::{Function, NativeKind};
use crate::object::Value;

/// What the class of the cached instance has under the name.
#[derive(Clone, Default)]
pub enum ClassAttr {
    /// Nothing cached.
    #[default]
    Unknown,
    /// No attribute of that name along the MRO, and no script `__getattribute__` or
    /// `__setattr__`: loads read the instance dict only, stores write it.
    Absent,
    /// A plain script function or unbound native method (a non-data descriptor):
    /// `obj.name(...)` calls it with `obj` unless the instance dict shadows it.
    Method(CachedFn),
    /// A `__slots__` member descriptor: loads and stores go straight to it.
    Member(Value),
    /// A property whose getter is a plain one-parameter script function: `obj.name` calls
    /// the getter with `obj` (a data descriptor, so the instance dict is never consulted).
    Property(CachedFn),
    /// Anything else (another property, a data descriptor, a class attribute, a dunder name,
    /// a class with attribute hooks or without instance dicts): always the general path.
    Other,
}

/// A function a slot remembers. Script functions are held weakly: a slot outlives the class
/// it was filled for (nothing clears stale slots), and a strong reference to a method whose
/// `__class__` cell holds its class would keep that class from ever being collected
/// (`weakref.finalize(C, ...); del C; gc.collect()` after `super()` calls). While the slot is
/// valid its class is alive with an unchanged dict, so the function is too and the upgrade
/// always succeeds.
#[derive(Clone)]
pub enum CachedFn {
    Script(Weak<Function>),
    Native(Value),
}

impl CachedFn {
    fn new(v: Value) -> CachedFn {
        match v {
            Value::Function(f) => CachedFn::Script(Rc::downgrade(&f)),
            other => CachedFn::Native(other),
        }
    }

    #[inline]
    fn get(&self) -> Option<Value> {
        match self {
            CachedFn::Script(w) => w.upgrade().map(Value::Function),
            // A builtin's Rc cloned inline (`Value::clone` is an out-of-line call).
            CachedFn::Native(Value::Builtin(b)) => Some(Value::Builtin(b.clone())),
            CachedFn::Native(v) => Some(v.clone()),
        }
    }
}

/// One cache slot: valid for instances whose class is at `class` (an address, compared only)
/// while the type epoch is `epoch`. A class freed and another allocated at its address bumps
/// the epoch on creation, so the pair cannot match a different class.
#[derive(Default)]
pub struct AttrSlot {
    class: usize,
    epoch: u64,
    found: ClassAttr,
    /// The key layout (`PyDict::keys_version`) of the last instance dict looked in, with what
    /// was learnt there: for `Absent`, the name sits at entry `index`; for `Method`, the name
    /// is not in that dict. Valid while that dict keeps the layout (versions are never reused).
    keys: Cell<u64>,
    index: Cell<u32>,
}

pub type AttrCache = Box<[RefCell<AttrSlot>]>;

pub fn new_cache(names: usize) -> AttrCache {
    (0..names).map(|_| RefCell::new(AttrSlot::default())).collect()
}

fn class_addr(inst: &Instance) -> usize {
    Rc::as_ptr(&*inst.class.borrow()) as *const u8 as usize
}

impl Vm {
    /// The slot of name `i` in the top frame's code when it is valid for `inst`'s class.
    #[inline]
    fn valid_slot(&self, inst: &Instance, i: u32) -> Option<Ref<'_, AttrSlot>> {
        let f = self.frames.last().expect("the dispatch loop always has a current frame");
        let slot = f.body().attr_cache[i as usize].borrow();
        (slot.class == class_addr(inst) && slot.epoch == type_epoch()).then_some(slot)
    }

    fn name(&self, i: u32) -> &Value {
        &self.frames.last().expect("the dispatch loop always has a current frame").body().names[i as usize]
    }

    /// Fill the slot of name `i` for `inst`'s class (after a slow-path access).
    fn fill_class_attr(&self, inst: &Instance, i: u32) {
        let f = self.frames.last().expect("the dispatch loop always has a current frame");
        let Some(name) = f.code.code.body().names.get(i as usize) else { return };
        let Some(slot) = f.body().attr_cache.get(i as usize) else { return };
        let class = class_addr(inst);
        let epoch = type_epoch();
        {
            let s = slot.borrow();
            if s.class == class && s.epoch == epoch {
                return;
            }
        }
        let cls = inst.class();
        let (get_hook, set_hook) = cls.attribute_hooks();
        // Dunder names keep their special handling (`__class__`, `__dict__`, exception fields).
        let special = name.starts_with("__") && name.ends_with("__");
        // An instance whose `__dict__` was replaced keeps its attributes elsewhere.
        let found = if get_hook || set_hook || special || cls.dict_replaced.get() {
            ClassAttr::Other
        } else if cls.dictless.get() {
            match cls.lookup(name) {
                Some(d) if crate::builtins::slots::member(&d).is_some() => ClassAttr::Member(d),
                _ => ClassAttr::Other,
            }
        } else {
            match cls.lookup(name) {
                None => ClassAttr::Absent,
                Some(f @ Value::Function(_)) => ClassAttr::Method(CachedFn::new(f)),
                // A native method of a native base (`asyncio.Queue.put`), as `load_method` takes it.
                Some(Value::Builtin(b)) if b.kind == NativeKind::Method && b.bound.is_none() => {
                    ClassAttr::Method(CachedFn::Native(Value::Builtin(b)))
                }
                Some(d) if crate::builtins::slots::member(&d).is_some() => ClassAttr::Member(d),
                Some(Value::Property(p)) => match &p.fget {
                    Value::Function(f) if f.code.simple_call && f.code.code.arg_count == 1 => ClassAttr::Property(CachedFn::new(p.fget.clone())),
                    _ => ClassAttr::Other,
                },
                Some(_) => ClassAttr::Other,
            }
        };
        *slot.borrow_mut() = AttrSlot { class, epoch, found, ..AttrSlot::default() };
    }

    /// `LoadAttr` name `i` of an instance through the cache: Some when the instance dict holds
    /// it and the class has nothing of that name. None: take the general path (which refills).
    #[inline]
    pub(super) fn load_instance_attr_cached(&self, inst: &Instance, i: u32) -> Option<Value> {
        let slot = self.valid_slot(inst, i)?;
        let ClassAttr::Absent = slot.found else { return None };
        let d = inst.dict.borrow();
        let keys = d.current_keys_version();
        if keys != 0 && keys == slot.keys.get() {
            return d.value_at(slot.index.get() as usize);
        }
        let at = d.find_str_value(self.name(i))?;
        slot.keys.set(d.keys_version());
        slot.index.set(at as u32);
        d.value_at(at)
    }

    /// `LoadAttr` name `i` of an instance whose class has a plain property there: its getter,
    /// for the dispatch loop to call inline (CPython 3.12's LOAD_ATTR_PROPERTY).
    #[inline]
    pub(super) fn instance_property_getter_cached(&self, inst: &Instance, i: u32) -> Option<Value> {
        let slot = self.valid_slot(inst, i)?;
        match &slot.found {
            ClassAttr::Property(fget) => fget.get(),
            _ => None,
        }
    }

    /// The `__slots__` member descriptor name `i` is on an instance's class, through the cache
    /// (a data descriptor: it wins over any instance dict).
    #[inline]
    pub(super) fn instance_member_cached(&self, inst: &Instance, i: u32) -> Option<Value> {
        let slot = self.valid_slot(inst, i)?;
        match &slot.found {
            ClassAttr::Member(d) => Some(d.clone()),
            _ => None,
        }
    }

    /// `StoreAttr` name `i` on an instance through the cache. Err(value) hands the value back
    /// for the general path.
    #[inline]
    pub(super) fn store_instance_attr_cached(&self, inst: &Instance, i: u32, value: Value) -> Result<(), Value> {
        let Some(slot) = self.valid_slot(inst, i) else { return Err(value) };
        let ClassAttr::Absent = slot.found else { return Err(value) };
        let mut d = inst.dict.borrow_mut();
        let keys = d.current_keys_version();
        if keys != 0 && keys == slot.keys.get() {
            d.set_value_at(slot.index.get() as usize, value);
        } else {
            crate::builtins::instance_dict_sizeof::note_store(inst, &d);
            d.set_str_key(self.name(i).clone(), value);
        }
        Ok(())
    }

    /// `LoadMethod` name `i` on an instance through the cache: the function when the class has
    /// a plain function of that name the instance dict does not shadow.
    #[inline]
    pub(super) fn load_instance_method_cached(&self, inst: &Instance, i: u32) -> Option<Value> {
        let slot = self.valid_slot(inst, i)?;
        let ClassAttr::Method(func) = &slot.found else { return None };
        let d = inst.dict.borrow();
        let keys = d.current_keys_version();
        if !(keys != 0 && keys == slot.keys.get()) {
            if !d.is_empty() && d.find_str_value(self.name(i)).is_some() {
                return None;
            }
            slot.keys.set(d.keys_version());
        }
        if let crate::object::Payload::Builtin(Value::Native(n)) = &inst.payload {
            if native_has_own(n, self.name(i)) {
                return None;
            }
        }
        func.get()
    }

    /// `LoadMethod` name `i` on a value of a built-in type (not an instance, class, module or
    /// super object, which `LoadMethod` handles apart): what `load_method` finds for such a
    /// value depends on its type alone, so the slot keyed by the type answers it.
    #[inline]
    pub(super) fn load_builtin_method_cached(&self, obj: &Value, i: u32) -> Option<Value> {
        if let Value::Native(n) = obj {
            if native_has_own(n, self.name(i)) {
                return None;
            }
        }
        let class = match self.common_type_addr(obj) {
            Some(addr) => addr,
            None => Rc::as_ptr(&self.type_of(obj)) as *const u8 as usize,
        };
        let epoch = type_epoch();
        let f = self.frames.last().expect("the dispatch loop always has a current frame");
        let slot = f.body().attr_cache.get(i as usize)?;
        {
            let s = slot.borrow();
            if s.class == class && s.epoch == epoch {
                return match &s.found {
                    ClassAttr::Method(func) => func.get(),
                    _ => None,
                };
            }
        }
        let name = f.code.code.body().names.get(i as usize)?;
        let cls = self.type_of(obj);
        let found = match cls.lookup(name) {
            Some(f @ Value::Function(_)) => ClassAttr::Method(CachedFn::new(f)),
            Some(Value::Builtin(b)) if b.kind == NativeKind::Method && b.bound.is_none() => ClassAttr::Method(CachedFn::Native(Value::Builtin(b))),
            _ => ClassAttr::Other,
        };
        let method = match &found {
            ClassAttr::Method(func) => func.get(),
            _ => None,
        };
        *slot.borrow_mut() = AttrSlot { class, epoch, found, ..AttrSlot::default() };
        method
    }

    /// The address of `obj`'s type when it is one of the built-in types whose methods scripts
    /// call in loops (`acc.send(v)`, `s.split()`, `d.get(k)`), read without the reference
    /// count round trip of `type_of`; None for the others.
    #[inline(always)]
    fn common_type_addr(&self, obj: &Value) -> Option<usize> {
        use crate::object::generator::GenKind;
        let t = &self.types;
        let class = match obj {
            Value::Str(_) => &t.str,
            Value::List(_) => &t.list,
            Value::Dict(_) => &t.dict,
            Value::Tuple(_) => &t.tuple,
            Value::Generator(g) => match g.kind {
                GenKind::Generator => &t.generator,
                GenKind::Coroutine => &t.coroutine,
                GenKind::AsyncGenerator => &t.async_generator,
            },
            _ => return None,
        };
        Some(Rc::as_ptr(class) as *const u8 as usize)
    }

    /// After a general-path access to name `i` of `obj`: remember what the class holds.
    #[inline]
    pub(super) fn remember_instance_attr(&self, obj: &Value, i: u32) {
        if let Value::Instance(inst) = obj {
            self.fill_class_attr(inst, i);
        }
    }
}

/// Whether native value `n` has its own attribute `name` (`fut.done = ...` on a Future or
/// Task), which shadows the type's method as an instance dict does. Out of line: only native
/// values pay for it, and the callers test for one first, so the name is not even looked up
/// for the others.
#[inline(never)]
fn native_has_own(n: &crate::object::NativeRef, name: &Value) -> bool {
    n.instance_dict(false).is_some_and(|d| d.borrow().get_str_value(name).is_some())
}
