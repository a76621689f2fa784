//! `object.__reduce_ex__`, `object.__reduce__`, `object.__getstate__` and `object.__sizeof__`:
//! every object has them in CPython, so `getattr(obj, name)` works for each name `dir(obj)`
//! lists and `super().__getstate__()` / `super().__reduce_ex__(proto)` reach a default. The
//! pickling defaults live in the `pickle` module (written in Python), loaded on first use.

use super::{arg, def_method, int_arg};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let object = vm.types.object.clone();
    def_method(&object, "__reduce_ex__", reduce_ex);
    def_method(&object, "__reduce__", reduce);
    def_method(&object, "__getstate__", getstate);
    def_method(&object, "__sizeof__", sizeof);
}

fn self_arg(args: &Args, name: &str) -> PyResult<Value> {
    args.pos.first().cloned().ok_or_else(|| PyErr::type_error(format!("unbound method object.{name}() needs an argument")))
}

/// Call `pickle.<helper>(*args)`.
fn pickle_helper(vm: &mut Vm, helper: &str, args: Vec<Value>) -> PyResult<Value> {
    let module = vm.import_module("pickle")?;
    let f = vm.getattr(&module, &Value::str(helper))?;
    vm.call(&f, args)
}

fn reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = self_arg(&args, "__reduce_ex__")?;
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "object.__reduce_ex__() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    let proto = int_arg(vm, &arg(&args, 1), "")?;
    pickle_helper(vm, "_object_reduce_ex", vec![obj, Value::Int(proto)])
}

fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = self_arg(&args, "__reduce__")?;
    super::check_method_count("__reduce__", "object.__reduce__", &args, 0, 0)?;
    pickle_helper(vm, "_object_reduce_ex", vec![obj, Value::Int(0)])
}

fn getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = self_arg(&args, "__getstate__")?;
    super::check_method_count("__getstate__", "object.__getstate__", &args, 0, 0)?;
    let cls = Value::Class(vm.type_of(&obj));
    pickle_helper(vm, "_object_getstate", vec![obj, cls])
}

/// CPython's object.__sizeof__: the type's basic size, here a plain object's 16 bytes plus a
/// pointer for each slot and for weak-reference support (an instance dict lives before the
/// object in 3.11 and is not counted).
fn sizeof(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = self_arg(&args, "__sizeof__")?;
    super::check_method_count("__sizeof__", "object.__sizeof__", &args, 0, 0)?;
    let Value::Instance(inst) = &obj else { return Ok(Value::Int(super::container_sizeof::object_size(&obj))) };
    let cls = inst.class();
    // A subclass of a variable-sized type (tuple, int): the value's items after the type's
    // basic size, which holds the dict pointer when the class has a dict (no weak-reference
    // pointer: CPython's type_new adds none to such a type).
    let var_sized = match &inst.payload {
        crate::object::Payload::Builtin(v @ (Value::Tuple(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
            Some(super::container_sizeof::object_size(v))
        }
        _ => None,
    };
    if let Some(base) = var_sized {
        let dict = if cls.dictless.get() { 0 } else { 8 };
        return Ok(Value::Int(base + dict));
    }
    let mut words = 0i64;
    for c in cls.mro.borrow().iter() {
        for (_, v) in c.dict.borrow().items() {
            if super::slots::member(&v).is_some() {
                words += 1;
            }
        }
    }
    // A class with instance dicts has the weak-reference slot too (corio answers
    // `__weakref__` outside the class dict); a `__slots__` class only when it names it.
    let slots_weakref = cls.mro.borrow().iter().any(|c| {
        c.dict.borrow().get_str("__slots__").is_some_and(|v| match &v {
            Value::Str(s) => s.as_str() == "__weakref__",
            Value::Tuple(t) => t.iter().any(|x| x.as_str() == Some("__weakref__")),
            Value::List(l) => l.borrow().iter().any(|x| x.as_str() == Some("__weakref__")),
            _ => false,
        })
    });
    // matches CPython's type_new: a class adds the weak-reference pointer unless it (or the
    // base that already has one) declares `__slots__` without `__weakref__`.
    // A subclass of a fixed-size built-in container counts as plain (var-sized ones, int,
    // str, tuple, bytes, have no room for the pointer).
    let fixed_size_base = || {
        cls.mro.borrow().iter().any(|c| c.is_builtin_type() && matches!(&**c.name.borrow(), "dict" | "list" | "set" | "frozenset"))
    };
    let plain = matches!(cls.layout, crate::object::class::Layout::Object) || (cls.layout == crate::object::class::Layout::Builtin && fixed_size_base());
    let adds_weakref = cls.mro.borrow().iter().any(|c| !c.is_builtin_type() && c.dict.borrow().get_str("__slots__").is_none());
    if cls.lookup("__weakref__").is_some() || slots_weakref || (plain && adds_weakref) {
        words += 1;
    }
    Ok(Value::Int(16 + 8 * words))
}
