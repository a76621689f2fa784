//! Making event loops from the class: `asyncio.SelectorEventLoop()` and script subclasses of
//! it (`class MyLoop(asyncio.SelectorEventLoop)`), as a loop factory or a policy's
//! `new_event_loop` returns them.
//!
//! A subclass instance is a script instance around a native loop (its `Payload::Builtin`), as
//! Task subclasses wrap a native task: the native methods unwrap it (`event_loop::loop_of`),
//! and the instance itself is the loop value tasks, futures and `get_running_loop()` see, so
//! its attributes and overridden methods are there when script code calls them. The
//! runtime calls a subclass's own `call_soon`, `call_exception_handler` and
//! `default_exception_handler` where CPython's futures, tasks and handles call those methods;
//! timers (`call_later`, `call_at`, `sleep`) and the clock stay native.

use std::rc::Rc;

use super::event_loop::EventLoop;
use super::handle::Handle;
use crate::object::{Args, NativeRc, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The native loop inside a subclass instance.
pub fn wrapped(v: &Value) -> Option<&EventLoop> {
    match v {
        Value::Instance(i) => match &i.payload {
            crate::object::Payload::Builtin(b) => b.downcast::<EventLoop>(),
            _ => None,
        },
        _ => None,
    }
}

/// The value holding the native loop: `v` itself, or the native loop of a subclass instance
/// (for registries that keep native references).
pub fn native_value(v: &Value) -> &Value {
    match v {
        Value::Instance(i) => match &i.payload {
            crate::object::Payload::Builtin(b) if b.downcast::<EventLoop>().is_some() => b,
            _ => v,
        },
        _ => v,
    }
}

/// Whether `loop_` is a subclass instance whose class defines `name` in the script (an
/// override the runtime calls where CPython's loop calls `self.name(...)`).
pub fn script_override(vm: &Vm, loop_: &Value, name: &str) -> bool {
    matches!(loop_, Value::Instance(_)) && matches!(vm.lookup_special(loop_, name), Some(Value::Function(_)))
}

/// Whether `v` is a loop the runtime drives natively (a native loop or a subclass instance).
pub fn is_loop(v: &Value) -> bool {
    v.downcast::<EventLoop>().is_some() || wrapped(v).is_some()
}

/// `_UnixSelectorEventLoop.__new__(cls, selector=None)`: corio's loop waits on its own
/// reactor, so a selector passed in is accepted and not used.
pub fn loop_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = args.pos.len().saturating_sub(1);
    if given > 1 {
        return Err(PyErr::type_error(format!(
            "_UnixSelectorEventLoop.__init__() takes from 1 to 2 positional arguments but {} were given",
            given + 1
        )));
    }
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| &**k != "selector") {
        return Err(PyErr::type_error(format!("_UnixSelectorEventLoop.__init__() got an unexpected keyword argument '{k}'")));
    }
    let native = super::event_loop::new_event_loop(vm);
    let cls = match args.pos.first() {
        Some(Value::Class(c)) if !Rc::ptr_eq(c, &super::classes(vm).event_loop) => c.clone(),
        _ => return Ok(native),
    };
    let inst = Rc::new(crate::object::Instance {
        class: std::cell::RefCell::new(cls),
        dict: Rc::new(std::cell::RefCell::new(crate::object::PyDict::new())),
        payload: crate::object::Payload::Builtin(native.clone()),
    });
    if let Some(l) = native.downcast::<EventLoop>() {
        *l.wrapper.borrow_mut() = Some(Rc::downgrade(&inst));
    }
    Ok(Value::Instance(inst))
}

/// `__init__(self, selector=None)`: everything was set up by `__new__` (a subclass's
/// `super().__init__()` lands here).
pub fn loop_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `loop.call_soon(cb, *args, context=context)` through a subclass's own `call_soon`, for the
/// callbacks futures and tasks schedule (CPython's call them through the loop's method). The
/// handle it returns, or a fresh one that is never queued when it returns something else.
pub fn via_call_soon(vm: &mut Vm, loop_: &Value, cb: Value, mut args: Vec<Value>, context: Option<Value>) -> PyResult<NativeRc<Handle>> {
    let method = vm.getattr(loop_, &Value::str("call_soon"))?;
    let mut call_args = Vec::with_capacity(args.len() + 1);
    call_args.push(cb.clone());
    call_args.append(&mut args);
    let kwargs = vec![(Rc::from("context"), context.unwrap_or(Value::None))];
    let r = vm.call_kw(&method, call_args, kwargs)?;
    if let Value::Native(n) = &r {
        if let Some(h) = n.downcast_rc::<Handle>() {
            return Ok(h);
        }
    }
    Ok(NativeRc::new(Handle::new(vm, cb, vec![], None)))
}

/// A task step or wake-up (see `ready`) scheduled through a subclass's own `call_soon`.
pub fn schedule_via_call_soon(vm: &mut Vm, loop_: &Value, entry: super::ready::Ready) -> PyResult<()> {
    let h = entry.into_handle(vm);
    let Some((cb, args)) = h.callback.borrow_mut().take() else { return Ok(()) };
    via_call_soon(vm, loop_, cb, args, h.context.clone()).map(|_| ())
}
