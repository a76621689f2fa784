//! The coroutine attributes of `asyncio.sleep()`'s native coroutines (`cr_running`,
//! `cr_suspended`, `cr_await`, `cr_code`, `cr_frame`, `cr_origin`), shaped like those of
//! CPython's `async def sleep` so `inspect.getcoroutinestate()` and friends work on them.

use std::rc::Rc;

use super::sleep::{this, SleepState};
use crate::builtins::{arg, def_getter};
use crate::bytecode::Constant;
use crate::object::{Args, Class, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

/// CPython 3.11's `sleep` with its line layout, so a frame's line offsets from `co_firstlineno`
/// match CPython's (created: the `def` line; at `await __sleep0()`: +3; at `await future`: +12).
/// Compiled only for its code object, never run.
const SLEEP_SOURCE: &str = "\
async def sleep(delay, result=None):
    \"\"\"Coroutine that completes after given time (in seconds).\"\"\"
    if delay <= 0:
        await __sleep0()
        return result

    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay,
                        futures._set_result_unless_cancelled,
                        future, result)
    try:
        return await future
    finally:
        h.cancel()
";

pub fn install(cls: &Rc<Class>) {
    // A native coroutine never shows as running: it cannot observe itself while it steps.
    def_getter(cls, "cr_running", |_, _| Ok(Value::bool(false)));
    def_getter(cls, "cr_origin", |_, args| {
        let v = arg(&args, 0);
        Ok(super::coro_origin::origin_at(this(&v)? as *const super::sleep::Sleep as usize))
    });
    def_getter(cls, "cr_suspended", cr_suspended);
    def_getter(cls, "cr_await", cr_await);
    def_getter(cls, "cr_code", |vm, _| sleep_code(vm));
    def_getter(cls, "cr_frame", cr_frame);
}

fn cr_suspended(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let s = this(&v)?;
    let suspended = matches!(&*s.state.borrow(), SleepState::Yielded | SleepState::Waiting { .. });
    Ok(Value::bool(suspended))
}

/// CPython shows the future's iterator while waiting on the timer, and the `__sleep0()`
/// generator, suspended at its bare `yield`, while `sleep(0)` is yielded.
fn cr_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let s = this(&v)?;
    let fut = match &*s.state.borrow() {
        SleepState::Waiting { fut, .. } => fut.clone(),
        SleepState::Yielded => return sleep0_generator(vm, s),
        _ => return Ok(Value::None),
    };
    vm.call_method(&fut, "__await__", vec![])
}

/// CPython 3.11's `__sleep0` with its line layout (the `yield` 9 lines below the decorator),
/// defined after a stand-in for `types.coroutine`, which leaves a generator function as is.
const SLEEP0_SOURCE: &str = "\
def _coroutine(func):
    return func
@_coroutine
def __sleep0():
    \"\"\"Skip one event loop run cycle.

    This is a private helper for 'asyncio.sleep()', used
    when the 'delay' is set to 0.  It uses a bare 'yield'
    expression (which Task.__step knows how to handle)
    instead of creating a Future object.
    \"\"\"
    yield
";

/// The `__sleep0()` generator of a yielded `sleep(0)`: made once, and stepped to its `yield`.
fn sleep0_generator(vm: &mut Vm, s: &super::sleep::Sleep) -> PyResult<Value> {
    if let Some(g) = &*s.sleep0.borrow() {
        return Ok(g.clone());
    }
    let func = match super::state(vm).sleep0_func.clone() {
        Some(f) => f,
        None => {
            let module = vm.compile_module_source(SLEEP0_SOURCE, "<frozen asyncio.tasks>")?;
            let code = crate::vm::CodeObj::new(module, Some(crate::source::SourceText::Embedded(SLEEP0_SOURCE)));
            let globals = Rc::new(std::cell::RefCell::new(PyDict::new()));
            vm.run_module_code(code, globals.clone())?;
            let f = globals
                .borrow()
                .get_str("__sleep0")
                .ok_or_else(|| PyErr::runtime_error("__sleep0 is missing"))?;
            super::state(vm).sleep0_func = Some(f.clone());
            f
        }
    };
    let g = vm.call(&func, vec![])?;
    vm.call_method(&g, "send", vec![Value::None])?;
    *s.sleep0.borrow_mut() = Some(g.clone());
    Ok(g)
}

fn cr_frame(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let s = this(&v)?;
    let offset = match &*s.state.borrow() {
        SleepState::Created => 0,
        SleepState::Yielded => 3,
        SleepState::Waiting { .. } => 12,
        SleepState::Done => return Ok(Value::None),
    };
    let code = sleep_code(vm)?;
    let first = match &code {
        Value::Code(c) => c.code.first_line,
        _ => 1,
    };
    let mut locals = PyDict::new();
    locals.set_str("delay", s.delay_arg.clone());
    locals.set_str("result", s.result.clone());
    // matches CPython: past the timer's set-up its frame has these locals too.
    if let SleepState::Waiting { fut, handle } = &*s.state.borrow() {
        let loop_ = super::future::core_of(fut).map_or(Value::None, |c| c.loop_.clone());
        locals.set_str("loop", loop_);
        locals.set_str("future", fut.clone());
        locals.set_str("h", Value::Native(handle.erased()));
    }
    Ok(crate::modules::frames::native_frame(vm, code, first + offset, locals))
}

/// The code object of [`SLEEP_SOURCE`]'s function, compiled once per VM.
fn sleep_code(vm: &mut Vm) -> PyResult<Value> {
    if let Some(c) = &super::state(vm).sleep_code {
        return Ok(c.clone());
    }
    let module = vm.compile_module_source(SLEEP_SOURCE, "<frozen asyncio.tasks>")?;
    let inner = module
        .body
        .get()
        .constants
        .iter()
        .find_map(|k| match k {
            Constant::Code(c) => Some(c.clone()),
            _ => None,
        })
        .ok_or_else(|| PyErr::runtime_error("sleep's code object is missing"))?;
    let code = Value::Code(crate::vm::CodeObj::new(inner, Some(crate::source::SourceText::Embedded(SLEEP_SOURCE))));
    super::state(vm).sleep_code = Some(code.clone());
    Ok(code)
}

/// `_format_coroutine` of a native sleep as a task's coroutine (its repr): CPython names the
/// line its `sleep` is at (the `def` line before it runs, `await __sleep0()` or
/// `return await future` while suspended, "done, defined at" the `def` line after); corio
/// names the lines of the stand-in `_SleepFrame.sleep` in the frozen `asyncio.tasks`, whose
/// body holds `return await future` then `await __sleep0()`.
pub fn format_in_task(vm: &mut Vm, v: &Value) -> String {
    let Ok(s) = this(v) else { return "<sleep()>".to_string() };
    // matches CPython: the places in its asyncio/tasks.py.
    use super::callback_sources::{cpython_coroutine_place as place, cpython_sleep0_place};
    let cpython = match &*s.state.borrow() {
        SleepState::Created => place("sleep", false).map(|p| format!("<sleep() running at {p}>")),
        SleepState::Waiting { .. } => place("sleep", true).map(|p| format!("<sleep() running at {p}>")),
        SleepState::Yielded => Some(format!("<sleep() running at {}>", cpython_sleep0_place())),
        SleepState::Done => place("sleep", false).map(|p| format!("<sleep() done, defined at {p}>")),
    };
    if let Some(text) = cpython {
        return text;
    }
    let code = vm
        .import_module("asyncio.tasks")
        .and_then(|m| vm.getattr(&m, &Value::str("_SleepFrame")))
        .and_then(|c| vm.getattr(&c, &Value::str("sleep")));
    let Ok(Value::Function(f)) = code else { return "<sleep()>".to_string() };
    let (file, first) = (f.code.code.filename.clone(), f.code.code.first_line);
    match &*s.state.borrow() {
        SleepState::Created => format!("<sleep() running at {file}:{first}>"),
        SleepState::Waiting { .. } => format!("<sleep() running at {file}:{}>", first + 1),
        SleepState::Yielded => format!("<sleep() running at {file}:{}>", first + 2),
        SleepState::Done => format!("<sleep() done, defined at {file}:{first}>"),
    }
}
