//! `_os` calls about the system and the user: `uname`, the uid/gid getters, `getlogin`,
//! `confstr`, `umask`, `getloadavg`, `statvfs` and the passwd-database name of a uid (for
//! `getpass.getuser`), on libc.

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

fn getuid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: getuid cannot fail.
    Ok(Value::Int(unsafe { libc::getuid() } as i64))
}

fn geteuid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: geteuid cannot fail.
    Ok(Value::Int(unsafe { libc::geteuid() } as i64))
}

fn getgid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: getgid cannot fail.
    Ok(Value::Int(unsafe { libc::getgid() } as i64))
}

fn getegid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: getegid cannot fail.
    Ok(Value::Int(unsafe { libc::getegid() } as i64))
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

fn umask(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mask = int_arg(vm, &arg(&args, 0), "umask")?;
    // SAFETY: umask only swaps the process mask.
    Ok(Value::Int(unsafe { libc::umask(mask as libc::mode_t) } as i64))
}

fn getloadavg(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut loads = [0f64; 3];
    // SAFETY: the array holds the three values asked for.
    if unsafe { libc::getloadavg(loads.as_mut_ptr(), 3) } != 3 {
        return Err(PyErr::new(crate::object::ExcKind::OSError, "Load averages are unobtainable"));
    }
    Ok(Value::tuple(loads.iter().map(|l| Value::Float(*l)).collect()))
}

/// The ten statvfs numbers in os.statvfs_result's order.
fn statvfs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(&args, 0);
    let p = path_arg(vm, &pv)?;
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
