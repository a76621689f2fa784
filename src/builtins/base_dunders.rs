//! Special methods of the core built-in types that scripts call explicitly, mostly through
//! `super()` in a subclass: `int.__hash__`, `float.__format__`, `list.__reversed__`,
//! `NoneType.__bool__`, ... Each works on the base value (the call path unwraps a subclass
//! instance) and does what the VM does for the built-in operation, as CPython's slots do.

use std::rc::Rc;

use super::{arg, def_method};
use crate::object::{Args, Class, NativeFn, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let hashable = [&t.int, &t.float, &t.complex, &t.bytes, &t.tuple, &t.frozenset, &t.range];
    for cls in hashable {
        add(cls, "__hash__", hash);
    }
    for cls in [&t.int, &t.float, &t.complex] {
        add(cls, "__format__", format);
    }
    for cls in [&t.list, &t.range, &t.dict] {
        add(cls, "__reversed__", reversed);
    }
    add(&t.none_type, "__bool__", none_bool);
    add(&t.none_type, "__repr__", none_repr);
    for cls in [&t.none_type, &t.ellipsis_type, &t.not_implemented_type] {
        add(cls, "__new__", singleton_new);
    }
    for cls in [&t.int, &t.float, &t.str, &t.bytes, &t.tuple] {
        add(cls, "__getnewargs__", getnewargs);
    }
    add(&t.bytes, "__bytes__", bytes_bytes);
    // matches CPython: the generic containers (and enumerate, BaseExceptionGroup) have a
    // `__class_getitem__` class method making a `types.GenericAlias`.
    let enumerate = vm.iterator_class("enumerate");
    let group = vm.exc_class(crate::object::ExcKind::BaseExceptionGroup);
    let t = &vm.types;
    for cls in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &enumerate, &group] {
        if !cls.dict.borrow().contains_str("__class_getitem__") {
            super::def_classmethod(cls, "__class_getitem__", class_getitem);
        }
    }
    super::def_classmethod(&t.float, "__getformat__", float_getformat);
    def_method(&vm.exc_class(crate::object::ExcKind::BaseException), "__setstate__", exc_setstate);
}

/// `cls.__class_getitem__(item)`: `types.GenericAlias(cls, item)`.
pub fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let types = vm.import_module("types")?;
    let alias = vm.getattr(&types, &Value::str("GenericAlias"))?;
    vm.call(&alias, vec![arg(&args, 0), arg(&args, 1)])
}

/// `int.__getnewargs__()` and the float, str, bytes and tuple ones: a 1-tuple holding a copy
/// of the value as the exact built-in type (what pickle passes back to `__new__`).
fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let base = match &v {
        Value::Bool(b) => Value::Int(i64::from(b.get())),
        Value::Instance(_) => vm.builtin_base(&v).unwrap_or(Value::None),
        other => other.clone(),
    };
    if base.is_none() {
        return Err(PyErr::type_error(format!(
            "descriptor '__getnewargs__' requires a built-in value but received a '{}'",
            vm.type_name(&v)
        )));
    }
    Ok(Value::tuple(vec![base]))
}

/// `bytes.__bytes__()`: the value as an exact bytes object.
fn bytes_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    match &v {
        Value::Bytes(_) => Ok(v),
        _ => match vm.builtin_base(&v) {
            Some(b @ Value::Bytes(_)) => Ok(b),
            _ => Err(PyErr::type_error(format!(
                "descriptor '__bytes__' requires a 'bytes' object but received a '{}'",
                vm.type_name(&v)
            ))),
        },
    }
}

/// `float.__getformat__(typestr)`: the platform's float layout, always IEEE little-endian here.
fn float_getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let what = arg(&args, 1);
    match what.as_str() {
        Some("double" | "float") => Ok(Value::str("IEEE, little-endian")),
        Some(_) => Err(PyErr::value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(PyErr::type_error(format!(
            "__getformat__() argument must be str, not {}",
            super::arg_type_name(vm, &what)
        ))),
    }
}

/// `BaseException.__setstate__(state)`: each item of a dict state becomes an attribute.
fn exc_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (exc, state) = (arg(&args, 0), arg(&args, 1));
    match &state {
        Value::None => {}
        Value::Dict(d) => {
            let items = d.borrow().items();
            for (k, v) in items {
                vm.setattr(&exc, &k, v)?;
            }
        }
        _ => return Err(PyErr::type_error("state is not a dictionary")),
    }
    Ok(Value::None)
}

/// Adds the method unless the type already has its own of that name.
fn add(cls: &Rc<Class>, name: &str, f: NativeFn) {
    if !cls.dict.borrow().contains_str(name) {
        def_method(cls, name, f);
    }
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(&arg(&args, 0))?))
}

/// `int.__format__(spec)` and the float and complex ones: the format-spec mini-language;
/// matches CPython's Argument Clinic message for a spec that is not a str.
fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, spec) = (arg(&args, 0), arg(&args, 1));
    let Some(text) = spec.as_str().map(|s| s.to_owned()) else {
        let what = super::arg_type_name(vm, &spec);
        return Err(PyErr::type_error(format!("__format__() argument must be str, not {what}")));
    };
    Ok(Value::string(super::format::format(vm, &v, &text)?))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::types::reversed_builtin(vm, arg(&args, 0))
}

fn none_bool(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::bool(false))
}

fn none_repr(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str("None"))
}

/// `type(None)()`, `type(...)()` and `type(NotImplemented)()`: the singleton itself, as
/// CPython's `none_new`, `ellipsis_new` and `notimplemented_new`, which refuse any argument.
fn singleton_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = &vm.types;
    let (name, value) = match args.pos.first() {
        Some(Value::Class(c)) if Rc::ptr_eq(c, &t.ellipsis_type) => ("EllipsisType", Value::Ellipsis),
        Some(Value::Class(c)) if Rc::ptr_eq(c, &t.not_implemented_type) => ("NotImplementedType", Value::NotImplemented),
        _ => ("NoneType", Value::None),
    };
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("{name} takes no arguments")));
    }
    Ok(value)
}
