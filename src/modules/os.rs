//! `_os`: the native half of `os` (environment, working directory, directory listing, file
//! removal and renaming, stat-based predicates); `stdlib/os.py` and `posixpath.py` build on it.

use crate::object::BoolWord;
use super::new_module;
#[path = "os_system.rs"]
mod os_system;
#[path = "os_fork.rs"]
pub mod os_fork;
#[path = "os_process.rs"]
mod os_process;
#[path = "os_tty.rs"]
mod os_tty;
#[path = "os_spawn.rs"]
mod os_spawn;
#[path = "os_ids.rs"]
mod os_ids;
#[path = "os_call.rs"]
pub(crate) mod os_call;
use os_call::os_calls;
use crate::builtins::file::fspath_string as path_arg;
use crate::builtins::file::os_error;
use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_os");
    {
        let mut d = d.borrow_mut();
        let mut env = PyDict::new();
        for (k, v) in std::env::vars_os() {
            env.set_str(&k.to_string_lossy(), Value::string(v.to_string_lossy().into_owned()));
        }
        d.set_str("environ", Value::dict(env));
        for (name, f) in [
            ("getcwd", getcwd as crate::object::NativeFn),
            ("chdir", chdir),
            ("listdir", listdir),
            ("remove", remove),
            ("rmdir", rmdir),
            ("rename", rename),
            ("mkdir", mkdir),
            ("getpid", getpid),
            ("cpu_count", cpu_count),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("file_kind", file_kind),
            ("getsize", getsize),
            ("getmtime", getmtime),
            ("urandom", urandom),
            ("getppid", getppid),
            ("kill", kill),
            ("_exit", underscore_exit),
            ("stat", stat),
            ("chmod", chmod),
            ("access", access),
            ("utime", utime),
            ("open", fd_open),
            ("close", fd_close),
            ("fdopen", fdopen),
            ("read", fd_read),
            ("write", fd_write),
            ("pread", fd_pread),
            ("pwrite", fd_pwrite),
            ("get_terminal_size", get_terminal_size),
        ] {
            def_fn(&mut d, name, f);
        }
        os_system::install(&mut d);
        os_fork::install(&mut d);
        os_process::install(&mut d);
        os_tty::install(&mut d);
        os_spawn::install(&mut d);
        os_ids::install(&mut d);
    }
    Ok(m)
}


/// A path argument as a string, and what an OSError about it names: a str or bytes as
/// given, a path-like object as its `os.fspath()` string (as CPython's path converter).
pub(crate) fn path_and_name(vm: &mut Vm, v: &Value) -> PyResult<(String, Value)> {
    let p = path_arg(vm, v)?;
    let name = if matches!(v, Value::Str(_) | Value::Bytes(_)) { v.clone() } else { Value::str(&p) };
    Ok((p, name))
}

fn getcwd(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let d = std::env::current_dir().map_err(|e| os_error(&e, None))?;
    Ok(Value::string(d.to_string_lossy().into_owned()))
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, pv) = path_and_name(vm, &arg(&args, 0))?;
    std::env::set_current_dir(&p).map_err(|e| os_error(&e, Some(&pv)))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = if args.pos.is_empty() { Value::str(".") } else { arg(&args, 0) };
    let (p, pv) = path_and_name(vm, &pv)?;
    let entries = std::fs::read_dir(&p).map_err(|e| os_error(&e, Some(&pv)))?;
    let mut names = Vec::new();
    // matches CPython: a bytes path lists bytes names
    let as_bytes = matches!(pv, Value::Bytes(_));
    for e in entries {
        let e = e.map_err(|e| os_error(&e, Some(&pv)))?;
        let name = e.file_name();
        names.push(if as_bytes {
            Value::Bytes(std::os::unix::ffi::OsStrExt::as_bytes(name.as_os_str()).to_vec().into())
        } else {
            Value::string(name.to_string_lossy().into_owned())
        });
    }
    Ok(Value::list(names))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(&args, 0);
    let (p, pv) = path_and_name(vm, &pv)?;
    // a symbolic link is removed itself, even when it points at a directory
    if std::fs::symlink_metadata(&p).map(|m| m.is_dir()).unwrap_or(false) {
        return Err(os_error(&std::io::Error::from_raw_os_error(libc::EISDIR), Some(&pv)));
    }
    std::fs::remove_file(&p).map_err(|e| os_error(&e, Some(&pv)))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(&args, 0);
    let (p, pv) = path_and_name(vm, &pv)?;
    std::fs::remove_dir(&p).map_err(|e| os_error(&e, Some(&pv)))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pa, a) = path_and_name(vm, &arg(&args, 0))?;
    let (pb, b) = path_and_name(vm, &arg(&args, 1))?;
    // matches CPython: the error names both paths ("'a' -> 'b'", filename2).
    std::fs::rename(&pa, &pb).map_err(|e| crate::builtins::file::os_error_pair(&e, &a, &b))?;
    Ok(Value::None)
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(&args, 0);
    let (p, pv) = path_and_name(vm, &pv)?;
    let mode = match arg(&args, 1) {
        Value::None => 0o777,
        v => crate::builtins::int_arg(vm, &v, "")?,
    };
    // The mode is filtered by the umask, as mkdir(2) does for CPython.
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().mode((mode & 0o7777) as u32).create(&p).map_err(|e| os_error(&e, Some(&pv)))?;
    Ok(Value::None)
}

fn getpid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

/// `os._exit(n)`: ends the process at once, like CPython: no exception, no `finally`,
/// no atexit handlers and no flushing of Python-level buffers.
fn underscore_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = crate::builtins::int_arg(vm, &arg(&args, 0), "")?;
    // SAFETY: `_exit` takes a plain int and never returns.
    unsafe { libc::_exit(code as i32) }
}

fn getppid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

/// `os.kill(pid, sig)`; a Python handler for a signal sent to ourselves runs at the next safe
/// point, as in CPython.
fn kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = crate::builtins::int_arg(vm, &arg(&args, 0), "")?;
    let sig = crate::builtins::int_arg(vm, &arg(&args, 1), "")?;
    crate::runtime::child_process::kill(pid, sig).map_err(|e| os_error(&e, None))?;
    // A signal sent to ourselves was delivered to this thread before kill(2) returned (the
    // command line's outer thread blocks signals): run its Python handler now, like CPython.
    crate::vm::signals::check(vm)?;
    Ok(Value::None)
}

fn cpu_count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
}

fn putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (k, v) = (path_arg(vm, &arg(&args, 0))?, path_arg(vm, &arg(&args, 1))?);
    if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    if crate::modules::subprocess::subprocess_preexec::in_preexec_child() {
        return set_env_in_child(&k, Some(&v));
    }
    std::env::set_var(k, v);
    Ok(Value::None)
}

/// putenv/unsetenv in a `preexec_fn` child: the C library's own calls (the child has one
/// thread; the standard library's environment lock was held when it forked).
fn set_env_in_child(key: &str, value: Option<&str>) -> PyResult<Value> {
    let to_c = |s: &str| std::ffi::CString::new(s).map_err(|_| PyErr::value_error("embedded null byte"));
    let k = to_c(key)?;
    // SAFETY: NUL-terminated strings that outlive the calls; no other thread exists.
    let r = match value {
        Some(v) => {
            let v = to_c(v)?;
            unsafe { libc::setenv(k.as_ptr(), v.as_ptr(), 1) }
        }
        None => unsafe { libc::unsetenv(k.as_ptr()) },
    };
    os_call::done(r, None)
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let k = path_arg(vm, &arg(&args, 0))?;
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    if crate::modules::subprocess::subprocess_preexec::in_preexec_child() {
        return set_env_in_child(&k, None);
    }
    std::env::remove_var(k);
    Ok(Value::None)
}

/// `file_kind(path, follow)`: 'file', 'dir', 'link', 'other', or None when it does not exist.
fn file_kind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = match path_arg(vm, &arg(&args, 0)) {
        Ok(p) => p,
        Err(_) => return Ok(Value::None),
    };
    let follow = !matches!(arg(&args, 1), Value::Bool(BoolWord::FALSE));
    let meta = if follow { std::fs::metadata(&p) } else { std::fs::symlink_metadata(&p) };
    Ok(match meta {
        Ok(m) if m.file_type().is_symlink() => Value::str("link"),
        Ok(m) if m.is_dir() => Value::str("dir"),
        Ok(m) if m.is_file() => Value::str("file"),
        Ok(_) => Value::str("other"),
        Err(_) => Value::None,
    })
}

fn getsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(&args, 0);
    let (p, pv) = path_and_name(vm, &pv)?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(&e, Some(&pv)))?;
    Ok(Value::Int(m.len() as i64))
}

fn getmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(&args, 0);
    let (p, pv) = path_and_name(vm, &pv)?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(&e, Some(&pv)))?;
    let t = m.modified().map_err(|e| os_error(&e, Some(&pv)))?;
    let d = t.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    Ok(Value::float(d.as_secs_f64()))
}

fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::Read;
    let n = crate::builtins::int_arg(vm, &arg(&args, 0), "")?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).map_err(|e| os_error(&e, None))?;
    Ok(Value::Bytes(buf.into()))
}

/// `stat(path, follow_symlinks)`: the fields of CPython's `os.stat_result` as a tuple
/// (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, atime_ns, mtime_ns, ctime_ns);
/// `stdlib/os.py` wraps it in `stat_result`.
fn stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let pv = arg(&args, 0);
    let m = if let Value::Int(fd) = pv {
        // `stat(fd)` / `fstat(fd)`: the open file's status (EBADF for a closed descriptor).
        use std::os::fd::FromRawFd;
        let fd = i32::try_from(fd).map_err(|_| PyErr::overflow_error("fd is greater than maximum"))?;
        // SAFETY: the File is never dropped (ManuallyDrop), so the descriptor is only
        // queried, never closed; a descriptor that is not open makes fstat fail with EBADF.
        let f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
        f.metadata().map_err(|e| os_error(&e, None))?
    } else {
        let (p, pv) = path_and_name(vm, &pv)?;
        let follow = !matches!(arg(&args, 1), Value::Bool(BoolWord::FALSE));
        let meta = if follow { std::fs::metadata(&p) } else { std::fs::symlink_metadata(&p) };
        meta.map_err(|e| os_error(&e, Some(&pv)))?
    };
    let secs = |s: i64, ns: i64| Value::float(s as f64 + ns as f64 * 1e-9);
    let nanos = |s: i64, ns: i64| Value::Int(s.saturating_mul(1_000_000_000).saturating_add(ns));
    Ok(Value::tuple(vec![
        Value::Int(m.mode() as i64),
        Value::Int(m.ino() as i64),
        Value::Int(m.dev() as i64),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        secs(m.atime(), m.atime_nsec()),
        secs(m.mtime(), m.mtime_nsec()),
        secs(m.ctime(), m.ctime_nsec()),
        nanos(m.atime(), m.atime_nsec()),
        nanos(m.mtime(), m.mtime_nsec()),
        nanos(m.ctime(), m.ctime_nsec()),
    ]))
}

fn chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::fs::PermissionsExt;
    let pv = arg(&args, 0);
    let (p, pv) = path_and_name(vm, &pv)?;
    let mode = crate::builtins::int_arg(vm, &arg(&args, 1), "")?;
    let perms = std::fs::Permissions::from_mode((mode & 0o7777) as u32);
    std::fs::set_permissions(&p, perms).map_err(|e| os_error(&e, Some(&pv)))?;
    Ok(Value::None)
}

/// `access(path, mode)`: whether the real user may use the path that way (F_OK/R_OK/W_OK/X_OK).
fn access(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &arg(&args, 0))?;
    let mode = crate::builtins::int_arg(vm, &arg(&args, 1), "")?;
    let Ok(c) = std::ffi::CString::new(p) else {
        return Err(PyErr::value_error("embedded null byte"));
    };
    // SAFETY: `c` is a valid NUL-terminated string that outlives the call.
    let rc = unsafe { libc::access(c.as_ptr(), mode as libc::c_int) };
    Ok(Value::bool(rc == 0))
}

/// `utime(path, atime, mtime)` with float seconds; `None` for both means now, as in CPython.
fn utime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(&args, 0);
    let (p, pv) = path_and_name(vm, &pv)?;
    // Seconds as a timespec, rounded toward minus infinity as CPython's os.utime does;
    // None means "now".
    let to_timespec = |v: &Value| -> libc::timespec {
        let secs = match v {
            Value::Float(f) => f.get(),
            Value::Int(i) => *i as f64,
            _ => return libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_NOW },
        };
        let whole = secs.floor();
        let nanos = (((secs - whole) * 1e9).floor() as libc::c_long).clamp(0, 999_999_999);
        libc::timespec { tv_sec: whole as libc::time_t, tv_nsec: nanos }
    };
    let times = [to_timespec(&arg(&args, 1)), to_timespec(&arg(&args, 2))];
    // follow_symlinks=False changes the link itself (utimensat with AT_SYMLINK_NOFOLLOW)
    let flags = if matches!(arg(&args, 3), Value::Bool(b) if !b.get()) { libc::AT_SYMLINK_NOFOLLOW } else { 0 };
    let Ok(c) = std::ffi::CString::new(p) else {
        return Err(PyErr::value_error("embedded null byte"));
    };
    // SAFETY: c is a NUL-terminated path and times points at two initialized timespecs.
    let rc = unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), flags) };
    if rc != 0 {
        return Err(last_os_error(Some(&pv)));
    }
    Ok(Value::None)
}

use os_call::{fd as fd_arg, last_error as last_os_error};

/// `os.open(path, flags, mode=0o777)`: a raw descriptor, as open(2) gives it.
fn fd_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(&args, 0);
    let (p, pv) = path_and_name(vm, &pv)?;
    let flags = crate::builtins::int_arg(vm, &arg(&args, 1), "")?;
    let mode = match arg(&args, 2) {
        Value::None => 0o777,
        v => crate::builtins::int_arg(vm, &v, "")?,
    };
    let Ok(c) = std::ffi::CString::new(p) else {
        return Err(PyErr::value_error("embedded null byte"));
    };
    // SAFETY: `c` is NUL-terminated and outlives the call; O_CLOEXEC as CPython's descriptors.
    let fd = unsafe { libc::open(c.as_ptr(), flags as libc::c_int | libc::O_CLOEXEC, mode as libc::c_uint) };
    if fd < 0 {
        return Err(last_os_error(Some(&pv)));
    }
    Ok(Value::Int(fd as i64))
}

os_calls! {
    fn fd_close(fd: fd) = libc::close(fd) => done;
}

/// `_os.fdopen(fd, mode, encoding)`: a file object that owns descriptor `fd`, as CPython's
/// `open(fd, mode)` (closing it closes the descriptor). The mode is checked first, then the
/// descriptor (EBADF for one that is not open), before the file takes it over.
fn fdopen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::fd::FromRawFd;
    let fd = fd_arg(vm, &arg(&args, 0))?;
    let mode = match arg(&args, 1) {
        Value::Str(s) => s.as_str().to_owned(),
        v => return Err(PyErr::type_error(format!("open() argument 'mode' must be str, not {}", vm.type_name(&v)))),
    };
    let encoding = match arg(&args, 2) {
        Value::None => None,
        Value::Str(s) => Some(s.as_str().to_owned()),
        v => return Err(PyErr::type_error(format!("open() argument 'encoding' must be str or None, not {}", vm.type_name(&v)))),
    };
    crate::builtins::file::check_mode(&mode)?;
    if fd < 0 {
        return Err(PyErr::value_error("negative file descriptor"));
    }
    // SAFETY: F_GETFD only reads the descriptor's flags; a closed one fails with EBADF.
    if unsafe { libc::fcntl(fd, libc::F_GETFD) } < 0 {
        return Err(last_os_error(None));
    }
    // SAFETY: `fd` is open (checked above) and, as with CPython's `open(fd)`, the file object
    // becomes its owner.
    let owned = unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) };
    crate::builtins::file::file_from_fd(vm, owned, &mode, encoding)
}

/// Up to `n` bytes from one read(2)-like call; a negative count is EINVAL, as CPython
/// reports it for both read and pread.
fn read_up_to(n: i64, call: impl FnOnce(&mut [u8]) -> libc::ssize_t) -> PyResult<Value> {
    if n < 0 {
        return Err(os_call::errno_error(libc::EINVAL));
    }
    let mut buf = vec![0u8; n.min(1 << 30) as usize];
    let got = call(&mut buf);
    if got < 0 {
        return Err(last_os_error(None));
    }
    buf.truncate(got as usize);
    Ok(Value::Bytes(buf.into()))
}

/// The bytes of a bytes-like argument (bytes, bytearray, memoryview), as os.write takes.
fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    crate::modules::struct_buffer::read(vm, v)?
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

/// The count a write(2)-like call reports, or the OSError it left.
fn written(put: libc::ssize_t) -> PyResult<Value> {
    if put < 0 {
        return Err(last_os_error(None));
    }
    Ok(Value::Int(put as i64))
}

fn fd_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &arg(&args, 0))?;
    let n = crate::builtins::int_arg(vm, &arg(&args, 1), "")?;
    // SAFETY: the buffer is valid for its length of writes.
    read_up_to(n, |buf| unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) })
}

fn fd_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &arg(&args, 0))?;
    let data = data_arg(vm, &arg(&args, 1))?;
    // SAFETY: `data` is valid for `data.len()` bytes of reads.
    written(unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) })
}

/// `pread(fd, n, offset)`: up to `n` bytes from `offset`, leaving the file position alone.
fn fd_pread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &arg(&args, 0))?;
    let n = crate::builtins::int_arg(vm, &arg(&args, 1), "")?;
    let offset = os_call::off(vm, &arg(&args, 2))?;
    // SAFETY: the buffer is valid for its length of writes.
    read_up_to(n, |buf| unsafe { libc::pread(fd, buf.as_mut_ptr().cast(), buf.len(), offset) })
}

/// `pwrite(fd, data, offset)`: write `data` at `offset` without moving the file position.
fn fd_pwrite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &arg(&args, 0))?;
    let data = data_arg(vm, &arg(&args, 1))?;
    let offset = os_call::off(vm, &arg(&args, 2))?;
    // SAFETY: `data` is valid for `data.len()` bytes of reads.
    written(unsafe { libc::pwrite(fd, data.as_ptr().cast(), data.len(), offset) })
}

/// `get_terminal_size(fd)`: (columns, lines) from the TIOCGWINSZ ioctl; OSError when `fd` is
/// not a terminal, as CPython's `os.get_terminal_size`.
fn get_terminal_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = match arg(&args, 0) {
        Value::None => 1,
        v => fd_arg(vm, &v)?,
    };
    // SAFETY: `winsize` is plain data; the ioctl writes at most one `winsize`.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } < 0 {
        return Err(last_os_error(None));
    }
    Ok(Value::tuple(vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)]))
}
