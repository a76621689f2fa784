//! Ctrl-C: a SIGINT handler that only sets a flag; the VM turns the flag into
//! KeyboardInterrupt at safe points (backward jumps, calls into the loop, sleeps), as CPython's
//! eval loop does with its "eval breaker".

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Set by a thread waiting for the GIL: the holder should hand it over at its next safe point.
static SWITCH_REQUESTED: AtomicBool = AtomicBool::new(false);

/// Ask the running thread to switch (see `runtime::gil`).
pub fn request_switch() {
    SWITCH_REQUESTED.store(true, Ordering::Relaxed);
}

/// True (once) when a thread switch was requested since the last check.
#[inline]
pub fn take_switch_request() -> bool {
    SWITCH_REQUESTED.load(Ordering::Relaxed) && SWITCH_REQUESTED.swap(false, Ordering::Relaxed)
}

extern "C" fn on_sigint(_sig: libc::c_int) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Install the SIGINT handler (once, at start-up of the command-line interpreter).
pub fn install_sigint_handler() {
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        let previous = libc::signal(libc::SIGINT, on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t);
        // Like CPython, keep SIGINT ignored when the parent ignored it (background jobs).
        if previous == libc::SIG_IGN {
            libc::signal(libc::SIGINT, libc::SIG_IGN);
        }
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

/// The KeyboardInterrupt to raise when interrupted.
pub fn check() -> crate::object::PyResult<()> {
    if take_interrupt() {
        return Err(crate::object::PyErr::with_args(crate::object::ExcKind::KeyboardInterrupt, vec![]));
    }
    Ok(())
}

/// End the process by SIGINT after an uncaught KeyboardInterrupt, as CPython does.
pub fn die_by_sigint() {
    // SAFETY: restoring the default disposition and signalling ourselves is the documented way
    // to report death by a signal to the parent.
    set_sigint_blocked(false);
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130);
}
