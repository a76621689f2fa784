//! `_types`: what `types.coroutine` needs from the VM: marking a generator function's code as
//! an iterable coroutine (CPython's CO_ITERABLE_COROUTINE flag); and for `inspect`, the text
//! signature of a built-in type.

use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::new_module;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_types");
    def_fn(&mut d.borrow_mut(), "_mark_iterable_coroutine", mark_iterable_coroutine);
    def_fn(&mut d.borrow_mut(), "_type_text_signature", type_text_signature);
    Ok(m)
}

/// `_mark_iterable_coroutine(func)`: generators made by `func` can be awaited and can
/// `yield from` coroutines; `func` itself is returned, still a generator function (as CPython's
/// `types.coroutine` sets the flag on the function's code rather than wrapping it).
fn mark_iterable_coroutine(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = arg(&args, 0);
    match &f {
        Value::Function(func) if func.code.code.flags.generator => func.code.iterable_coroutine.set(true),
        _ => return Err(PyErr::type_error("_mark_iterable_coroutine() expects a generator function")),
    }
    Ok(f)
}

/// `_type_text_signature(cls)`: CPython's `cls.__text_signature__` for a built-in type
/// (`enumerate` -> `'(iterable, start=0)'`), None for any other class.
fn type_text_signature(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Class(cls) = arg(&args, 0) else { return Ok(Value::None) };
    let module = cls.dict.borrow().get_str("__module__").and_then(|m| m.as_str().map(str::to_owned));
    // The native `_asyncio.Future` and `Task` have CPython's signatures too; a script class
    // names its own module.
    let native_asyncio = module.as_deref() == Some("_asyncio") && cls.layout == crate::object::class::Layout::Builtin;
    if !cls.is_builtin_type() && !native_asyncio {
        return Ok(Value::None);
    }
    Ok(crate::builtins::text_signatures::type_signature(module.as_deref().unwrap_or("builtins"), &cls.name()))
}
