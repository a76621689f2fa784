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
    Ok(Value::Bool(vm.contains(&arg(&args, 0), &arg(&args, 1))?))
}
