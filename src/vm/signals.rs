//! Signals: C-level handlers that only set flags (and write the signal number to the wake-up
//! descriptor, as CPython's `signal.set_wakeup_fd`); the VM turns the flags into
//! KeyboardInterrupt or calls the Python handler (`signal.signal`) at safe points (backward
//! jumps, calls into the loop, sleeps), as CPython's eval loop does with its "eval breaker".

use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};

use super::Vm;
use crate::object::{ExcKind, PyErr, PyResult, Value};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Signals (other than SIGINT) that arrived and whose Python handler has not run: bit n is
/// signal n.
static PENDING: AtomicU64 = AtomicU64::new(0);

/// Where the handlers write each signal's number (-1: nowhere); see `set_wakeup_fd`.
static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

/// Set by a thread waiting for the GIL: the holder should hand it over at its next safe point.
static SWITCH_REQUESTED: AtomicBool = AtomicBool::new(false);

/// One more than the largest signal number (CPython's `signal.NSIG`).
pub const NSIG: i64 = 65;

/// CPython's `eval_breaker`: one flag the dispatch loop tests before each instruction, set
/// whenever a rarer condition needs a look (a thread switch request, generators waiting to be
/// finalized). The slow path clears it and checks each condition.
static EVAL_BREAKER: AtomicBool = AtomicBool::new(false);

/// Make the dispatch loop look at its rare conditions before the next instruction.
#[inline]
pub fn wake_eval_breaker() {
    EVAL_BREAKER.store(true, Ordering::Relaxed);
}

/// True when the dispatch loop must run `Vm::handle_eval_breaker` before the next instruction.
#[inline(always)]
pub fn eval_breaker_set() -> bool {
    EVAL_BREAKER.load(Ordering::Relaxed)
}

/// Clear the breaker before checking the conditions (a condition raised meanwhile sets it again).
#[inline]
pub fn clear_eval_breaker() {
    EVAL_BREAKER.store(false, Ordering::Relaxed);
}

/// Ask the running thread to switch (see `runtime::gil`).
pub fn request_switch() {
    SWITCH_REQUESTED.store(true, Ordering::Relaxed);
    wake_eval_breaker();
}

/// True (once) when a thread switch was requested since the last check.
#[inline]
pub fn take_switch_request() -> bool {
    SWITCH_REQUESTED.load(Ordering::Relaxed) && SWITCH_REQUESTED.swap(false, Ordering::Relaxed)
}

fn write_wakeup(sig: libc::c_int) {
    let fd = WAKEUP_FD.load(Ordering::Relaxed);
    if fd >= 0 {
        let byte = sig as u8;
        // SAFETY: write(2) is async-signal-safe; the buffer is a local byte. A full pipe drops
        // the byte, which only coalesces wake-ups (the pending flags are what count).
        unsafe {
            libc::write(fd, &byte as *const u8 as *const libc::c_void, 1);
        }
    }
}

extern "C" fn on_sigint(sig: libc::c_int) {
    INTERRUPTED.store(true, Ordering::Relaxed);
    write_wakeup(sig);
}

extern "C" fn on_signal(sig: libc::c_int) {
    if (0..64).contains(&sig) {
        PENDING.fetch_or(1u64 << sig, Ordering::Relaxed);
    }
    write_wakeup(sig);
}

/// Install the SIGINT handler (once, at start-up of the command-line interpreter).
pub fn install_sigint_handler() {
    // SAFETY: the handler only stores to atomics and calls write(2), which are async-signal-safe.
    unsafe {
        let previous = libc::signal(libc::SIGINT, on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t);
        // Like CPython, keep SIGINT ignored when the parent ignored it (background jobs).
        if previous == libc::SIG_IGN {
            libc::signal(libc::SIGINT, libc::SIG_IGN);
        }
    }
}

/// What the OS does on signal `sig`.
pub enum Disposition {
    Default,
    Ignore,
    /// Set a flag for the VM (KeyboardInterrupt for SIGINT, the Python handler otherwise).
    Catch,
}

/// Set the OS-level disposition of `sig`.
pub fn set_disposition(sig: i32, d: Disposition) -> std::io::Result<()> {
    let handler = match d {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Catch if sig == libc::SIGINT => on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t,
        Disposition::Catch => on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
    };
    // SAFETY: the handlers only store to atomics and call write(2), which are async-signal-safe.
    if unsafe { libc::signal(sig, handler) } == libc::SIG_ERR {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// The previous disposition of `sig` was "ignore" (inherited from the parent), or "default".
pub fn is_ignored(sig: i32) -> bool {
    // SAFETY: sigaction with a null new action only reads the current one into `old`.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(sig, std::ptr::null(), &mut old) == 0 && old.sa_sigaction == libc::SIG_IGN
    }
}

/// `signal.set_wakeup_fd(fd)`: returns the previous descriptor.
pub fn set_wakeup_fd(fd: i32) -> i32 {
    WAKEUP_FD.swap(fd, Ordering::SeqCst)
}

/// Keep signals away from the calling thread (the command line's outer thread, which only
/// waits for the interpreter thread): the kernel then delivers them to a thread running
/// Python, whose blocking waits they interrupt, and a signal a program sends itself is handled
/// before `os.kill` returns, as in CPython.
pub fn block_in_this_thread() {
    // SAFETY: the set is initialised by sigfillset before use; pthread_sigmask only changes
    // this thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// Block or unblock SIGINT for the calling thread (new threads inherit the mask). Only the
/// interpreter thread should take the signal: then it interrupts that thread's blocking wait
/// (`epoll_wait` fails with EINTR) instead of landing in a thread that is merely waiting, and
/// Ctrl-C during `await asyncio.sleep(10)` is noticed at once.
pub fn set_sigint_blocked(blocked: bool) {
    // SAFETY: `sigset_t` is plain data initialised by `sigemptyset`; `pthread_sigmask` only
    // changes the calling thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        let how = if blocked { libc::SIG_BLOCK } else { libc::SIG_UNBLOCK };
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

/// True (once) when Ctrl-C was pressed since the last check.
#[inline]
pub fn take_interrupt() -> bool {
    INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::Relaxed)
}

/// The safe point: raise KeyboardInterrupt for Ctrl-C, or run the Python handlers of the
/// signals that arrived (in signal-number order, as CPython does).
#[inline]
pub fn check(vm: &mut Vm) -> PyResult<()> {
    if !INTERRUPTED.load(Ordering::Relaxed) && PENDING.load(Ordering::Relaxed) == 0 {
        return Ok(());
    }
    run_pending(vm)
}

fn run_pending(vm: &mut Vm) -> PyResult<()> {
    let mut mask = PENDING.swap(0, Ordering::Relaxed);
    if take_interrupt() {
        mask |= 1 << libc::SIGINT;
    }
    for sig in 1..64 {
        if mask & (1 << sig) == 0 {
            continue;
        }
        let handler = vm.signal_handlers.get(sig).cloned().unwrap_or(Value::None);
        let callable = !matches!(handler, Value::None | Value::Int(_));
        if sig == libc::SIGINT as usize && !callable {
            return Err(PyErr::with_args(ExcKind::KeyboardInterrupt, vec![]));
        }
        if callable {
            // matches CPython: the handler gets the frame that was running (None when no
            // Python code was).
            let frame = crate::modules::frames::getframe(vm, crate::object::Args::new(&[])).unwrap_or(Value::None);
            if let Err(e) = vm.call(&handler, vec![Value::Int(sig as i64), frame]) {
                // The other signals stay pending for the next safe point.
                PENDING.fetch_or(mask & !((2u64 << sig) - 1), Ordering::Relaxed);
                return Err(e);
            }
        }
    }
    Ok(())
}

/// End the process by SIGINT after an uncaught KeyboardInterrupt, as CPython does.
pub fn die_by_sigint() {
    // SAFETY: restoring the default disposition, unblocking SIGINT in this thread (see
    // `block_in_this_thread`) and signalling ourselves is the documented way to report death
    // by a signal to the parent.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130);
}
