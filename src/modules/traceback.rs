//! `_traceback`: the interpreter's own traceback formatter (src/vm/traceback.rs) exposed to
//! `stdlib/traceback.py`, so `traceback.format_exc()` prints exactly what an uncaught
//! exception prints.

use super::new_module;
use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_traceback");
    let mut d = d.borrow_mut();
    def_fn(&mut d, "format_exception", format_exception);
    def_fn(&mut d, "format_exception_only", format_exception_only);
    Ok(m)
}

/// `format_exception(exc)`: the full text, chained exceptions included.
fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::Instance(i) => Ok(Value::str(&vm.format_exception(&i))),
        _ => Err(PyErr::type_error("format_exception() needs an exception instance")),
    }
}

/// `format_exception_only(exc)`: the last line, `module.Type: message`.
fn format_exception_only(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::Instance(i) => Ok(Value::str(&vm.exception_only(&i))),
        _ => Err(PyErr::type_error("format_exception_only() needs an exception instance")),
    }
}
