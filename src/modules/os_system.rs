//! `_os` calls about the system, the user and raw descriptors: `uname`, the uid/gid getters,
//! `getlogin`, `confstr`, `umask`, `getloadavg`, `statvfs`, the passwd-database name of a uid
//! (for `getpass.getuser`), `strerror`, `pipe`/`dup`/`dup2`/`fsync`/`lseek`/`ftruncate`,
//! `truncate`, `readlink`, `symlink`/`link`, `times`, on libc.

use super::os_call::{self, os_calls};
use crate::builtins::file::{fspath_string as path_arg, os_error};
use crate::builtins::{arg, def_fn, int_arg};
use crate::object::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::ffi::CStr;

pub fn install(d: &mut PyDict) {
    for (name, f) in [
        ("uname", uname as crate::object::NativeFn),
        ("getuid", getuid),
        ("geteuid", geteuid),
        ("getgid", getgid),
        ("getegid", getegid),
        ("getlogin", getlogin),
        ("confstr_libc", confstr_libc),
        ("umask", umask),
        ("getloadavg", getloadavg),
        ("statvfs", statvfs),
        ("passwd_entry", passwd_entry),
        ("strerror", strerror),
        ("isatty", isatty),
        ("pipe", pipe),
        ("dup", dup),
        ("dup2", dup2),
        ("fsync", fsync),
        ("lseek", lseek),
        ("ftruncate", ftruncate),
        ("truncate", truncate),
        ("readlink", readlink),
        ("link_errno", link_errno),
        ("times", times),
        ("getpgrp", getpgrp),
        ("sync", sync),
    ] {
        def_fn(d, name, f);
    }
}

fn field(chars: &[libc::c_char]) -> Value {
    // SAFETY: utsname fields are NUL-terminated C strings filled in by uname(2).
    let s = unsafe { CStr::from_ptr(chars.as_ptr()) };
    Value::string(s.to_string_lossy().into_owned())
}

/// (sysname, nodename, release, version, machine).
fn uname(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: utsname is plain data; uname fills it or fails.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(os_error(&std::io::Error::last_os_error(), None));
    }
    Ok(Value::tuple(vec![field(&u.sysname), field(&u.nodename), field(&u.release), field(&u.version), field(&u.machine)]))
}

fn getlogin(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: getlogin returns NULL or a static NUL-terminated string.
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        return Err(os_error(&std::io::Error::last_os_error(), None));
    }
    // SAFETY: checked non-null above.
    Ok(Value::string(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()))
}

/// `confstr(CS_GNU_LIBC_VERSION)` (the only name `platform` asks for), or None.
fn confstr_libc(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut buf = [0 as libc::c_char; 256];
    // SAFETY: the buffer and its length are passed together.
    let n = unsafe { libc::confstr(libc::_CS_GNU_LIBC_VERSION, buf.as_mut_ptr(), buf.len()) };
    if n == 0 || n > buf.len() {
        return Ok(Value::None);
    }
    Ok(field(&buf))
}

fn getloadavg(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut loads = [0f64; 3];
    // SAFETY: the array holds the three values asked for.
    if unsafe { libc::getloadavg(loads.as_mut_ptr(), 3) } != 3 {
        return Err(PyErr::new(crate::object::ExcKind::OSError, "Load averages are unobtainable"));
    }
    Ok(Value::tuple(loads.iter().map(|l| Value::float(*l)).collect()))
}

/// The ten statvfs numbers in os.statvfs_result's order.
fn statvfs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(&args, 0);
    let (p, pv) = crate::modules::os::path_and_name(vm, &pv)?;
    let c = std::ffi::CString::new(p).map_err(|_| PyErr::value_error("embedded null byte"))?;
    // SAFETY: statvfs is plain data filled in by the call.
    let mut s: libc::statvfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::statvfs(c.as_ptr(), &mut s) } != 0 {
        return Err(os_error(&std::io::Error::last_os_error(), Some(&pv)));
    }
    let nums = [s.f_bsize as i64, s.f_frsize as i64, s.f_blocks as i64, s.f_bfree as i64, s.f_bavail as i64,
                s.f_files as i64, s.f_ffree as i64, s.f_favail as i64, s.f_flag as i64, s.f_namemax as i64];
    Ok(Value::tuple(nums.iter().map(|n| Value::Int(*n)).collect()))
}

/// (name, dir, shell) of the passwd entry for a uid, or None.
fn passwd_entry(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let uid = int_arg(vm, &arg(&args, 0), "uid")?;
    // SAFETY: getpwuid_r writes into the caller's passwd and buffer, sized together.
    let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 4096];
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    let rc = unsafe { libc::getpwuid_r(uid as libc::uid_t, &mut pw, buf.as_mut_ptr(), buf.len(), &mut result) };
    if rc != 0 || result.is_null() {
        return Ok(Value::None);
    }
    let text = |p: *const libc::c_char| {
        if p.is_null() {
            Value::str("")
        } else {
            // SAFETY: non-null fields point into `buf`, NUL-terminated by getpwuid_r.
            Value::string(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
        }
    };
    Ok(Value::tuple(vec![text(pw.pw_name), text(pw.pw_dir), text(pw.pw_shell)]))
}

/// The C library's message for an errno, as os.strerror.
fn strerror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = int_arg(vm, &arg(&args, 0), "code")?;
    let code = libc::c_int::try_from(code).unwrap_or(libc::c_int::MAX);
    // SAFETY: strerror returns a NUL-terminated message for any code.
    let msg = unsafe { CStr::from_ptr(libc::strerror(code)) };
    Ok(Value::string(msg.to_string_lossy().into_owned()))
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = os_call::fd(vm, &arg(&args, 0))?;
    // SAFETY: isatty only inspects the descriptor.
    Ok(Value::bool(unsafe { libc::isatty(f) } == 1))
}

/// (read end, write end), both close-on-exec as CPython's os.pipe.
fn pipe(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: the array holds the two descriptors pipe2 writes.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(os_call::last_error(None));
    }
    Ok(Value::tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}

os_calls! {
    fn getuid() = libc::getuid() => value;
    fn geteuid() = libc::geteuid() => value;
    fn getgid() = libc::getgid() => value;
    fn getegid() = libc::getegid() => value;
    fn getpgrp() = libc::getpgrp() => value;
    fn umask(mask: mode) = libc::umask(mask) => value;
    // F_DUPFD_CLOEXEC: os.dup's copy is not inheritable
    fn dup(f: fd) = libc::fcntl(f, libc::F_DUPFD_CLOEXEC, 0) => checked;
    fn dup2(a: fd, b: fd) = libc::dup2(a, b) => checked;
    fn fsync(f: fd) = libc::fsync(f) => done;
    fn lseek(f: fd, pos: off, how: int) = libc::lseek(f, pos, how) => checked;
    fn ftruncate(f: fd, len: off) = libc::ftruncate(f, len) => done;
    fn truncate(path: path, len: off) = libc::truncate(path.ptr(), len) => done(path);
}

fn c_path(vm: &mut Vm, v: &Value) -> PyResult<std::ffi::CString> {
    let p = path_arg(vm, v)?;
    std::ffi::CString::new(p).map_err(|_| PyErr::value_error("embedded null byte"))
}

fn readlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(&args, 0);
    let (p, pv) = crate::modules::os::path_and_name(vm, &pv)?;
    let target = std::fs::read_link(&p).map_err(|e| os_error(&e, Some(&pv)))?;
    // matches CPython: a bytes path gives the target as bytes
    if matches!(pv, Value::Bytes(_)) {
        use std::os::unix::ffi::OsStrExt;
        return Ok(Value::Bytes(target.as_os_str().as_bytes().to_vec().into()));
    }
    Ok(Value::string(target.to_string_lossy().into_owned()))
}

/// symlink (kind 0) or hard link (kind 1) from src to dst: 0, or the errno (the caller
/// raises OSError naming both paths, as CPython).
fn link_errno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let src = c_path(vm, &arg(&args, 0))?;
    let dst = c_path(vm, &arg(&args, 1))?;
    let kind = int_arg(vm, &arg(&args, 2), "kind")?;
    // SAFETY: both paths are NUL-terminated.
    let rc = unsafe { if kind == 0 { libc::symlink(src.as_ptr(), dst.as_ptr()) } else { libc::link(src.as_ptr(), dst.as_ptr()) } };
    if rc == 0 {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(std::io::Error::last_os_error().raw_os_error().unwrap_or(0) as i64))
}

/// (user, system, children_user, children_system, elapsed) in seconds.
fn times(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: tms is plain data filled in by times(2); sysconf has no side effects.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    let elapsed = unsafe { libc::times(&mut t) };
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let v = [t.tms_utime as f64, t.tms_stime as f64, t.tms_cutime as f64, t.tms_cstime as f64, elapsed as f64];
    Ok(Value::tuple(v.iter().map(|x| Value::float(x / ticks)).collect()))
}

fn sync(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: sync has no arguments and cannot fail.
    unsafe { libc::sync() };
    Ok(Value::None)
}
