//! The coroutine attributes (`cr_running`, `cr_suspended`, `cr_await`, `cr_code`, `cr_frame`,
//! `cr_origin`) of the native coroutines that run `Queue.put`/`get`, `Lock.acquire` and
//! `Event.wait` (`native_sync`), as CPython's coroutines of those `async def` methods have
//! them, so `inspect.getcoroutinestate()` and walks down a task's `cr_await` chain work.

use std::rc::Rc;

use super::native_sync::{this, CoroState};
use crate::builtins::{arg, def_getter};
use crate::object::{Args, Class, PyDict, PyResult, Value};
use crate::vm::Vm;

pub fn install(cls: &Rc<Class>) {
    // A native coroutine never shows as running: it cannot observe itself while it steps.
    def_getter(cls, "cr_running", |_, _| Ok(Value::bool(false)));
    def_getter(cls, "cr_origin", |_, args| {
        let v = arg(&args, 0);
        Ok(super::coro_origin::origin_at(this(&v)? as *const super::native_sync::SyncCoro as usize))
    });
    def_getter(cls, "cr_suspended", |_, args| {
        let v = arg(&args, 0);
        let waiting = matches!(&*this(&v)?.state.borrow(), CoroState::Waiting(_));
        Ok(Value::bool(waiting))
    });
    def_getter(cls, "cr_await", cr_await);
    def_getter(cls, "cr_code", |vm, args| code_of(vm, &arg(&args, 0)));
    def_getter(cls, "cr_frame", cr_frame);
}

/// While waiting, CPython's coroutine is at `await fut` and shows the future's iterator.
fn cr_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let waiter = match &*this(&v)?.state.borrow() {
        CoroState::Waiting(w) => w.clone(),
        _ => return Ok(Value::None),
    };
    vm.call_method(&waiter, "__await__", vec![])
}

/// The code of the Python method the coroutine stands in for.
fn code_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = this(v)?;
    let (method, _) = c.op.method_and_self(&c.reg);
    let method = method.clone();
    vm.getattr(&method, &Value::str("__code__"))
}

/// A frame of the method's code: at its `def` line before the first step, at its first
/// `await` while waiting (where CPython's method waits), None once done. Its locals are
/// `self` only: the native code keeps no others.
fn cr_frame(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let c = this(&v)?;
    let waiting = match &*c.state.borrow() {
        CoroState::Created => false,
        CoroState::Waiting(_) | CoroState::Running => true,
        CoroState::Done => return Ok(Value::None),
    };
    let (_, receiver) = c.op.method_and_self(&c.reg);
    let receiver = receiver.clone();
    let code = code_of(vm, &v)?;
    let line = match &code {
        Value::Code(co) if waiting => first_await_line(co).unwrap_or(co.code.first_line),
        Value::Code(co) => co.code.first_line,
        _ => 0,
    };
    let mut locals = PyDict::new();
    locals.set_str("self", receiver);
    Ok(crate::modules::frames::native_frame(vm, code, line, locals))
}

/// The line of the code's first `await` (its first `YieldFrom`).
fn first_await_line(code: &crate::vm::CodeObj) -> Option<u32> {
    let body = code.code.body();
    let at = body.instructions.iter().position(|i| matches!(i, crate::bytecode::Instr::YieldFrom))?;
    body.locations.get(at).map(|l| l.line)
}

/// `_format_coroutine` of the coroutine as a task's coroutine (in the task's repr), from the
/// method it stands in for: "running at" its `def` line before the first step and its first
/// `await` after, "done, defined at" its `def` line once finished.
pub fn format_in_task(vm: &mut Vm, v: &Value) -> String {
    let Ok(c) = this(v) else { return "<coroutine>".to_string() };
    let q = c.qualname();
    // matches CPython: the places in its asyncio sources.
    let place = |suspended| super::callback_sources::cpython_coroutine_place(q, suspended);
    let cpython = match &*c.state.borrow() {
        CoroState::Created => place(false).map(|p| format!("<{q}() running at {p}>")),
        CoroState::Waiting(_) | CoroState::Running => place(true).map(|p| format!("<{q}() running at {p}>")),
        CoroState::Done => place(false).map(|p| format!("<{q}() done, defined at {p}>")),
    };
    if let Some(text) = cpython {
        return text;
    }
    let code = match code_of(vm, v) {
        Ok(Value::Code(co)) => co,
        _ => return format!("<{q}()>"),
    };
    let (file, first) = (code.code.filename.clone(), code.code.first_line);
    match &*c.state.borrow() {
        CoroState::Created => format!("<{q}() running at {file}:{first}>"),
        CoroState::Waiting(_) | CoroState::Running => {
            format!("<{q}() running at {file}:{}>", first_await_line(&code).unwrap_or(first))
        }
        CoroState::Done => format!("<{q}() done, defined at {file}:{first}>"),
    }
}
