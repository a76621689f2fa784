//! `_signal`: the native half of `signal` (`stdlib/signal.py`): installing Python handlers
//! (run by the VM at safe points, see `vm::signals`), `getsignal`, `default_int_handler`,
//! `set_wakeup_fd`, `alarm`, `raise_signal`.

use super::new_module;
use crate::builtins::{arg, def_fn, int_arg};
use crate::object::{Args, ExcKind, PyErr, PyResult, Value};
use crate::vm::signals::{self, Disposition, NSIG};
use crate::vm::Vm;

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_signal");
    {
        let mut d = d.borrow_mut();
        for (name, f) in [
            ("signal", signal as crate::object::NativeFn),
            ("getsignal", getsignal),
            ("default_int_handler", default_int_handler),
            ("set_wakeup_fd", set_wakeup_fd),
            ("siginterrupt", siginterrupt),
            ("alarm", alarm),
            ("raise_signal", raise_signal),
        ] {
            def_fn(&mut d, name, f);
        }
        d.set_str("NSIG", Value::Int(NSIG));
        d.set_str("SIG_DFL", Value::Int(SIG_DFL));
        d.set_str("SIG_IGN", Value::Int(SIG_IGN));
    }
    let int_handler = d.borrow().get_str("default_int_handler").unwrap_or(Value::None);
    init_handlers(vm, int_handler);
    Ok(m)
}

/// The handlers a program starts with: `default_int_handler` for SIGINT (when the command
/// line installed its Ctrl-C handler), SIG_IGN where the disposition is "ignore" (SIGPIPE, as
/// in CPython), SIG_DFL elsewhere.
fn init_handlers(vm: &mut Vm, int_handler: Value) {
    if !vm.signal_handlers.is_empty() {
        return;
    }
    vm.signal_handlers = (0..NSIG as i32)
        .map(|sig| {
            if sig == 0 {
                Value::None
            } else if signals::is_ignored(sig) {
                Value::Int(SIG_IGN)
            } else if sig == libc::SIGINT {
                int_handler.clone()
            } else {
                Value::Int(SIG_DFL)
            }
        })
        .collect();
}

fn signum_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let sig = int_arg(vm, v, "")?;
    if !(1..NSIG).contains(&sig) {
        return Err(PyErr::value_error("signal number out of range"));
    }
    Ok(sig as usize)
}

/// `signal(signalnum, handler)` -> the previous handler.
fn signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // matches CPython: only the main thread may install handlers (asyncio.Runner relies on
    // this ValueError to leave Ctrl-C alone in other threads).
    if crate::runtime::state(vm).locals.worker_thread {
        return Err(PyErr::value_error("signal only works in main thread of the main interpreter"));
    }
    let sig = signum_arg(vm, &arg(&args, 0))?;
    let handler = arg(&args, 1);
    let disposition = match vm.index_value(&handler)? {
        Some(SIG_DFL) => Disposition::Default,
        Some(SIG_IGN) => Disposition::Ignore,
        _ if crate::builtins::functions::is_callable(vm, &handler) => Disposition::Catch,
        _ => return Err(PyErr::type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")),
    };
    signals::set_disposition(sig as i32, disposition).map_err(|e| crate::builtins::file::os_error(&e, None))?;
    let stored = match vm.index_value(&handler)? {
        Some(i) if !crate::builtins::functions::is_callable(vm, &handler) => Value::Int(i),
        _ => handler,
    };
    let old = vm.signal_handlers.get_mut(sig).map(|slot| std::mem::replace(slot, stored));
    Ok(old.unwrap_or(Value::None))
}

fn getsignal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sig = signum_arg(vm, &arg(&args, 0))?;
    Ok(vm.signal_handlers.get(sig).cloned().unwrap_or(Value::None))
}

/// The default SIGINT handler: raise KeyboardInterrupt.
fn default_int_handler(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(PyErr::with_args(ExcKind::KeyboardInterrupt, vec![]))
}

/// `set_wakeup_fd(fd)`: each arriving signal's number is written to `fd` (-1: none); returns
/// the previous descriptor. asyncio's loop reads it to run `add_signal_handler` callbacks.
fn set_wakeup_fd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &arg(&args, 0), "")?;
    let fd = i32::try_from(fd).map_err(|_| PyErr::value_error("invalid fd"))?;
    Ok(Value::Int(signals::set_wakeup_fd(fd) as i64))
}

/// `siginterrupt(sig, flag)`: the handlers are installed with restarting system calls, and
/// every blocking wait of corio re-checks signals itself, so only the argument is checked.
fn siginterrupt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    signum_arg(vm, &arg(&args, 0))?;
    Ok(Value::None)
}

/// `alarm(seconds)`: SIGALRM after `seconds`; returns the seconds left of the previous alarm.
fn alarm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = int_arg(vm, &arg(&args, 0), "")?;
    let secs = u32::try_from(secs).map_err(|_| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C unsigned int"))?;
    // SAFETY: alarm(2) takes an integer and has no memory effects.
    Ok(Value::Int(unsafe { libc::alarm(secs) } as i64))
}

/// `raise_signal(sig)`: deliver `sig` to this thread; its handler runs before this returns.
fn raise_signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sig = signum_arg(vm, &arg(&args, 0))?;
    // SAFETY: raise(3) takes an integer; the handlers it may run are async-signal-safe.
    if unsafe { libc::raise(sig as i32) } != 0 {
        return Err(crate::builtins::file::os_error(&std::io::Error::last_os_error(), None));
    }
    signals::check(vm)?;
    Ok(Value::None)
}
