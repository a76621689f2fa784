//! `_types`: what `types.coroutine` needs from the VM: marking a generator function's code as
//! an iterable coroutine (CPython's CO_ITERABLE_COROUTINE flag).

use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::new_module;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_types");
    def_fn(&mut d.borrow_mut(), "_mark_iterable_coroutine", mark_iterable_coroutine);
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
