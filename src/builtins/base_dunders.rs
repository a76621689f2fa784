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
