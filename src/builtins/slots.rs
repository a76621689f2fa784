//! `__slots__`: the member descriptors a class body's `__slots__` creates, and instances
//! without a `__dict__` (CPython's type_new slot handling and structmember.c's member_get/set).
//!
//! A slot's value lives in the instance's own attribute table under the slot's (mangled) name
//! when the instance has no `__dict__` (its class is marked `dictless`, so that other
//! attributes are refused), else in `object::slot_store`, out of `__dict__` as in CPython; the
//! descriptor on the class decides who may read, write and delete it.

use std::any::Any;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::{arg, def_getter, native};
use crate::object::class::Layout;
use crate::object::function::NativeKind;
use crate::object::{slot_store, Args, Class, NativeObject, NativeRef, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A `member_descriptor`: `P.x` for `__slots__ = ("x",)`.
pub struct MemberDescr {
    /// The attribute name (after private-name mangling).
    name: Rc<str>,
    /// The same name as a str value, the key slot values are stored under (made once, with
    /// its hash cached, rather than per store).
    key: Value,
    /// The class whose `__slots__` declared it (weak: the class's dict holds the descriptor).
    owner: Weak<Class>,
    class: Rc<Class>,
}

impl NativeObject for MemberDescr {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The value of slot `name` of `obj`, found through its class's member descriptor without
/// calling anything; None when there is no such slot or it is unset.
pub fn read_slot(vm: &Vm, obj: &Value, name: &str) -> Option<Value> {
    let descr = vm.type_of(obj).lookup(name)?;
    member(&descr)?.get(vm, obj).ok()
}

/// The member descriptor behind `v`, if it is one (the attribute code's fast path).
pub fn member(v: &Value) -> Option<&MemberDescr> {
    match v {
        Value::Native(n) => n.downcast::<MemberDescr>(),
        _ => None,
    }
}

impl MemberDescr {
    fn owner_name(&self) -> Rc<str> {
        owner_name(&self.owner)
    }

    fn check<'a>(&self, vm: &Vm, obj: &'a Value) -> PyResult<&'a crate::object::Instance> {
        descr_check(vm, &self.owner, &self.name, obj)
    }

    /// `obj.x`: an unset slot raises AttributeError with 3.11's wording.
    pub fn get(&self, vm: &Vm, obj: &Value) -> PyResult<Value> {
        let inst = self.check(vm, obj)?;
        let found = if inst.slots_apart() {
            slot_store::get(addr(inst), &self.name)
        } else {
            inst.dict.borrow().get_str(&self.name)
        };
        found.ok_or_else(|| {
            PyErr::attribute_error(format!("'{}' object has no attribute '{}'", vm.type_name(obj), self.name))
        })
    }

    pub fn set(&self, vm: &Vm, obj: &Value, value: Value) -> PyResult<()> {
        let inst = self.check(vm, obj)?;
        if inst.slots_apart() {
            slot_store::set(addr(inst), &self.name, value);
        } else {
            inst.dict.borrow_mut().set_str_key(self.key.clone(), value);
        }
        Ok(())
    }

    /// `del obj.x`: deleting an unset slot raises AttributeError('x') (CPython 3.11).
    pub fn delete(&self, vm: &Vm, obj: &Value) -> PyResult<()> {
        let inst = self.check(vm, obj)?;
        let found = if inst.slots_apart() {
            slot_store::delete(addr(inst), &self.name)
        } else {
            inst.dict.borrow_mut().del_str(&self.name).is_some()
        };
        if !found {
            return Err(PyErr::attribute_error(self.name.to_string()));
        }
        Ok(())
    }
}

/// The name of a descriptor's owning class ("?" once the class is gone).
pub(super) fn owner_name(owner: &Weak<Class>) -> Rc<str> {
    owner.upgrade().map_or_else(|| Rc::from("?"), |c| c.tp_name())
}

/// matches CPython's descr_check: a built-in descriptor named `name` applies only to instances
/// of its owning class.
pub(super) fn descr_check<'a>(vm: &Vm, owner: &Weak<Class>, name: &str, obj: &'a Value) -> PyResult<&'a crate::object::Instance> {
    if let (Value::Instance(inst), Some(owner)) = (obj, owner.upgrade()) {
        if inst.class().is_subclass(&owner) {
            return Ok(inst);
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        name,
        owner_name(owner),
        vm.type_name(obj)
    )))
}

fn addr(inst: &crate::object::Instance) -> usize {
    inst as *const crate::object::Instance as usize
}

/// The `member_descriptor` class, created on first use.
pub(super) fn member_class(vm: &Vm) -> Rc<Class> {
    descriptor_class(
        vm,
        "member_descriptor",
        [descr_get, descr_set, descr_delete, descr_repr],
        [descr_name, descr_qualname, descr_objclass],
    )
}

/// A built-in descriptor type (`member_descriptor`, `getset_descriptor`), made once per VM:
/// `__get__`/`__set__`/`__delete__`/`__repr__` methods and `__name__`/`__qualname__`/
/// `__objclass__` getters.
pub(super) fn descriptor_class(
    vm: &Vm,
    name: &'static str,
    [get, set, delete, repr]: [crate::object::NativeFn; 4],
    [name_getter, qualname_getter, objclass_getter]: [crate::object::NativeFn; 3],
) -> Rc<Class> {
    if let Some(c) = vm.iterator_classes.borrow().iter().find(|(n, _)| *n == name) {
        return c.1.clone();
    }
    let cls = crate::vm::types::new_class_with(name, &[vm.types.object.clone()], Layout::Builtin, None)
        .expect("a descriptor class has a trivial MRO");
    {
        let mut d = cls.dict.borrow_mut();
        d.set_str("__module__", Value::str("builtins"));
        for (method, f) in [("__get__", get), ("__set__", set), ("__delete__", delete), ("__repr__", repr)] {
            d.set_str(method, native(method, f, NativeKind::Method, None));
        }
    }
    def_getter(&cls, "__name__", name_getter);
    def_getter(&cls, "__qualname__", qualname_getter);
    def_getter(&cls, "__objclass__", objclass_getter);
    vm.iterator_classes.borrow_mut().push((name, cls.clone()));
    cls
}

fn this(args: &Args) -> PyResult<NativeRef> {
    match args.pos.first() {
        Some(Value::Native(n)) if n.is::<MemberDescr>() => Ok(n.clone()),
        _ => Err(PyErr::type_error("descriptor requires a 'member_descriptor' object")),
    }
}

fn with_member<R>(args: &Args, f: impl FnOnce(&MemberDescr) -> R) -> PyResult<R> {
    let n = this(args)?;
    let m = n.downcast::<MemberDescr>().expect("this() checked the type");
    Ok(f(m))
}

fn descr_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__get__") {
        return r;
    }
    let obj = arg(&args, 1);
    if matches!(obj, Value::None) {
        return Ok(args.pos[0].clone());
    }
    with_member(&args, |m| m.get(vm, &obj))?
}

fn descr_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__set__") {
        return r;
    }
    let (obj, value) = (arg(&args, 1), arg(&args, 2));
    with_member(&args, |m| m.set(vm, &obj, value))??;
    Ok(Value::None)
}

fn descr_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__delete__") {
        return r;
    }
    let obj = arg(&args, 1);
    with_member(&args, |m| m.delete(vm, &obj))??;
    Ok(Value::None)
}

fn descr_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__repr__") {
        return r;
    }
    with_member(&args, |m| Value::string(format!("<member '{}' of '{}' objects>", m.name, m.owner_name())))
}

fn descr_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__name__") {
        return r;
    }
    with_member(&args, |m| Value::str(&m.name))
}

fn descr_qualname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__qualname__") {
        return r;
    }
    with_member(&args, |m| {
        let owner = m.owner.upgrade().map_or_else(|| Rc::from("?"), |c| c.qualname.borrow().clone());
        Value::string(format!("{owner}.{}", m.name))
    })
}

fn descr_objclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = super::property_type::builtin_descr_method(vm, &args, "__objclass__") {
        return r;
    }
    with_member(&args, |m| m.owner.upgrade().map_or(Value::None, Value::Class))
}

/// CPython's _Py_Mangle: `__x` in class `_P` becomes `_P__x`.
fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_owned();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_owned();
    }
    format!("_{stripped}{name}")
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// Whether instances of `base` lack a `__dict__`: `object` and the other built-in types do
/// (exception classes do not), and a class marked by `apply_slots`.
fn base_is_dictless(base: &Class) -> bool {
    base.dictless.get()
}

/// Handle `__slots__` in a new class's namespace `ns` (CPython's type_new_slots): check the
/// names, add a member descriptor for each, and mark the class dictless unless `__dict__` is
/// among them or a base has a dict. A class without `__slots__` always has a dict. Returns
/// the `__slots__` items, None without `__slots__`.
pub fn apply_slots(vm: &mut Vm, cls: &Rc<Class>, ns: &Rc<RefCell<PyDict>>) -> PyResult<Option<Vec<Value>>> {
    let bases = cls.bases.borrow().clone();
    let inherited_members = bases.iter().any(|b| b.member_slots.get());
    let Some(slots) = ns.borrow().get_str("__slots__") else {
        cls.dictless.set(false);
        cls.member_slots.set(inherited_members);
        return Ok(None);
    };
    let items = match &slots {
        Value::Str(_) => vec![slots.clone()],
        other => vm.collect_iterable(other)?,
    };
    // matches CPython's type_new_slots: a variable-size base leaves no room for any slot.
    if !items.is_empty() {
        if let Some(base) = super::instance_getsets::primary_base(cls).filter(|b| super::instance_getsets::is_var_sized(vm, b)) {
            return Err(PyErr::type_error(format!("nonempty __slots__ not supported for subtype of '{}'", base.tp_name())));
        }
    }
    let class_name = cls.name();
    let mut has_dict = false;
    let mut names: Vec<String> = Vec::new();
    for item in &items {
        let Some(s) = item.as_str() else {
            return Err(PyErr::type_error(format!("__slots__ items must be strings, not '{}'", vm.type_name(item))));
        };
        if !is_identifier(s) {
            return Err(PyErr::type_error("__slots__ must be identifiers"));
        }
        if s == "__dict__" {
            if has_dict {
                return Err(PyErr::type_error("__dict__ slot disallowed: we already got one"));
            }
            has_dict = true;
            continue;
        }
        if s == "__weakref__" {
            continue;
        }
        let mangled = mangle(&class_name, s);
        if ns.borrow().contains_str(&mangled) {
            return Err(PyErr::value_error(format!("'{s}' in __slots__ conflicts with class variable")));
        }
        names.push(mangled);
    }
    cls.member_slots.set(inherited_members || !names.is_empty());
    let mclass = member_class(vm);
    for name in names {
        let descr = MemberDescr {
            name: Rc::from(name.as_str()),
            key: Value::str(&name),
            owner: Rc::downgrade(cls),
            class: mclass.clone(),
        };
        cls.dict.borrow_mut().set_str(&name, Value::Native(NativeRef::new(descr)));
    }
    cls.dictless.set(!has_dict && bases.iter().all(|b| base_is_dictless(b)));
    Ok(Some(items))
}
