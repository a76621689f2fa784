//! `_os` calls that steer processes and descriptors: `sysconf`, CPU affinity, blocking and
//! inheritable flags, ownership and mode changes by descriptor, process groups and sessions,
//! `mkfifo`, `nice`, `getgroups`, `closerange`, `fdatasync`, `execv`/`execve` and `abort`,
//! each a thin libc call that turns a failure into CPython's OSError.

use super::os_call::{self, os_calls};
use crate::builtins::file::fspath_string as path_arg;
use crate::builtins::{arg, def_fn, int_arg};
use crate::object::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::ffi::CString;

pub fn install(d: &mut PyDict) {
    for (name, f) in [
        ("sysconf", sysconf as crate::object::NativeFn),
        ("sched_getaffinity", sched_getaffinity),
        ("get_blocking", get_blocking),
        ("set_blocking", set_blocking),
        ("get_inheritable", get_inheritable),
        ("set_inheritable", set_inheritable),
        ("fchmod", fchmod),
        ("fchown", fchown),
        ("chown", chown),
        ("lchown", lchown),
        ("killpg", killpg),
        ("setsid", setsid),
        ("getpgid", getpgid),
        ("getsid", getsid),
        ("setpgid", setpgid),
        ("mkfifo", mkfifo),
        ("nice", nice),
        ("getgroups", getgroups),
        ("closerange", closerange),
        ("fdatasync", fdatasync),
        ("execv", execv),
        ("execve", execve),
        ("abort", abort),
    ] {
        def_fn(d, name, f);
    }
}

fn last_error() -> PyErr {
    os_call::last_error(None)
}

os_calls! {
    fn fchmod(fd: fd, mode: mode) = libc::fchmod(fd, mode) => done;
    fn fchown(fd: fd, u: uid, g: gid) = libc::fchown(fd, u, g) => done;
    fn chown(path: path, u: uid, g: gid) = libc::chown(path.ptr(), u, g) => done(path);
    fn lchown(path: path, u: uid, g: gid) = libc::lchown(path.ptr(), u, g) => done(path);
    fn killpg(pgid: pid, sig: int) = libc::killpg(pgid, sig) => done;
    fn setsid() = libc::setsid() => done;
    fn getpgid(p: pid) = libc::getpgid(p) => checked;
    fn getsid(p: pid) = libc::getsid(p) => checked;
    fn setpgid(p: pid, pgrp: pid) = libc::setpgid(p, pgrp) => done;
    // matches CPython: mkfifo's OSError carries no filename
    fn mkfifo(path: path, mode: mode) = libc::mkfifo(path.ptr(), mode) => done;
    fn fdatasync(fd: fd) = libc::fdatasync(fd) => done;
}

/// `sysconf(number)`: the Python side maps names to numbers. -1 with errno untouched means
/// "no limit" and is returned as is, as CPython does.
fn sysconf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = os_call::int(vm, &arg(&args, 0))?;
    // SAFETY: sysconf only reads system limits.
    os_call::errno_checked(|| i64::from(unsafe { libc::sysconf(name) }))
}

/// The CPUs `pid` (0: this process) may run on, as a list of indices.
fn sched_getaffinity(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = os_call::pid(vm, &arg(&args, 0))?;
    // SAFETY: cpu_set_t is plain data, filled in by the kernel.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    if unsafe { libc::sched_getaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &mut set) } != 0 {
        return Err(last_error());
    }
    let cpus = (0..libc::CPU_SETSIZE as usize)
        // SAFETY: `set` is initialised and `cpu` is below CPU_SETSIZE.
        .filter(|&cpu| unsafe { libc::CPU_ISSET(cpu, &set) })
        .map(|cpu| Value::Int(cpu as i64))
        .collect();
    Ok(Value::list(cpus))
}

fn fd_flags(fd: libc::c_int, get: libc::c_int) -> PyResult<libc::c_int> {
    // SAFETY: F_GETFL/F_GETFD only read the descriptor's flags.
    let flags = unsafe { libc::fcntl(fd, get) };
    if flags < 0 {
        return Err(last_error());
    }
    Ok(flags)
}

/// Set or clear `bit` in the flags read with `get` and written with `set`.
fn change_flag(fd: libc::c_int, get: libc::c_int, set: libc::c_int, bit: libc::c_int, on: bool) -> PyResult<Value> {
    let flags = fd_flags(fd, get)?;
    let wanted = if on { flags | bit } else { flags & !bit };
    if wanted != flags {
        // SAFETY: F_SETFL/F_SETFD only change the descriptor's flags.
        os_call::done(unsafe { libc::fcntl(fd, set, wanted) }, None)?;
    }
    Ok(Value::None)
}

/// A descriptor flag os reads and writes as a bool: the fcntl commands that get and set its
/// word, and the bit whose presence means "no" (O_NONBLOCK: not blocking; FD_CLOEXEC: not
/// inheritable).
struct FlagBit {
    get: libc::c_int,
    set: libc::c_int,
    bit: libc::c_int,
}

const BLOCKING: FlagBit = FlagBit { get: libc::F_GETFL, set: libc::F_SETFL, bit: libc::O_NONBLOCK };
const INHERITABLE: FlagBit = FlagBit { get: libc::F_GETFD, set: libc::F_SETFD, bit: libc::FD_CLOEXEC };

fn get_flag(vm: &mut Vm, args: &Args, flag: FlagBit) -> PyResult<Value> {
    let fd = os_call::fd(vm, &arg(args, 0))?;
    Ok(Value::Bool((fd_flags(fd, flag.get)? & flag.bit == 0).into()))
}

fn set_flag(vm: &mut Vm, args: &Args, flag: FlagBit) -> PyResult<Value> {
    let fd = os_call::fd(vm, &arg(args, 0))?;
    let yes = vm.is_true(&arg(args, 1))?;
    change_flag(fd, flag.get, flag.set, flag.bit, !yes)
}

fn get_blocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    get_flag(vm, &args, BLOCKING)
}

fn set_blocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_flag(vm, &args, BLOCKING)
}

fn get_inheritable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    get_flag(vm, &args, INHERITABLE)
}

fn set_inheritable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_flag(vm, &args, INHERITABLE)
}

/// `nice(increment)`: the new niceness; -1 is an error only when errno was set.
fn nice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let inc = os_call::int(vm, &arg(&args, 0))?;
    // SAFETY: nice only changes this process's priority.
    os_call::errno_checked(|| i64::from(unsafe { libc::nice(inc) }))
}

fn getgroups(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: a zero-sized query returns the count; the second call fills `groups`.
    let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    if n < 0 {
        return Err(last_error());
    }
    let mut groups = vec![0 as libc::gid_t; n as usize];
    let got = unsafe { libc::getgroups(n, groups.as_mut_ptr()) };
    if got < 0 {
        return Err(last_error());
    }
    groups.truncate(got as usize);
    Ok(Value::list(groups.into_iter().map(|g| Value::Int(i64::from(g))).collect()))
}

/// `closerange(low, high)`: close every descriptor in [low, high), ignoring errors.
fn closerange(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let low = int_arg(vm, &arg(&args, 0), "")?.max(0);
    let high = int_arg(vm, &arg(&args, 1), "")?.min(i64::from(i32::MAX));
    for fd in low..high {
        // SAFETY: closing a descriptor the caller asked to close; EBADF is ignored.
        unsafe { libc::close(fd as libc::c_int) };
    }
    Ok(Value::None)
}

fn c_strings(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<CString>> {
    items
        .iter()
        .map(|v| {
            let s = path_arg(vm, v)?;
            CString::new(s).map_err(|_| PyErr::value_error("embedded null byte"))
        })
        .collect()
}

/// Replace this process: `path`, the argument list and, for execve, "KEY=value" strings.
/// Returns only on failure.
fn exec_with(vm: &mut Vm, args: &Args, with_env: bool) -> PyResult<Value> {
    let path = os_call::path(vm, &arg(args, 0))?;
    let argv_items = vm.collect_iterable(&arg(args, 1))?;
    let argv = c_strings(vm, &argv_items)?;
    let envp = if with_env {
        let env_items = vm.collect_iterable(&arg(args, 2))?;
        Some(c_strings(vm, &env_items)?)
    } else {
        None
    };
    let mut argv_ptrs: Vec<*const libc::c_char> = argv.iter().map(|s| s.as_ptr()).collect();
    argv_ptrs.push(std::ptr::null());
    // SAFETY: every pointer is to a NUL-terminated string kept alive by `argv`/`envp`, and
    // both arrays end with a null pointer.
    unsafe {
        match &envp {
            Some(env) => {
                let mut env_ptrs: Vec<*const libc::c_char> = env.iter().map(|s| s.as_ptr()).collect();
                env_ptrs.push(std::ptr::null());
                libc::execve(path.ptr(), argv_ptrs.as_ptr(), env_ptrs.as_ptr());
            }
            None => {
                libc::execv(path.ptr(), argv_ptrs.as_ptr());
            }
        }
    }
    // matches CPython: the OSError names no file
    Err(last_error())
}

fn execv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_with(vm, &args, false)
}

fn execve(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_with(vm, &args, true)
}

fn abort(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: abort ends the process with SIGABRT, as os.abort does.
    unsafe { libc::abort() }
}
