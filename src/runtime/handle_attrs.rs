//! The data attributes CPython's `Handle` and `TimerHandle` keep in their slots (`_callback`,
//! `_args`, `_cancelled`, `_context`, `_loop`, `_when`, ...), readable on the native handles so
//! debugging code that inspects them works and `dir()` (hence "Did you mean") lists them.

use super::handle::handle;
use super::RuntimeClasses;
use crate::builtins::{arg, def_getter};
use crate::object::{Args, PyResult, Value};
use crate::vm::Vm;

pub fn install(c: &RuntimeClasses) {
    for cls in [&c.handle, &c.timer_handle] {
        def_getter(cls, "_callback", callback);
        def_getter(cls, "_args", args);
        def_getter(cls, "_cancelled", cancelled);
        def_getter(cls, "_context", context);
        def_getter(cls, "_loop", loop_);
        // Set only in debug mode, as in CPython.
        def_getter(cls, "_source_traceback", |vm, a| {
            let tb = handle(&arg(&a, 0))?.source_tb.borrow().clone();
            super::source_traceback::attribute(vm, tb)
        });
        def_getter(cls, "_repr", |_, _| Ok(Value::None));
    }
    def_getter(&c.timer_handle, "_when", super::handle::when);
    def_getter(&c.timer_handle, "_scheduled", scheduled);
}

/// The callback, None once cancelled (CPython drops it then).
fn callback(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = arg(&a, 0);
    let cb = handle(&v)?.callback.borrow().as_ref().map(|(cb, _)| cb.clone());
    Ok(cb.unwrap_or(Value::None))
}

/// The arguments as a tuple, None once cancelled.
fn args(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = arg(&a, 0);
    let args = handle(&v)?.callback.borrow().as_ref().map(|(_, args)| Value::tuple(args.clone()));
    Ok(args.unwrap_or(Value::None))
}

fn cancelled(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::bool(handle(&arg(&a, 0))?.cancelled.get()))
}

/// The context the callback runs in; the empty context (kept as None here) as a new object.
fn context(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = arg(&a, 0);
    if let Some(c) = &handle(&v)?.context {
        return Ok(c.clone());
    }
    let classes = crate::modules::contextvars::classes(vm)?;
    Ok(crate::modules::contextvars::Context::new_value(&classes, std::rc::Rc::new(Vec::new())))
}

/// The loop a script-made handle was given; the loop's own handles belong to the running loop.
fn loop_(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = arg(&a, 0);
    if let Some(l) = &handle(&v)?.owner_loop {
        return Ok(l.clone());
    }
    Ok(super::state(vm).locals.running_loop.clone().unwrap_or(Value::None))
}

/// Whether the timer is still in its loop's heap.
fn scheduled(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::bool(handle(&arg(&a, 0))?.scheduled.borrow().is_some()))
}
