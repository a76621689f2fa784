//! The loop's side of `loop.add_signal_handler` (written in `stdlib/asyncio/unix_events.py`):
//! the signal wake-up descriptor (`signal.set_wakeup_fd`) is the loop's self-pipe, as in
//! CPython; each signal number read from it is handed to the loop's `_handle_signal`, which
//! schedules the registered callback.

use std::any::Any;
use std::rc::Rc;

use super::RuntimeClasses;
use crate::builtins::{arg, def_method};
use crate::object::{Args, Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A loop watching the wake-up pipe.
pub struct SignalWatch {
    loop_: Value,
    active: std::cell::Cell<bool>,
    class: Rc<Class>,
}

impl NativeObject for SignalWatch {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn install(_vm: &mut Vm, c: &RuntimeClasses) {
    def_method(&c.event_loop, "_watch_signals", m_watch_signals);
    def_method(&c.signal_watch, "stop", m_stop);
}

/// `loop._watch_signals()` -> a watch object: signal numbers now reach this loop, through
/// its self-pipe (CPython's `set_wakeup_fd(self._csock.fileno())`).
fn m_watch_signals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let loop_ = arg(&args, 0);
    let class = super::classes(vm).signal_watch.clone();
    let watch = Value::Native(crate::object::NativeRef::new(SignalWatch { loop_: loop_.clone(), active: std::cell::Cell::new(true), class }));
    let l = super::event_loop::loop_of(&loop_)?;
    let fd = super::reactor::watch_signals(&l.reactor, Some(watch.clone()))?;
    crate::vm::signals::set_wakeup_fd(fd);
    Ok(watch)
}

/// `watch.stop()`: the loop no longer takes signal numbers, and none are written for it.
fn m_stop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let w = this.downcast::<SignalWatch>().ok_or_else(|| PyErr::type_error("expected a signal watch"))?;
    if w.active.replace(false) {
        let l = super::event_loop::loop_of(&w.loop_)?;
        if !l.closed.get() {
            super::reactor::watch_signals(&l.reactor, None)?;
        }
        crate::vm::signals::set_wakeup_fd(-1);
    }
    Ok(Value::None)
}

/// Signal numbers arrived on the self-pipe: each goes to `loop._handle_signal`.
pub fn on_ready(vm: &mut Vm, watch: &Value) -> PyResult<()> {
    let Some(w) = watch.downcast::<SignalWatch>() else { return Ok(()) };
    let loop_ = w.loop_.clone();
    let signums = super::reactor::take_signals(&super::event_loop::loop_of(&loop_)?.reactor);
    for sig in signums {
        vm.call_method(&loop_, "_handle_signal", vec![Value::Int(sig as i64)])?;
    }
    Ok(())
}
