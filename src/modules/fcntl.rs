//! `_fcntl`: fcntl(2), flock(2) and lockf's fcntl locks on descriptors, the calls under the
//! Python-level `fcntl` module (which turns file objects into descriptors and checks
//! arguments with CPython's messages).

use super::new_module;
use crate::builtins::{arg, def_fn, int_arg};
use crate::builtins::file::os_error;
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_fcntl");
    let mut d = d.borrow_mut();
    def_fn(&mut d, "fcntl", fcntl);
    def_fn(&mut d, "flock", flock);
    def_fn(&mut d, "lockf", lockf);
    Ok(m)
}

fn c_int(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let n = int_arg(vm, v, "")?;
    libc::c_int::try_from(n).map_err(|_| PyErr::overflow_error("signed integer is greater than maximum"))
}

fn last_error() -> PyErr {
    os_error(&std::io::Error::last_os_error(), None)
}

/// `fcntl(fd, cmd, arg)`: an int argument gives the call's int result; a bytes argument is
/// copied into a buffer (at most 1024 bytes, as CPython) that the call may fill, and the
/// buffer comes back as bytes.
fn fcntl(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &arg(&args, 0))?;
    let cmd = c_int(vm, &arg(&args, 1))?;
    if let Value::Bytes(b) = arg(&args, 2) {
        if b.len() > 1024 {
            return Err(PyErr::value_error("fcntl argument 3 is too long"));
        }
        let mut buf = [0u8; 1024];
        buf[..b.len()].copy_from_slice(&b);
        // SAFETY: `buf` is a writable 1024-byte buffer, larger than any fcntl argument struct.
        let r = unsafe { libc::fcntl(fd, cmd, buf.as_mut_ptr()) };
        if r < 0 {
            return Err(last_error());
        }
        return Ok(Value::Bytes(buf[..b.len()].to_vec().into()));
    }
    let a = match arg(&args, 2) {
        Value::None => 0,
        v => int_arg(vm, &v, "")? as libc::c_long,
    };
    // SAFETY: an integer third argument is passed by value; the kernel checks fd and cmd.
    let r = crate::runtime::gil::allow_threads(vm, || unsafe { libc::fcntl(fd, cmd, a) });
    if r < 0 {
        return Err(last_error());
    }
    Ok(Value::Int(i64::from(r)))
}

fn flock(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &arg(&args, 0))?;
    let op = c_int(vm, &arg(&args, 1))?;
    // SAFETY: flock has no memory-safety preconditions.
    let r = crate::runtime::gil::allow_threads(vm, || unsafe { libc::flock(fd, op) });
    if r < 0 {
        return Err(last_error());
    }
    Ok(Value::None)
}

/// `lockf(fd, cmd, len, start, whence)` as CPython implements it: an fcntl record lock,
/// F_SETLK when LOCK_NB is set, else F_SETLKW.
fn lockf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &arg(&args, 0))?;
    let code = c_int(vm, &arg(&args, 1))?;
    let len = int_arg(vm, &arg(&args, 2), "")?;
    let start = int_arg(vm, &arg(&args, 3), "")?;
    let whence = c_int(vm, &arg(&args, 4))?;
    let kind = if code == libc::LOCK_UN {
        libc::F_UNLCK
    } else if code & libc::LOCK_SH != 0 {
        libc::F_RDLCK
    } else if code & libc::LOCK_EX != 0 {
        libc::F_WRLCK
    } else {
        return Err(PyErr::value_error("unrecognized lockf argument"));
    };
    // SAFETY: an all-zero flock is a valid value of the plain C struct.
    let mut l: libc::flock = unsafe { std::mem::zeroed() };
    l.l_type = kind as libc::c_short;
    l.l_whence = whence as libc::c_short;
    l.l_start = start as libc::off_t;
    l.l_len = len as libc::off_t;
    let cmd = if code & libc::LOCK_NB != 0 { libc::F_SETLK } else { libc::F_SETLKW };
    let ptr: *mut libc::flock = &mut l;
    // SAFETY: `ptr` points at a valid flock that outlives the call.
    let r = crate::runtime::gil::allow_threads(vm, || unsafe { libc::fcntl(fd, cmd, ptr) });
    if r < 0 {
        return Err(last_error());
    }
    Ok(Value::None)
}
