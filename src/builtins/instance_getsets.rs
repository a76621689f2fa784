//! The `__dict__` and `__weakref__` getset descriptors a class statement adds to the first
//! class of a hierarchy whose instances get a dict or weak-reference support (CPython's
//! type_new_descriptors), so `print(C.__dict__)` lists them as CPython does:
//! `'__dict__': <attribute '__dict__' of 'C' objects>`.
//!
//! Instances keep their dict in `Instance::dict` whatever the descriptor says; the attribute
//! code still answers `obj.__dict__` itself, so these objects matter when they are found
//! directly (`C.__dict__['__dict__'].__get__(obj)`) or shadow nothing faster.

use std::any::Any;
use std::rc::{Rc, Weak};

use super::arg;
use crate::object::class::Layout;
use crate::object::{Args, Class, NativeObject, NativeRef, PyErr, PyResult, Value};
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq)]
enum Which {
    Dict,
    Weakref,
}

impl Which {
    fn name(self) -> &'static str {
        match self {
            Which::Dict => "__dict__",
            Which::Weakref => "__weakref__",
        }
    }
}

struct InstanceGetSet {
    which: Which,
    /// The class that introduced the dict (weak: the class's own dict holds the descriptor).
    owner: Weak<Class>,
    class: Rc<Class>,
}

impl NativeObject for InstanceGetSet {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl InstanceGetSet {
    fn owner_name(&self) -> Rc<str> {
        super::slots::owner_name(&self.owner)
    }

    fn check<'a>(&self, vm: &Vm, obj: &'a Value) -> PyResult<&'a crate::object::Instance> {
        super::slots::descr_check(vm, &self.owner, self.which.name(), obj)
    }
}

/// Which of `__dict__` / `__weakref__` a new class `cls` (its `__slots__` already applied)
/// adds to its own dict: a dict when its instances have one and its primary base's do not,
/// weak-reference support unless the primary base has it already, cannot have it (variable
/// size: int, tuple, bytes) or `__slots__` leaves it out.
pub fn add_to_class(vm: &Vm, cls: &Rc<Class>, slots: Option<&[Value]>) {
    let Some(base) = primary_base(cls) else { return };
    let slots_name = |n: &str| slots.map_or(true, |s| s.iter().any(|v| v.as_str() == Some(n)));
    // `type` and `module` instances have a dict of their own, without a getset for it here.
    let t = &vm.types;
    let dict_builtin = base.mro.borrow().iter().any(|c| Rc::ptr_eq(c, &t.type_) || Rc::ptr_eq(c, &t.module));
    let add_dict = !cls.dictless.get() && base.dictless.get() && !dict_builtin && slots_name("__dict__");
    let add_weak = slots_name("__weakref__") && !has_weakref(vm, &base);
    for (which, add) in [(Which::Dict, add_dict), (Which::Weakref, add_weak)] {
        if add {
            let descr = InstanceGetSet { which, owner: Rc::downgrade(cls), class: getset_class(vm) };
            cls.dict.borrow_mut().set_str(which.name(), Value::Native(NativeRef::new(descr)));
        }
    }
}

/// CPython's best_base, simplified: the first base, unless a later base lays out its
/// instances in a more derived built-in type.
pub fn primary_base(cls: &Rc<Class>) -> Option<Rc<Class>> {
    let bases = cls.bases.borrow();
    let mut best = bases.first()?.clone();
    for b in bases.iter().skip(1) {
        if best.layout == Layout::Object && b.layout != Layout::Object {
            best = b.clone();
        }
    }
    Some(best)
}

/// Whether instances of `base` support weak references already (or never can).
fn has_weakref(vm: &Vm, base: &Rc<Class>) -> bool {
    if base.lookup("__weakref__").is_some() {
        return true;
    }
    // `type`, `set`, `frozenset` and functions have weak-reference support; the variable-size
    // built-ins cannot get it.
    let t = &vm.types;
    is_var_sized(vm, base) || base.mro.borrow().iter().any(|c| [&t.module, &t.set, &t.frozenset].iter().any(|k| Rc::ptr_eq(k, c)))
}

/// Whether instances of `base` are variable-sized in CPython (`tp_itemsize != 0`: int, bytes,
/// tuple, type), which leaves no room for slots, a dict pointer or weak references.
pub fn is_var_sized(vm: &Vm, base: &Rc<Class>) -> bool {
    let t = &vm.types;
    base.mro.borrow().iter().any(|c| [&t.type_, &t.int, &t.tuple, &t.bytes].iter().any(|k| Rc::ptr_eq(k, c)))
}

/// The `getset_descriptor` class, created on first use.
pub(super) fn getset_class(vm: &Vm) -> Rc<Class> {
    let cls = super::slots::descriptor_class(
        vm,
        "getset_descriptor",
        [descr_get, descr_set, descr_delete, descr_repr],
        [descr_name, descr_qualname, descr_objclass],
    );
    // Added once, when the class is first made (pydoc shows these docstrings).
    if !matches!(cls.dict.borrow().get_str("__doc__"), Some(Value::Property(_))) {
        super::def_getter(&cls, "__doc__", descr_doc);
    }
    cls
}

/// CPython's docstrings of the `__dict__` and `__weakref__` getsets (subtype_getsets_full).
fn descr_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__doc__") {
        return r;
    }
    Ok(Value::str(match this(&args)?.which {
        Which::Dict => "dictionary for instance variables",
        Which::Weakref => "list of weak references to the object",
    }))
}

fn this<'a>(args: &'a Args) -> PyResult<&'a InstanceGetSet> {
    match args.pos.first() {
        Some(Value::Native(n)) => {
            n.downcast::<InstanceGetSet>().ok_or_else(|| PyErr::type_error("descriptor requires a 'getset_descriptor' object"))
        }
        _ => Err(PyErr::type_error("descriptor requires a 'getset_descriptor' object")),
    }
}

fn descr_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__get__") {
        return r;
    }
    let d = this(&args)?;
    let obj = arg(&args, 1);
    if matches!(obj, Value::None) {
        return Ok(args.pos[0].clone());
    }
    let inst = d.check(vm, &obj)?;
    Ok(match d.which {
        Which::Dict => crate::vm::attr::instance_dict_value(&obj, inst),
        // corio does not keep a list of an object's weak references; CPython answers None
        // too while there are none.
        Which::Weakref => Value::None,
    })
}

fn descr_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__set__") {
        return r;
    }
    let d = this(&args)?;
    let (obj, value) = (arg(&args, 1), arg(&args, 2));
    let inst = d.check(vm, &obj)?;
    match d.which {
        Which::Dict => vm.replace_instance_dict(inst, &value)?,
        Which::Weakref => return Err(not_writable(d)),
    }
    Ok(Value::None)
}

fn descr_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__delete__") {
        return r;
    }
    let d = this(&args)?;
    let obj = arg(&args, 1);
    let inst = d.check(vm, &obj)?;
    match d.which {
        // CPython drops the dict; the next `obj.__dict__` makes a fresh empty one.
        Which::Dict => {
            // Back to the instance's own dict, emptied.
            vm.replace_instance_dict(inst, &Value::Dict(inst.dict.clone()))?;
            inst.dict.borrow_mut().clear();
        }
        Which::Weakref => return Err(not_writable(d)),
    }
    Ok(Value::None)
}

fn not_writable(d: &InstanceGetSet) -> PyErr {
    PyErr::attribute_error(format!("attribute '{}' of '{}' objects is not writable", d.which.name(), d.owner_name()))
}

fn descr_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__repr__") {
        return r;
    }
    let d = this(&args)?;
    Ok(Value::string(format!("<attribute '{}' of '{}' objects>", d.which.name(), d.owner_name())))
}

fn descr_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__name__") {
        return r;
    }
    Ok(Value::str(this(&args)?.which.name()))
}

fn descr_qualname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__qualname__") {
        return r;
    }
    let d = this(&args)?;
    let owner = d.owner.upgrade().map_or_else(|| Rc::from("?"), |c| c.qualname.borrow().clone());
    Ok(Value::string(format!("{owner}.{}", d.which.name())))
}

fn descr_objclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__objclass__") {
        return r;
    }
    Ok(this(&args)?.owner.upgrade().map_or(Value::None, Value::Class))
}
