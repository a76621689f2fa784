//! The private attributes CPython's `_asyncio.Future` exposes and programs read: `_loop`,
//! `_result`, `_exception` and `_log_traceback` (reading them retrieves nothing, unlike
//! `exception()`).

use std::rc::Rc;

use super::future::{core_of, FutureCore, FutureState};
use super::RuntimeClasses;
use crate::builtins::arg;
use crate::object::function::NativeKind;
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(c: &RuntimeClasses) {
    crate::builtins::def_getter(&c.future, "_loop", loop_);
    crate::builtins::def_getter(&c.future, "_result", result);
    crate::builtins::def_getter(&c.future, "_exception", exception);
    // Set only in debug mode, as in CPython.
    crate::builtins::def_getter(&c.future, "_source_traceback", |vm, a| {
        let tb = core(&arg(&a, 0))?.source_traceback();
        super::source_traceback::attribute(vm, tb)
    });
    let prop = crate::object::Property {
        fget: crate::builtins::native("_log_traceback", log_traceback, NativeKind::Function, None),
        fset: crate::builtins::native("_log_traceback", set_log_traceback, NativeKind::Function, None),
        fdel: Value::None,
        doc: Value::None.into(),
    };
    c.future.dict.borrow_mut().set_str("_log_traceback", Value::Property(Rc::new(prop)));
    let prop = crate::object::Property {
        fget: crate::builtins::native("_asyncio_future_blocking", blocking, NativeKind::Function, None),
        fset: crate::builtins::native("_asyncio_future_blocking", set_blocking, NativeKind::Function, None),
        fdel: Value::None,
        doc: Value::None.into(),
    };
    c.future.dict.borrow_mut().set_str("_asyncio_future_blocking", Value::Property(Rc::new(prop)));
}

fn blocking(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(core(&arg(&args, 0))?.blocking.get()))
}

/// matches CPython's setter: any value, taken by its truth.
fn set_blocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let truth = vm.is_true(&arg(&args, 1))?;
    core(&v)?.blocking.set(truth);
    Ok(Value::None)
}

fn core(v: &Value) -> PyResult<&FutureCore> {
    core_of(v).ok_or_else(|| PyErr::type_error("descriptor requires a '_asyncio.Future' object"))
}

fn loop_(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(core(&arg(&args, 0))?.loop_.clone())
}

fn result(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let r = match &*core(&v)?.state.borrow() {
        FutureState::Result(r) => r.clone(),
        _ => Value::None,
    };
    Ok(r)
}

fn exception(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let r = match &*core(&v)?.state.borrow() {
        FutureState::Exception(e) => Value::Instance(e.clone()),
        _ => Value::None,
    };
    Ok(r)
}

fn log_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(core(&arg(&args, 0))?.log_traceback.get()))
}

/// matches CPython: the flag can only be cleared (to silence "exception was never retrieved").
fn set_log_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let c = core(&v)?;
    if vm.is_true(&arg(&args, 1))? {
        return Err(PyErr::value_error("_log_traceback can only be set to False"));
    }
    c.log_traceback.set(false);
    Ok(Value::None)
}
