//! The loop's side of `loop.add_signal_handler` (written in `stdlib/asyncio/unix_events.py`):
//! the process's signal wake-up pipe (`signal.set_wakeup_fd`, as in CPython's self-pipe) has
//! its read end on the loop's reactor; each signal number read from it is handed to the
//! loop's `_handle_signal`, which schedules the registered callback.

use std::any::Any;
use std::io::Read;
use std::os::fd::{AsRawFd, OwnedFd};
use std::rc::Rc;
use std::sync::OnceLock;

use super::RuntimeClasses;
use crate::builtins::{arg, def_method};
use crate::object::{Args, Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The wake-up pipe (read end, write end), created once per process, both non-blocking.
static PIPE: OnceLock<(std::fs::File, OwnedFd)> = OnceLock::new();

/// A loop watching the wake-up pipe.
pub struct SignalWatch {
    loop_: Value,
    token: std::cell::Cell<Option<usize>>,
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

fn pipe() -> std::io::Result<&'static (std::fs::File, OwnedFd)> {
    if let Some(p) = PIPE.get() {
        return Ok(p);
    }
    let (r, w) = std::io::pipe()?;
    let (r, w): (OwnedFd, OwnedFd) = (r.into(), w.into());
    for fd in [&r, &w] {
        // SAFETY: fcntl on a descriptor we own, setting only O_NONBLOCK.
        unsafe {
            let flags = libc::fcntl(fd.as_raw_fd(), libc::F_GETFL);
            libc::fcntl(fd.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK);
        }
    }
    let _ = PIPE.set((std::fs::File::from(r), w));
    PIPE.get().ok_or_else(|| std::io::Error::other("signal pipe"))
}

/// `loop._watch_signals()` -> a watch object: signal numbers now reach this loop.
fn m_watch_signals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let loop_ = arg(&args, 0);
    let p = pipe().map_err(|e| crate::builtins::file::os_error(&e, None))?;
    crate::vm::signals::set_wakeup_fd(p.1.as_raw_fd());
    let class = super::classes(vm).signal_watch.clone();
    let watch = Value::Native(crate::object::NativeRef::new(SignalWatch { loop_: loop_.clone(), token: std::cell::Cell::new(None), class }));
    let token = super::reactor::register_fd(&loop_, p.0.as_raw_fd(), &watch)?;
    if let Some(w) = watch.downcast::<SignalWatch>() {
        w.token.set(Some(token));
    }
    Ok(watch)
}

/// `watch.stop()`: the loop no longer reads the pipe, and signals are no longer written to it.
fn m_stop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let w = this.downcast::<SignalWatch>().ok_or_else(|| PyErr::type_error("expected a signal watch"))?;
    if let (Some(token), Some(p)) = (w.token.take(), PIPE.get()) {
        super::reactor::deregister_fd(&w.loop_, p.0.as_raw_fd(), token);
        crate::vm::signals::set_wakeup_fd(-1);
    }
    Ok(Value::None)
}

/// The pipe became readable: pass every signal number in it to `loop._handle_signal`.
pub fn on_ready(vm: &mut Vm, watch: &Value) -> PyResult<()> {
    let Some(w) = watch.downcast::<SignalWatch>() else { return Ok(()) };
    let loop_ = w.loop_.clone();
    let Some(p) = PIPE.get() else { return Ok(()) };
    let mut signums = Vec::new();
    let mut buf = [0u8; 64];
    // Edge-triggered: drain the pipe completely.
    loop {
        match (&p.0).read(&mut buf) {
            Ok(0) => break,
            Ok(n) => signums.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        }
    }
    for sig in signums {
        vm.call_method(&loop_, "_handle_signal", vec![Value::Int(sig as i64)])?;
    }
    Ok(())
}
