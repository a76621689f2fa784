//! `_signal`: the native half of `signal` (`stdlib/signal.py`): installing Python handlers
//! (run by the VM at safe points, see `vm::signals`), `getsignal`, `default_int_handler`,
//! `set_wakeup_fd`, `alarm`, `setitimer`/`getitimer`, `raise_signal`, `pthread_kill`, `pause`,
//! and the signal masks (`pthread_sigmask`, `sigpending`, `sigwait`).

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
            ("setitimer", setitimer),
            ("getitimer", getitimer),
            ("pthread_kill", pthread_kill),
            ("pause", pause),
            ("pthread_sigmask", pthread_sigmask),
            ("sigpending", sigpending),
            ("sigwait", sigwait),
        ] {
            def_fn(&mut d, name, f);
        }
        d.set_str("NSIG", Value::Int(NSIG));
        d.set_str("SIG_DFL", Value::Int(SIG_DFL));
        d.set_str("SIG_IGN", Value::Int(SIG_IGN));
        d.set_str("ITIMER_REAL", Value::Int(libc::ITIMER_REAL as i64));
        d.set_str("ITIMER_VIRTUAL", Value::Int(libc::ITIMER_VIRTUAL as i64));
        d.set_str("ITIMER_PROF", Value::Int(libc::ITIMER_PROF as i64));
        d.set_str("SIG_BLOCK", Value::Int(libc::SIG_BLOCK as i64));
        d.set_str("SIG_UNBLOCK", Value::Int(libc::SIG_UNBLOCK as i64));
        d.set_str("SIG_SETMASK", Value::Int(libc::SIG_SETMASK as i64));
    }
    // matches CPython: the timers' errors are `signal.itimer_error`, an OSError subclass
    // exported as `ItimerError`.
    let ns = std::rc::Rc::new(std::cell::RefCell::new(crate::object::PyDict::new()));
    ns.borrow_mut().set_str("__module__", Value::str("signal"));
    let os_error = vm.exc_class(ExcKind::OSError);
    let itimer_error = crate::builtins::class_builder::make_class(vm, "itimer_error", vec![os_error], &ns, None)?;
    d.borrow_mut().set_str("ItimerError", Value::Class(itimer_error));
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

/// A timer's seconds as a `timeval`, a float rounded up to the microsecond or an integer
/// (CPython's `_PyTime_ObjectToTimeval` with `_PyTime_ROUND_CEILING`).
fn timeval_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::timeval> {
    let out_of_range = || PyErr::new(ExcKind::OverflowError, "timestamp out of range for platform time_t");
    let (secs, micros) = match v {
        Value::Float(f) => {
            let f = f.get();
            if f.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            let (mut whole, mut frac) = (f.trunc(), ((f - f.trunc()) * 1e6).ceil());
            if frac >= 1e6 {
                frac -= 1e6;
                whole += 1.0;
            } else if frac < 0.0 {
                frac += 1e6;
                whole -= 1.0;
            }
            if !(-9.223372036854776e18..9.223372036854776e18).contains(&whole) {
                return Err(out_of_range());
            }
            (whole as i64, frac as i64)
        }
        Value::BigInt(_) => return Err(out_of_range()),
        other => (int_arg(vm, other, "")?, 0),
    };
    Ok(libc::timeval { tv_sec: secs as libc::time_t, tv_usec: micros as libc::suseconds_t })
}

fn timeval_secs(tv: &libc::timeval) -> f64 {
    tv.tv_sec as f64 + tv.tv_usec as f64 * 1e-6
}

fn itimer_tuple(it: &libc::itimerval) -> Value {
    Value::tuple(vec![Value::float(timeval_secs(&it.it_value)), Value::float(timeval_secs(&it.it_interval))])
}

/// `signal.ItimerError(errno, strerror)` for the last OS error.
fn itimer_error(vm: &mut Vm) -> PyErr {
    let e = std::io::Error::last_os_error();
    let cls = match vm.modules.borrow().get_str("_signal") {
        Some(Value::Module(m)) => m.dict.borrow().get_str("ItimerError"),
        _ => None,
    };
    let msg = e.to_string();
    let msg = msg.split(" (os error").next().unwrap_or_default().to_string();
    let args = vec![Value::Int(i64::from(e.raw_os_error().unwrap_or(0))), Value::string(msg)];
    match cls {
        Some(Value::Class(c)) => PyErr::from_instance(vm.new_exception(c, args)),
        _ => PyErr::with_args(ExcKind::OSError, args),
    }
}

fn which_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let which = int_arg(vm, v, "")?;
    libc::c_int::try_from(which).map_err(|_| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int"))
}

/// `setitimer(which, seconds, interval=0.0)`: start (0: stop) the timer; returns the previous
/// `(delay, interval)`.
fn setitimer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.pos.len();
    if n < 2 {
        return Err(PyErr::type_error(format!("setitimer expected at least 2 arguments, got {n}")));
    }
    if n > 3 {
        return Err(PyErr::type_error(format!("setitimer expected at most 3 arguments, got {n}")));
    }
    let which = which_arg(vm, &args.pos[0])?;
    let value = timeval_arg(vm, &args.pos[1])?;
    let interval = match args.pos.get(2) {
        Some(v) => timeval_arg(vm, v)?,
        None => libc::timeval { tv_sec: 0, tv_usec: 0 },
    };
    let new = libc::itimerval { it_interval: interval, it_value: value };
    let mut old = libc::itimerval { it_interval: libc::timeval { tv_sec: 0, tv_usec: 0 }, it_value: libc::timeval { tv_sec: 0, tv_usec: 0 } };
    // SAFETY: both pointers are to live, initialised itimervals.
    if unsafe { libc::setitimer(which as _, &new, &mut old) } != 0 {
        return Err(itimer_error(vm));
    }
    Ok(itimer_tuple(&old))
}

/// `getitimer(which)`: the timer's `(delay, interval)`.
fn getitimer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(PyErr::type_error(format!("_signal.getitimer() takes exactly one argument ({} given)", args.pos.len())));
    }
    let which = which_arg(vm, &args.pos[0])?;
    let mut cur = libc::itimerval { it_interval: libc::timeval { tv_sec: 0, tv_usec: 0 }, it_value: libc::timeval { tv_sec: 0, tv_usec: 0 } };
    // SAFETY: the pointer is to a live itimerval.
    if unsafe { libc::getitimer(which as _, &mut cur) } != 0 {
        return Err(itimer_error(vm));
    }
    Ok(itimer_tuple(&cur))
}

/// `pthread_kill(thread_id, signalnum)`: send the signal to a thread (`threading.get_ident()`);
/// a handler for it runs before this returns when the thread is this one.
fn pthread_kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("pthread_kill expected 2 arguments, got {}", args.pos.len())));
    }
    let id = match &args.pos[0] {
        Value::BigInt(b) if b.sign() != num_bigint::Sign::Minus => u64::try_from(&**b).ok(),
        Value::BigInt(_) => None,
        other => u64::try_from(int_arg(vm, other, "")?).ok(),
    };
    let id = id.ok_or_else(|| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C unsigned long"))?;
    let sig = int_arg(vm, &args.pos[1], "")?;
    let sig = libc::c_int::try_from(sig).map_err(|_| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int"))?;
    // SAFETY: as in CPython, the caller names a thread of this process.
    let err = unsafe { libc::pthread_kill(id as libc::pthread_t, sig) };
    if err != 0 {
        return Err(crate::builtins::file::os_error(&std::io::Error::from_raw_os_error(err), None));
    }
    signals::check(vm)?;
    Ok(Value::None)
}

/// `pause()`: sleep until a signal arrives, then run its Python handler.
fn pause(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        return Err(PyErr::type_error(format!("signal.pause() takes no arguments ({} given)", args.pos.len())));
    }
    // SAFETY: pause(2) only waits.
    unsafe { libc::pause() };
    signals::check(vm)?;
    Ok(Value::None)
}

/// A signal set from an iterable of signal numbers, checked as CPython's `sigset_t` converter
/// checks them.
fn sigset_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::sigset_t> {
    let items = vm.collect_iterable(v)?;
    // SAFETY: sigemptyset initialises the zeroed set it is given.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    unsafe { libc::sigemptyset(&mut set) };
    for item in items {
        let sig = int_arg(vm, &item, "")?;
        if !(1..NSIG).contains(&sig) {
            return Err(PyErr::value_error(format!("signal number {sig} out of range [1; {}]", NSIG - 1)));
        }
        // SAFETY: `set` is initialised and `sig` is a valid signal number.
        unsafe { libc::sigaddset(&mut set, sig as libc::c_int) };
    }
    Ok(set)
}

/// The members of a signal set as a list of numbers (signal.py makes the set of Signals).
fn sigset_list(set: &libc::sigset_t) -> Value {
    // SAFETY: sigismember reads an initialised set.
    let sigs = (1..NSIG as libc::c_int).filter(|&sig| unsafe { libc::sigismember(set, sig) } == 1);
    Value::list(sigs.map(|sig| Value::Int(sig as i64)).collect())
}

/// `pthread_sigmask(how, mask)`: change this thread's blocked signals; returns the old mask.
/// A signal unblocked while pending has its handler run before this returns, as in CPython.
fn pthread_sigmask(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("pthread_sigmask expected 2 arguments, got {}", args.pos.len())));
    }
    let how = int_arg(vm, &args.pos[0], "")?;
    let how = libc::c_int::try_from(how).map_err(|_| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int"))?;
    let set = sigset_arg(vm, &args.pos[1])?;
    // SAFETY: both sets are valid for the call; the old one is written by it.
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    let err = unsafe { libc::pthread_sigmask(how, &set, &mut old) };
    if err != 0 {
        return Err(crate::builtins::file::os_error(&std::io::Error::from_raw_os_error(err), None));
    }
    signals::check(vm)?;
    Ok(sigset_list(&old))
}

/// `sigpending()`: the signals raised while blocked and not yet delivered.
fn sigpending(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        return Err(PyErr::type_error(format!("sigpending() takes no arguments ({} given)", args.pos.len())));
    }
    let _ = vm;
    // SAFETY: sigpending writes the set it is given.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    if unsafe { libc::sigpending(&mut set) } != 0 {
        return Err(crate::builtins::file::os_error(&std::io::Error::last_os_error(), None));
    }
    Ok(sigset_list(&set))
}

/// `sigwait(sigset)`: wait (without the GIL) until one of the signals, which the caller has
/// blocked, is pending; take it and return its number.
fn sigwait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(PyErr::type_error(format!("sigwait() takes exactly one argument ({} given)", args.pos.len())));
    }
    let set = sigset_arg(vm, &args.pos[0])?;
    let mut sig: libc::c_int = 0;
    // SAFETY: `set` is initialised and `sig` is written by the call.
    let err = crate::runtime::gil::allow_threads(vm, || unsafe { libc::sigwait(&set, &mut sig) });
    if err != 0 {
        return Err(crate::builtins::file::os_error(&std::io::Error::from_raw_os_error(err), None));
    }
    Ok(Value::Int(sig as i64))
}
