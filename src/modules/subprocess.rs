//! `_subprocess`: the native core of the blocking `subprocess` module (`stdlib/subprocess.py`):
//! spawning with the parent's pipe ends as file objects, `wait` with an optional timeout, and
//! `communicate`, which feeds stdin and drains stdout and stderr on helper OS threads so no
//! pipe can fill up and deadlock. Every blocking wait releases the GIL.

use crate::object::BoolWord;
use std::fs::File;
use std::io::{Read, Write};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::new_module;
#[path = "subprocess_preexec.rs"]
pub(crate) mod subprocess_preexec;
use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::runtime::child_process::{self as cp, ChildProcess};
use crate::runtime::gil;
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_subprocess");
    {
        let mut d = d.borrow_mut();
        def_fn(&mut d, "spawn", spawn);
        def_fn(&mut d, "wait", wait);
        def_fn(&mut d, "communicate", communicate);
        def_fn(&mut d, "system", system);
    }
    Ok(m)
}

/// `spawn(argv, executable, stdin, stdout, stderr, cwd, env, text, encoding, pass_fds,
/// new_session, process_group, umask, preexec_fn)` -> `(child, stdin_file, stdout_file,
/// stderr_file)`; a file is None unless that stream is PIPE. None instead when `preexec_fn`
/// raised in the child (the script raises CPython's SubprocessError).
fn spawn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let req = cp::spawn_request(vm, &args, 0)?;
    let text = vm.is_true(&arg(&args, 7))?;
    let encoding = match arg(&args, 8) {
        Value::None => None,
        v => Some(vm.str(&v)?),
    };
    let (hook, marks) = match arg(&args, 13) {
        Value::None => (None, None),
        f => {
            let (hook, marks) = subprocess_preexec::hook(vm, f).map_err(|e| crate::builtins::file::os_error(&e, None))?;
            (Some(hook), Some(marks))
        }
    };
    let spawned = match cp::spawn_with(&req, hook) {
        Ok(spawned) => spawned,
        Err(_) if marks.as_ref().is_some_and(|m| m.raised()) => return Ok(Value::None),
        Err(e) => return Err(cp::spawn_error(&req, &e)),
    };
    let mut out = vec![cp::new_child(vm, spawned.child)];
    for (i, fd) in spawned.pipes.into_iter().enumerate() {
        let file = match fd {
            None => Value::None,
            Some(fd) => {
                let mode = match (i, text) {
                    (0, false) => "wb",
                    (0, true) => "w",
                    (_, false) => "rb",
                    (_, true) => "r",
                };
                crate::builtins::file::file_from_fd(vm, fd, mode, encoding.clone())?
            }
        };
        out.push(file);
    }
    Ok(Value::tuple(out))
}

fn child_arg<'a>(args: &'a Args) -> PyResult<&'a ChildProcess> {
    args.pos.first().ok_or_else(|| PyErr::type_error("missing process")).and_then(cp::child_of)
}

fn timeout_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i as f64)),
        Value::Float(f) => Ok(Some(f.get())),
        // A huge int: Python's `_time() + timeout` is then a deadline no wait reaches.
        Value::BigInt(b) => Ok(Some(num_traits::ToPrimitive::to_f64(&**b).unwrap_or(f64::INFINITY))),
        Value::Bool(b) => Ok(Some(b.get() as i64 as f64)),
        other => Err(PyErr::type_error(format!("timeout must be a number, not {}", vm.type_name(other)))),
    }
}

/// `wait(child, timeout)`: the returncode, or None when `timeout` seconds passed first. The
/// wait is a poll(2) on the child's pidfd with the GIL released; a signal interrupts it, so
/// Ctrl-C and Python handlers run at once, as in CPython.
fn wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = child_arg(&args)?;
    if let Some(rc) = cp::try_reap(p)? {
        return Ok(Value::Int(rc));
    }
    let timeout = timeout_arg(vm, &arg(&args, 1))?;
    let deadline = timeout.and_then(crate::modules::timeouts::deadline_after);
    let pidfd = match cp::pidfd_open(p.pid) {
        Ok(fd) => fd,
        Err(_) => return wait_blocking(vm, &args),
    };
    loop {
        let ms = match deadline {
            None => -1,
            Some(d) => {
                let left = d.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Ok(Value::None);
                }
                left.as_millis().clamp(1, i32::MAX as u128) as i32
            }
        };
        gil::allow_threads(vm, || poll_readable(&pidfd, ms));
        crate::vm::signals::check(vm)?;
        if let Some(rc) = cp::try_reap(child_arg(&args)?)? {
            return Ok(Value::Int(rc));
        }
    }
}

/// Block in waitpid (kernels without pidfds).
fn wait_blocking(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = child_arg(args)?;
    let mut child = p.child.borrow_mut().take().ok_or_else(|| PyErr::runtime_error("process is being waited for"))?;
    let status = gil::allow_threads(vm, || child.wait());
    let p = child_arg(args)?;
    *p.child.borrow_mut() = Some(child);
    let rc = cp::returncode_of(status.map_err(|e| crate::builtins::file::os_error(&e, None))?);
    p.returncode.set(Some(rc));
    Ok(Value::Int(rc))
}

/// Wait until `fd` is readable, `ms` milliseconds pass (-1: no limit) or a signal arrives.
fn poll_readable(fd: &std::os::fd::OwnedFd, ms: i32) {
    use std::os::fd::AsRawFd;
    let mut pfd = libc::pollfd { fd: fd.as_raw_fd(), events: libc::POLLIN, revents: 0 };
    // SAFETY: `pfd` is a valid pollfd for the duration of the call, and the count is 1.
    unsafe {
        libc::poll(&mut pfd, 1, ms);
    }
}

/// A `communicate` in progress: helper threads feeding stdin and draining the output pipes.
struct Communication {
    stdout: Option<Arc<Mutex<Vec<u8>>>>,
    stderr: Option<Arc<Mutex<Vec<u8>>>>,
    done: mpsc::Receiver<()>,
    remaining: usize,
}

fn drain(mut f: File, buf: Arc<Mutex<Vec<u8>>>, done: mpsc::Sender<()>) {
    std::thread::spawn(move || {
        let mut chunk = vec![0u8; 32768];
        loop {
            match f.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => buf.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
        let _ = done.send(());
    });
}

fn start(vm: &mut Vm, args: &Args) -> PyResult<Communication> {
    let input = match arg(args, 1) {
        Value::None => Vec::new(),
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        other => return Err(PyErr::type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(&other)))),
    };
    let (tx, rx) = mpsc::channel();
    let mut remaining = 0;
    if let Some(mut f) = crate::builtins::file::take_file(&arg(args, 2)) {
        let done = tx.clone();
        remaining += 1;
        std::thread::spawn(move || {
            // matches CPython: a child that exits without reading its input is not an error.
            let _ = f.write_all(&input);
            drop(f);
            let _ = done.send(());
        });
    }
    let mut outputs = [None, None];
    for (slot, v) in outputs.iter_mut().zip([arg(args, 3), arg(args, 4)]) {
        if let Some(f) = crate::builtins::file::take_file(&v) {
            let buf = Arc::new(Mutex::new(Vec::new()));
            remaining += 1;
            drain(f, buf.clone(), tx.clone());
            *slot = Some(buf);
        }
    }
    let [stdout, stderr] = outputs;
    Ok(Communication { stdout, stderr, done: rx, remaining })
}

fn take_buf(b: &Option<Arc<Mutex<Vec<u8>>>>) -> Value {
    match b {
        Some(b) => Value::Bytes(std::mem::take(&mut *b.lock().unwrap_or_else(|e| e.into_inner())).into()),
        None => Value::None,
    }
}

/// `communicate(child, input, stdin_file, stdout_file, stderr_file, timeout)` ->
/// `(stdout_bytes, stderr_bytes, timed_out)`. On a timeout the helper threads keep running and
/// the next call resumes them; the output read so far is returned with `timed_out` True.
fn communicate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let timeout = timeout_arg(vm, &arg(&args, 5))?;
    let pending = child_arg(&args)?.communication.borrow_mut().take();
    let mut c = match pending.and_then(|b| b.downcast::<Communication>().ok()) {
        Some(c) => *c,
        None => start(vm, &args)?,
    };
    let deadline = timeout.and_then(crate::modules::timeouts::deadline_after);
    while c.remaining > 0 {
        let now = Instant::now();
        if deadline.map_or(false, |d| now >= d) {
            // Keep what was read so far for the next call, and report it too.
            let partial = Value::tuple(vec![snapshot(&c.stdout), snapshot(&c.stderr), Value::Bool(BoolWord::TRUE)]);
            *child_arg(&args)?.communication.borrow_mut() = Some(Box::new(c));
            return Ok(partial);
        }
        // Wake every 50 ms for Ctrl-C.
        let slice = deadline.map_or(Duration::from_millis(50), |d| (d - now).min(Duration::from_millis(50)));
        if gil::allow_threads(vm, || c.done.recv_timeout(slice)).is_ok() {
            c.remaining -= 1;
        }
        if let Err(e) = crate::vm::signals::check(vm) {
            *child_arg(&args)?.communication.borrow_mut() = Some(Box::new(c));
            return Err(e);
        }
    }
    Ok(Value::tuple(vec![take_buf(&c.stdout), take_buf(&c.stderr), Value::Bool(BoolWord::FALSE)]))
}

fn snapshot(b: &Option<Arc<Mutex<Vec<u8>>>>) -> Value {
    match b {
        Some(b) => Value::Bytes(b.lock().unwrap_or_else(|e| e.into_inner()).clone().into()),
        None => Value::None,
    }
}

/// `system(command)`: run `command` with /bin/sh, inheriting the standard streams; returns the
/// wait status (exit code << 8, or the signal number), as `os.system` does.
fn system(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cmd = vm.str(&arg(&args, 0))?;
    let req = cp::SpawnRequest {
        argv: vec!["/bin/sh".into(), "-c".into(), cmd],
        executable: None,
        stdio: [cp::StdioArg::Inherit; 3],
        cwd: None,
        env: None,
        pass_fds: Vec::new(),
        new_session: false,
        process_group: None,
        umask: None,
        ids: Default::default(),
    };
    let Ok(mut spawned) = cp::spawn(&req) else { return Ok(Value::Int(127 << 8)) };
    let status = gil::allow_threads(vm, || spawned.child.wait());
    let status = status.map_err(|e| crate::builtins::file::os_error(&e, None))?;
    use std::os::unix::process::ExitStatusExt;
    Ok(Value::Int(status.into_raw() as i64))
}
