//! `_os`: the native half of `os` (environment, working directory, directory listing, file
//! removal and renaming, stat-based predicates); `stdlib/os.py` and `posixpath.py` build on it.

use super::new_module;
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
        ] {
            def_fn(&mut d, name, f);
        }
    }
    Ok(m)
}


fn getcwd(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let d = std::env::current_dir().map_err(|e| os_error(&e, None))?;
    Ok(Value::string(d.to_string_lossy().into_owned()))
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &arg(&args, 0))?;
    std::env::set_current_dir(&p).map_err(|e| os_error(&e, Some(&arg(&args, 0))))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = if args.pos.is_empty() { Value::str(".") } else { arg(&args, 0) };
    let p = path_arg(vm, &pv)?;
    let entries = std::fs::read_dir(&p).map_err(|e| os_error(&e, Some(&pv)))?;
    let mut names = Vec::new();
    for e in entries {
        let e = e.map_err(|e| os_error(&e, Some(&pv)))?;
        names.push(Value::string(e.file_name().to_string_lossy().into_owned()));
    }
    Ok(Value::list(names))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(&args, 0);
    let p = path_arg(vm, &pv)?;
    if std::fs::metadata(&p).map(|m| m.is_dir()).unwrap_or(false) {
        return Err(os_error(&std::io::Error::from_raw_os_error(libc::EISDIR), Some(&pv)));
    }
    std::fs::remove_file(&p).map_err(|e| os_error(&e, Some(&pv)))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(&args, 0);
    let p = path_arg(vm, &pv)?;
    std::fs::remove_dir(&p).map_err(|e| os_error(&e, Some(&pv)))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = (arg(&args, 0), arg(&args, 1));
    let (pa, pb) = (path_arg(vm, &a)?, path_arg(vm, &b)?);
    // CPython also names the target ("'a' -> 'b'"); the source alone is reported here.
    std::fs::rename(&pa, &pb).map_err(|e| os_error(&e, Some(&a)))?;
    Ok(Value::None)
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(&args, 0);
    let p = path_arg(vm, &pv)?;
    std::fs::create_dir(&p).map_err(|e| os_error(&e, Some(&pv)))?;
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
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let k = path_arg(vm, &arg(&args, 0))?;
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Err(PyErr::value_error("illegal environment variable name"));
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
    let follow = !matches!(arg(&args, 1), Value::Bool(false));
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
    let p = path_arg(vm, &pv)?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(&e, Some(&pv)))?;
    Ok(Value::Int(m.len() as i64))
}

fn getmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(&args, 0);
    let p = path_arg(vm, &pv)?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(&e, Some(&pv)))?;
    let t = m.modified().map_err(|e| os_error(&e, Some(&pv)))?;
    let d = t.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
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
