//! `_os` calls about terminals and copying between descriptors: `openpty`, `login_tty`,
//! `ttyname` (what the `pty` module builds on) and `sendfile`.

use super::os_call::{self, os_calls};
use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyDict, PyResult, Value};
use crate::vm::Vm;
use std::ffi::CStr;

pub fn install(d: &mut PyDict) {
    for (name, f) in [
        ("openpty", openpty as crate::object::NativeFn),
        ("login_tty", login_tty),
        ("ttyname", ttyname),
        ("sendfile", sendfile),
    ] {
        def_fn(d, name, f);
    }
}

os_calls! {
    // The calling process starts a session with `fd` as its controlling terminal and as
    // its standard streams (the descriptor itself is closed).
    fn login_tty(fd: fd) = libc::login_tty(fd) => done;
}

/// A new pseudo-terminal as (master, slave) descriptors, both non-inheritable as CPython
/// makes them.
fn openpty(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let (mut master, mut slave) = (-1 as libc::c_int, -1 as libc::c_int);
    // SAFETY: openpty writes the two descriptors; the name, termios and winsize are not asked for.
    let r = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), std::ptr::null()) };
    if r != 0 {
        return Err(os_call::last_error(None));
    }
    for fd in [master, slave] {
        // SAFETY: both descriptors were just opened by openpty and are ours.
        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    Ok(Value::tuple(vec![Value::Int(i64::from(master)), Value::Int(i64::from(slave))]))
}

/// The path of the terminal open on `fd` (ENOTTY when it is not one).
fn ttyname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = os_call::fd(vm, &arg(&args, 0))?;
    let mut buf = [0 as libc::c_char; 256];
    // SAFETY: the buffer and its length are passed together; ttyname_r NUL-terminates it.
    let r = unsafe { libc::ttyname_r(fd, buf.as_mut_ptr(), buf.len()) };
    if r != 0 {
        return Err(os_call::errno_error(r));
    }
    // SAFETY: on success the buffer holds a NUL-terminated path.
    let name = unsafe { CStr::from_ptr(buf.as_ptr()) };
    Ok(Value::string(name.to_string_lossy().into_owned()))
}

/// `sendfile(out_fd, in_fd, offset, count)`: bytes copied by the kernel; an offset of None
/// reads from (and advances) `in_fd`'s own position, otherwise that position is untouched.
fn sendfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let out_fd = os_call::fd(vm, &arg(&args, 0))?;
    let in_fd = os_call::fd(vm, &arg(&args, 1))?;
    let mut offset = match arg(&args, 2) {
        Value::None => None,
        v => Some(os_call::off(vm, &v)?),
    };
    let count = os_call::off(vm, &arg(&args, 3))?.max(0) as usize;
    let at = offset.as_mut().map_or(std::ptr::null_mut(), |o| o as *mut libc::off_t);
    // SAFETY: `at` is null or points at a local offset the kernel updates.
    let sent = unsafe { libc::sendfile(out_fd, in_fd, at, count) };
    if sent < 0 {
        return Err(os_call::last_error(None));
    }
    Ok(Value::Int(sent as i64))
}
