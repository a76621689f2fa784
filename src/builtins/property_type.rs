//! The `property` type: construction, `getter`/`setter`/`deleter` copies, and its
//! `__get__`/`__set__`/`__delete__` methods with CPython 3.11's messages for a missing
//! accessor (`property 'x' of 'C' object has no setter`).

use std::rc::Rc;

use super::arg;
use crate::object::{Args, Class, Property, PyErr, PyResult, Value};
use crate::vm::Vm;

pub(super) fn install(cls: &Rc<Class>) {
    super::def_new(cls, property_new);
    super::def_method(cls, "getter", property_getter);
    super::def_method(cls, "setter", property_setter);
    super::def_method(cls, "deleter", property_deleter);
    super::def_method(cls, "__get__", property_get);
    super::def_method(cls, "__set__", property_set);
    super::def_method(cls, "__delete__", property_delete);
    super::def_method(cls, "__set_name__", property_set_name);
}

fn property_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let own = Args { pos: args.pos.get(1..).unwrap_or(&[]), kw: args.kw };
    super::clinic("property", &own, &["fget", "fset", "fdel", "doc"], 0, 0, 4)?;
    let get = |i: usize, name: &str| args.arg(i, name).cloned().unwrap_or(Value::None);
    let prop = Property { fget: get(1, "fget"), fset: get(2, "fset"), fdel: get(3, "fdel"), doc: get(4, "doc").into() };
    let getter_doc = getter_doc(vm, &prop)?;
    let made = super::types::wrap_for_subclass(vm, args, Value::Property(Rc::new(prop)));
    let Some(doc) = getter_doc else { return Ok(made) };
    match &made {
        Value::Property(p) => {
            p.doc.set(doc);
            p.doc.mark_from_getter();
        }
        // matches CPython: a subclass instance keeps the getter's doc in its own `__dict__`,
        // where the class's `__doc__` does not shadow it.
        _ => {
            if let Some(Value::Property(p)) = vm.builtin_base(&made) {
                p.doc.mark_from_getter();
            }
            vm.setattr(&made, &Value::str("__doc__"), doc)?;
        }
    }
    Ok(made)
}

/// matches CPython's property_init: without an explicit doc, a property takes its getter's
/// `__doc__` (None included); None when the doc was given or there is no getter.
fn getter_doc(vm: &mut Vm, prop: &Property) -> PyResult<Option<Value>> {
    if !prop.doc.get().is_none() || prop.fget.is_none() {
        return Ok(None);
    }
    Ok(Some(vm.lookup_attr_opt(&prop.fget, "__doc__")?.unwrap_or(Value::None)))
}

/// `property.getter/setter/deleter(f)`: a copy with one accessor replaced, made by calling the
/// property's own type as CPython's property_copy does (a subclass's `__init__` runs).
fn property_copy(vm: &mut Vm, args: &Args, which: usize) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let Some(Value::Property(old)) = (match &this {
        Value::Property(_) => Some(this.clone()),
        other => vm.builtin_base(other),
    }) else {
        return Err(PyErr::type_error("descriptor requires a 'property' object"));
    };
    let f = arg(args, 1);
    let mut parts = [old.fget.clone(), old.fset.clone(), old.fdel.clone()];
    parts[which.min(2)] = f;
    // A doc that came from the getter is looked up again on the (maybe new) getter.
    let doc = if old.doc.from_getter() && !parts[0].is_none() { Value::None } else { old.doc.get() };
    let [fget, fset, fdel] = parts;
    let cls = match &this {
        Value::Property(_) => vm.types.property.clone(),
        other => vm.type_of(other),
    };
    vm.call(&Value::Class(cls), vec![fget, fset, fdel, doc])
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, &args, 0)
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, &args, 1)
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, &args, 2)
}

/// The class (of `obj`'s type's MRO) whose dict holds property `p`, and the name it is stored
/// under: CPython 3.11 keeps the name from `__set_name__`; corio finds the property instead.
fn find_in_type(vm: &Vm, p: &Rc<Property>, obj: &Value) -> Option<(Rc<Class>, Value)> {
    let cls = vm.type_of(obj);
    let mro = cls.mro.borrow();
    mro.iter().find_map(|c| {
        let d = c.dict.borrow();
        let e = d.iter().find(|e| matches!(&e.value, Value::Property(q) if Rc::ptr_eq(p, q)))?;
        Some((c.clone(), e.key.clone()))
    })
}

/// For a built-in type's getset (made by `def_getter`, its getter owned by the type): the
/// type's and the attribute's names.
pub fn builtin_getset(p: &Property) -> Option<(&str, &str)> {
    match &p.fget {
        Value::Builtin(b) if b.kind == crate::object::function::NativeKind::Function => {
            b.owner.as_deref().map(|o| (o, &*b.name))
        }
        _ => None,
    }
}

/// Whether a built-in type's attribute is a struct member in CPython (`member_descriptor`)
/// rather than a getset: the read-only members of the core types, and an exception's fields
/// other than the getsets of BaseException.
pub fn getset_is_member(vm: &Vm, owner: &str, name: &str) -> bool {
    let exc_member = !matches!(name, "args" | "__traceback__" | "__cause__" | "__context__")
        && vm.types.exc.iter().any(|c| &*c.name() == owner);
    exc_member || crate::vm::attr::readonly_member(owner, name)
}

/// `type(p)`: a property, or for a built-in type's attribute the descriptor type CPython
/// gives it (`type(int.real)` is `getset_descriptor`, `type(range.start)` `member_descriptor`).
pub fn property_class(vm: &Vm, p: &Property) -> Rc<Class> {
    match builtin_getset(p) {
        Some((owner, name)) if getset_is_member(vm, owner, name) => super::slots::member_class(vm),
        Some(_) => super::instance_getsets::getset_class(vm),
        None => vm.types.property.clone(),
    }
}

/// The methods and attributes of `getset_descriptor` / `member_descriptor` when their object
/// is a built-in type's attribute (a property value here); None for any other object, which
/// the descriptor type's own code handles.
pub fn builtin_descr_method(vm: &mut Vm, args: &Args, method: &str) -> Option<PyResult<Value>> {
    let Some(Value::Property(p)) = args.pos.first() else { return None };
    let (owner, name) = builtin_getset(p).map(|(o, n)| (o.to_string(), n.to_string()))?;
    let p = p.clone();
    let obj = arg(args, 1);
    Some(match method {
        "__get__" if obj.is_none() => Ok(args.pos[0].clone()),
        "__get__" => get(vm, &p, &obj),
        "__set__" | "__delete__" => {
            let (accessor, which, mut call_args) = if method == "__set__" {
                (p.fset.clone(), "setter", vec![obj.clone(), arg(args, 2)])
            } else {
                (p.fdel.clone(), "deleter", vec![obj.clone()])
            };
            if accessor.is_none() {
                return Some(Err(missing_accessor(vm, &p, &obj, which)));
            }
            vm.call(&accessor, std::mem::take(&mut call_args)).map(|_| Value::None)
        }
        "__repr__" => vm.repr(&args.pos[0]).map(Value::string),
        "__name__" => Ok(Value::string(name)),
        "__qualname__" => Ok(Value::string(format!("{}.{name}", owner.rsplit('.').next().unwrap_or(&owner)))),
        "__objclass__" => Ok(match &p.fget {
            Value::Builtin(b) => super::method_descriptors::owner_class(vm, b).map_or(Value::None, Value::Class),
            _ => Value::None,
        }),
        _ => return None,
    })
}

/// "property 'x' of 'C' object has no getter" (or without the name when it is unknown); a
/// built-in getset "attribute 'real' of 'int' objects is not writable".
pub fn missing_accessor(vm: &mut Vm, p: &Rc<Property>, obj: &Value, which: &str) -> PyErr {
    if let Some((owner, name)) = builtin_getset(p).filter(|_| which != "getter") {
        if crate::vm::attr::readonly_member(owner, name) {
            return PyErr::attribute_error("readonly attribute");
        }
        // The descriptor's type by its full name (`_asyncio.Future`), as CPython's getset_set.
        let owner = find_in_type(vm, p, obj).map_or_else(|| owner.to_string(), |(c, _)| c.tp_name().to_string());
        return PyErr::attribute_error(format!("attribute '{name}' of '{owner}' objects is not writable"));
    }
    let owner = vm.type_of(obj).qualname.borrow().clone();
    let name = find_in_type(vm, p, obj).and_then(|(_, n)| vm.repr(&n).ok());
    PyErr::attribute_error(match name {
        Some(n) => format!("property {n} of '{owner}' object has no {which}"),
        None => format!("property of '{owner}' object has no {which}"),
    })
}

/// Reading a property on `obj`: its getter's result.
pub fn get(vm: &mut Vm, p: &Rc<Property>, obj: &Value) -> PyResult<Value> {
    if p.fget.is_none() {
        return Err(missing_accessor(vm, p, obj, "getter"));
    }
    let fget = p.fget.clone();
    vm.call(&fget, vec![obj.clone()])
}

fn this(vm: &Vm, args: &Args, method: &str) -> PyResult<Rc<Property>> {
    match args.pos.first() {
        Some(Value::Property(p)) => Ok(p.clone()),
        other => {
            let got = other.map_or_else(|| "NoneType".into(), |v| vm.type_name(v));
            Err(PyErr::type_error(format!("descriptor '{method}' requires a 'property' object but received a '{got}'")))
        }
    }
}

/// `property.__get__(obj, type=None)`: the property itself when read from the class.
fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args, "__get__")?;
    // CPython's slot wrappers check arity with an empty name (" expected at least 1 argument").
    super::check_method_count("", "property.__get__", &args, 1, 2)?;
    let obj = arg(&args, 1);
    if obj.is_none() {
        return Ok(args.pos[0].clone());
    }
    get(vm, &p, &obj)
}

fn property_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args, "__set__")?;
    super::check_method_count("", "property.__set__", &args, 2, 2)?;
    let (obj, value) = (arg(&args, 1), arg(&args, 2));
    if p.fset.is_none() {
        return Err(missing_accessor(vm, &p, &obj, "setter"));
    }
    let fset = p.fset.clone();
    vm.call(&fset, vec![obj, value])?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args, "__delete__")?;
    // CPython's wrap_descr_delete (check_num_args) words it without a name.
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("expected 1 argument, got {}", args.pos.len().saturating_sub(1))));
    }
    let obj = arg(&args, 1);
    if p.fdel.is_none() {
        return Err(missing_accessor(vm, &p, &obj, "deleter"));
    }
    let fdel = p.fdel.clone();
    vm.call(&fdel, vec![obj])?;
    Ok(Value::None)
}

/// `property.__set_name__(owner, name)`: CPython 3.11 records the name for its error messages;
/// corio's messages find the name themselves, so only the arguments are checked.
fn property_set_name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 3 {
        let n = args.pos.len().saturating_sub(1);
        return Err(PyErr::type_error(format!("__set_name__() takes 2 positional arguments but {n} were given")));
    }
    Ok(Value::None)
}
