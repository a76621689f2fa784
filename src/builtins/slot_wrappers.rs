//! Container dunders (`__getitem__`, `__len__`, ...) in the dicts of the built-in container
//! types, so `super().__setitem__(k, v)` in a `dict` subclass, `list.__len__(x)` and the
//! method checks of `collections.abc` work as in CPython. Each one forwards to the VM's
//! generic operation on the built-in value (the call path unwraps a subclass instance).

use std::rc::Rc;

use super::{arg, def_method};
use crate::object::function::NativeFn;
use crate::object::{Args, Class, PyResult, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let sequences = [&t.list, &t.tuple, &t.str, &t.bytes, &t.bytearray, &t.range, &t.dict];
    for cls in sequences {
        add(cls, "__getitem__", getitem);
    }
    for cls in [&t.list, &t.dict, &t.bytearray] {
        add(cls, "__setitem__", setitem);
        add(cls, "__delitem__", delitem);
    }
    let collections = [&t.list, &t.tuple, &t.str, &t.bytes, &t.bytearray, &t.range, &t.dict, &t.set, &t.frozenset];
    for cls in collections {
        add(cls, "__len__", len);
        add(cls, "__iter__", iter);
        add(cls, "__contains__", contains);
    }
    // `list.__repr__(x)` / `super().__repr__()` in a subclass: the base value's repr
    // (CPython's tp_repr slots), not object's `<... object at ...>`.
    for cls in [&t.list, &t.tuple, &t.dict, &t.int, &t.float, &t.str, &t.bytes, &t.bytearray] {
        add(cls, "__repr__", base_repr);
    }
    // Sets name a subclass in their repr (`MySet({1})`), so they see the instance itself.
    for cls in [&t.set, &t.frozenset] {
        if !cls.dict.borrow().contains_str("__repr__") {
            let f = crate::object::BuiltinFunction::new(Rc::from("__repr__"), set_repr, crate::object::function::NativeKind::Method, None, None, crate::builtins::arity::Arity::Slot(0));
            cls.dict.borrow_mut().set_str("__repr__", Value::Builtin(Rc::new(f)));
        }
    }
    // `str.__str__`: a str subclass prints as its text even when it overrides `__repr__`.
    add(&t.str, "__str__", str_str);
}

/// The descriptor's type check: after the call path unwrapped a subclass instance, anything
/// still an instance is not of the owning built-in type.
fn base_self(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let v = arg(args, 0);
    if let Value::Instance(_) = v {
        return Err(crate::object::PyErr::type_error(format!(
            "descriptor '{name}' requires a built-in object but received a '{}'",
            vm.type_name(&v)
        )));
    }
    Ok(v)
}

fn base_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = base_self(vm, &args, "__repr__")?;
    // `int.__repr__(True)` is '1': int's slot formats the integer value (bool has its own).
    if let Value::Bool(b) = v {
        return Ok(Value::str(if b.get() { "1" } else { "0" }));
    }
    Ok(Value::str(&vm.repr(&v)?))
}

fn str_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = base_self(vm, &args, "__str__")?;
    Ok(Value::str(&vm.str(&v)?))
}

/// `set.__repr__`: `{1, 2}`, `set()`, or `Name({1, 2})` / `Name()` for a subclass.
fn set_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let Value::Instance(inst) = &v else {
        return Ok(Value::str(&vm.repr(&v)?));
    };
    let crate::object::Payload::Builtin(base) = &inst.payload else {
        return Err(crate::object::PyErr::type_error(format!(
            "descriptor '__repr__' requires a 'set' object but received a '{}'",
            vm.type_name(&v)
        )));
    };
    let name = inst.class().name();
    let text = vm.repr(base)?;
    // The base repr is `{...}`, `set()`, `frozenset()` or `frozenset({...})`.
    let inner = if let Some(rest) = text.strip_prefix("frozenset(") {
        rest.strip_suffix(')').unwrap_or(rest).to_string()
    } else if text == "set()" {
        String::new()
    } else {
        text.to_string()
    };
    Ok(Value::str(&format!("{name}({inner})")))
}

/// Adds the wrapper unless the type already has its own native method of that name.
fn add(cls: &Rc<Class>, name: &str, f: NativeFn) {
    if !cls.dict.borrow().contains_str(name) {
        def_method(cls, name, f);
    }
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.getitem(&arg(&args, 0), &arg(&args, 1))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.setitem(&arg(&args, 0), arg(&args, 1), arg(&args, 2))?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.delitem(&arg(&args, 0), &arg(&args, 1))?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.len(&arg(&args, 0))? as i64))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.get_iter(&arg(&args, 0))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(vm.contains(&arg(&args, 0), &arg(&args, 1))?))
}
