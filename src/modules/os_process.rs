//! `_os` calls that steer processes and descriptors: `sysconf`, CPU affinity, blocking and
//! inheritable flags, ownership and mode changes by descriptor, process groups and sessions,
//! `mkfifo`, `nice`, `getgroups`, `closerange`, `fdatasync`, `execv`/`execve` and `abort`,
//! each a thin libc call that turns a failure into CPython's OSError.

use crate::builtins::file::{fspath_string as path_arg, os_error};
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
    os_error(&std::io::Error::last_os_error(), None)
}

fn c_int(vm: &mut Vm, args: &Args, i: usize, what: &str) -> PyResult<libc::c_int> {
    let n = int_arg(vm, &arg(args, i), what)?;
    libc::c_int::try_from(n).map_err(|_| PyErr::overflow_error("signed integer is greater than maximum"))
}

/// A libc result: -1 is an error (errno says which), anything else the answer.
fn checked(r: libc::c_int) -> PyResult<Value> {
    if r == -1 {
        return Err(last_error());
    }
    Ok(Value::Int(i64::from(r)))
}

fn done(r: libc::c_int) -> PyResult<Value> {
    checked(r).map(|_| Value::None)
}

fn path_cstring(vm: &mut Vm, v: &Value) -> PyResult<(CString, Value)> {
    let p = path_arg(vm, v)?;
    let c = CString::new(p).map_err(|_| PyErr::value_error("embedded null byte"))?;
    Ok((c, v.clone()))
}

/// `sysconf(number)`: the Python side maps names to numbers. -1 with errno untouched means
/// "no limit" and is returned as is, as CPython does.
fn sysconf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = c_int(vm, &args, 0, "")?;
    // SAFETY: errno is thread-local; sysconf only reads system limits.
    unsafe { *libc::__errno_location() = 0 };
    let r = unsafe { libc::sysconf(name) };
    if r == -1 && std::io::Error::last_os_error().raw_os_error() != Some(0) {
        return Err(last_error());
    }
    Ok(Value::Int(r as i64))
}

/// The CPUs `pid` (0: this process) may run on, as a list of indices.
fn sched_getaffinity(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = c_int(vm, &args, 0, "")?;
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
        done(unsafe { libc::fcntl(fd, set, wanted) })?;
    }
    Ok(Value::None)
}

fn get_blocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0, "")?;
    Ok(Value::Bool((fd_flags(fd, libc::F_GETFL)? & libc::O_NONBLOCK == 0).into()))
}

fn set_blocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0, "")?;
    let blocking = vm.is_true(&arg(&args, 1))?;
    change_flag(fd, libc::F_GETFL, libc::F_SETFL, libc::O_NONBLOCK, !blocking)
}

fn get_inheritable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0, "")?;
    Ok(Value::Bool((fd_flags(fd, libc::F_GETFD)? & libc::FD_CLOEXEC == 0).into()))
}

fn set_inheritable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0, "")?;
    let inheritable = vm.is_true(&arg(&args, 1))?;
    change_flag(fd, libc::F_GETFD, libc::F_SETFD, libc::FD_CLOEXEC, !inheritable)
}

fn fchmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0, "")?;
    let mode = c_int(vm, &args, 1, "")?;
    // SAFETY: fchmod changes only the open file's mode bits.
    done(unsafe { libc::fchmod(fd, mode as libc::mode_t) })
}

/// uid/gid arguments: -1 leaves that id unchanged (it is (uid_t)-1 to the C library).
fn id_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<u32> {
    let n = int_arg(vm, &arg(args, i), "")?;
    if n == -1 {
        return Ok(u32::MAX);
    }
    u32::try_from(n).map_err(|_| PyErr::overflow_error("uid is greater than maximum"))
}

fn fchown(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0, "")?;
    let (uid, gid) = (id_arg(vm, &args, 1)?, id_arg(vm, &args, 2)?);
    // SAFETY: fchown changes only the open file's owner.
    done(unsafe { libc::fchown(fd, uid, gid) })
}

fn chown_with(vm: &mut Vm, args: &Args, follow: bool) -> PyResult<Value> {
    let (path, original) = path_cstring(vm, &arg(args, 0))?;
    let (uid, gid) = (id_arg(vm, args, 1)?, id_arg(vm, args, 2)?);
    // SAFETY: `path` is a NUL-terminated string that outlives the call.
    let r = unsafe {
        if follow {
            libc::chown(path.as_ptr(), uid, gid)
        } else {
            libc::lchown(path.as_ptr(), uid, gid)
        }
    };
    if r != 0 {
        return Err(os_error(&std::io::Error::last_os_error(), Some(&original)));
    }
    Ok(Value::None)
}

fn chown(vm: &mut Vm, args: Args) -> PyResult<Value> {
    chown_with(vm, &args, true)
}

fn lchown(vm: &mut Vm, args: Args) -> PyResult<Value> {
    chown_with(vm, &args, false)
}

fn killpg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pgid, sig) = (c_int(vm, &args, 0, "")?, c_int(vm, &args, 1, "")?);
    // SAFETY: killpg only sends a signal.
    done(unsafe { libc::killpg(pgid, sig) })
}

fn setsid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: setsid takes no arguments.
    done(unsafe { libc::setsid() })
}

fn getpgid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = c_int(vm, &args, 0, "")?;
    // SAFETY: getpgid only reads process state.
    checked(unsafe { libc::getpgid(pid) })
}

fn getsid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = c_int(vm, &args, 0, "")?;
    // SAFETY: getsid only reads process state.
    checked(unsafe { libc::getsid(pid) })
}

fn setpgid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pid, pgrp) = (c_int(vm, &args, 0, "")?, c_int(vm, &args, 1, "")?);
    // SAFETY: setpgid only changes a process group.
    done(unsafe { libc::setpgid(pid, pgrp) })
}

fn mkfifo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (path, _) = path_cstring(vm, &arg(&args, 0))?;
    let mode = c_int(vm, &args, 1, "")?;
    // SAFETY: `path` is a NUL-terminated string that outlives the call.
    // matches CPython: mkfifo's OSError carries no filename
    done(unsafe { libc::mkfifo(path.as_ptr(), mode as libc::mode_t) })
}

/// `nice(increment)`: the new niceness; -1 is an error only when errno was set.
fn nice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let inc = c_int(vm, &args, 0, "")?;
    // SAFETY: errno is thread-local; nice only changes this process's priority.
    unsafe { *libc::__errno_location() = 0 };
    let r = unsafe { libc::nice(inc) };
    if r == -1 && std::io::Error::last_os_error().raw_os_error() != Some(0) {
        return Err(last_error());
    }
    Ok(Value::Int(i64::from(r)))
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

fn fdatasync(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0, "")?;
    // SAFETY: fdatasync only flushes the descriptor's file.
    done(unsafe { libc::fdatasync(fd) })
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
    let (path, _) = path_cstring(vm, &arg(args, 0))?;
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
                libc::execve(path.as_ptr(), argv_ptrs.as_ptr(), env_ptrs.as_ptr());
            }
            None => {
                libc::execv(path.as_ptr(), argv_ptrs.as_ptr());
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
