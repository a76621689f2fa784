//! `_multiprocessing`: worker processes for `multiprocessing` and `ProcessPoolExecutor`. A
//! worker is a child corio process that connects back over a Unix socket; messages are
//! length-prefixed byte strings (the Python side encodes values). Every blocking call
//! releases the GIL, so a pool's feeder threads wait for results while other threads run.

use std::any::Any;
use std::cell::RefCell;
use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::process::{Child, Command};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::gil;
use crate::builtins::{arg, def_fn, def_method};
use crate::object::class::Layout;
use crate::object::{Args, Class, ExcKind, NativeObject, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

/// One end of a worker's socket.
pub struct Connection {
    stream: RefCell<Option<UnixStream>>,
    class: Rc<Class>,
}

/// A spawned worker process.
pub struct WorkerProcess {
    /// Taken out while a `wait` has released the GIL.
    child: RefCell<Option<Child>>,
    class: Rc<Class>,
}

impl NativeObject for Connection {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl NativeObject for WorkerProcess {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static SOCKETS: AtomicUsize = AtomicUsize::new(0);

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = crate::modules::new_module("_multiprocessing");
    let conn = new_class_with("Connection", &[vm.types.object.clone()], Layout::Builtin, None)?;
    def_method(&conn, "send_bytes", send_bytes);
    def_method(&conn, "recv_bytes", recv_bytes);
    def_method(&conn, "close", close);
    let proc_cls = new_class_with("WorkerProcess", &[vm.types.object.clone()], Layout::Builtin, None)?;
    def_method(&proc_cls, "wait", wait);
    def_method(&proc_cls, "kill", kill);
    def_method(&proc_cls, "poll", poll);
    crate::builtins::def_getter(&proc_cls, "pid", pid);
    for (name, c) in [("_multiprocessing.Connection", &conn), ("_multiprocessing.WorkerProcess", &proc_cls)] {
        c.dict.borrow_mut().set_str("__module__", Value::str("_multiprocessing"));
        vm.iterator_classes.borrow_mut().push((name, c.clone()));
    }
    let mut dict = d.borrow_mut();
    def_fn(&mut dict, "spawn", spawn);
    def_fn(&mut dict, "connect", connect);
    drop(dict);
    Ok(m)
}

fn class_named(vm: &Vm, name: &str) -> PyResult<Rc<Class>> {
    let found = vm.iterator_classes.borrow().iter().find(|(n, _)| *n == name).map(|(_, c)| c.clone());
    found.ok_or_else(|| PyErr::runtime_error("_multiprocessing is not initialised"))
}

fn os_error(e: std::io::Error) -> PyErr {
    let kind = match e.kind() {
        std::io::ErrorKind::BrokenPipe => ExcKind::BrokenPipeError,
        std::io::ErrorKind::ConnectionReset => ExcKind::ConnectionResetError,
        std::io::ErrorKind::NotFound => ExcKind::FileNotFoundError,
        _ => ExcKind::OSError,
    };
    PyErr::new(kind, e.to_string())
}

fn new_connection(vm: &Vm, s: UnixStream) -> PyResult<Value> {
    let class = class_named(vm, "_multiprocessing.Connection")?;
    Ok(Value::Native(crate::object::NativeRef::new(Connection { stream: RefCell::new(Some(s)), class })))
}

/// `spawn(executable, args)`: start `executable *args` with one extra argument, the path of a
/// socket the child must `connect` to; returns `(process, connection)` once it has connected.
fn spawn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let exe = vm.str(&arg(&args, 0))?;
    let mut argv = Vec::new();
    for a in vm.collect_iterable(&arg(&args, 1))? {
        argv.push(vm.str(&a)?);
    }
    let n = SOCKETS.fetch_add(1, Ordering::SeqCst);
    let path = std::env::temp_dir().join(format!("corio-mp-{}-{n}.sock", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let listener = UnixListener::bind(&path).map_err(os_error)?;
    let child = Command::new(&exe).args(&argv).arg(&path).spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            let _ = std::fs::remove_file(&path);
            return Err(os_error(e));
        }
    };
    // Wait for the child to connect, or to die first (a broken worker must not hang us).
    listener.set_nonblocking(true).map_err(os_error)?;
    let accepted = gil::allow_threads(vm, || loop {
        match listener.accept() {
            Ok((s, _)) => break Ok(s),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                if let Ok(Some(status)) = child.try_wait() {
                    break Err(std::io::Error::other(format!("worker process exited early ({status})")));
                }
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            Err(e) => break Err(e),
        }
    });
    let _ = std::fs::remove_file(&path);
    let stream = accepted.map_err(os_error)?;
    stream.set_nonblocking(false).map_err(os_error)?;
    let conn = new_connection(vm, stream)?;
    let class = class_named(vm, "_multiprocessing.WorkerProcess")?;
    let proc_value = Value::Native(crate::object::NativeRef::new(WorkerProcess { child: RefCell::new(Some(child)), class }));
    Ok(Value::tuple(vec![proc_value, conn]))
}

/// `connect(path)`: the worker's end of the socket.
fn connect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = vm.str(&arg(&args, 0))?;
    let s = UnixStream::connect(&path).map_err(os_error)?;
    new_connection(vm, s)
}

fn conn_of(v: &Value) -> PyResult<&Connection> {
    v.downcast::<Connection>().ok_or_else(|| PyErr::type_error("expected a Connection"))
}

fn closed() -> PyErr {
    PyErr::new(ExcKind::OSError, "handle is closed")
}

fn send_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let data = match arg(&args, 1) {
        Value::Bytes(b) => b,
        _ => return Err(PyErr::type_error("send_bytes() expects bytes")),
    };
    let c = conn_of(&this)?;
    let len = u32::try_from(data.len()).map_err(|_| PyErr::value_error("message too long"))?;
    // Taken out while the GIL is released, so another thread sees a closed handle rather
    // than a borrowed one.
    let mut s = c.stream.borrow_mut().take().ok_or_else(closed)?;
    let r = gil::allow_threads(vm, || {
        s.write_all(&len.to_le_bytes())?;
        s.write_all(&data)
    });
    *c.stream.borrow_mut() = Some(s);
    r.map_err(os_error)?;
    Ok(Value::None)
}

/// `recv_bytes()`: the next message; EOFError when the other end has closed.
fn recv_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let c = conn_of(&this)?;
    let mut s = c.stream.borrow_mut().take().ok_or_else(closed)?;
    let r = gil::allow_threads(vm, || -> std::io::Result<Vec<u8>> {
        let mut len = [0u8; 4];
        s.read_exact(&mut len)?;
        let mut buf = vec![0u8; u32::from_le_bytes(len) as usize];
        s.read_exact(&mut buf)?;
        Ok(buf)
    });
    *c.stream.borrow_mut() = Some(s);
    match r {
        Ok(buf) => Ok(Value::Bytes(crate::object::RcSlice::from(buf))),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(PyErr::new(ExcKind::EOFError, "")),
        Err(e) => Err(os_error(e)),
    }
}

fn close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    conn_of(&arg(&args, 0))?.stream.borrow_mut().take();
    Ok(Value::None)
}

fn proc_of(v: &Value) -> PyResult<&WorkerProcess> {
    v.downcast::<WorkerProcess>().ok_or_else(|| PyErr::type_error("expected a WorkerProcess"))
}

/// The exit code as `multiprocessing` reports it: negative for a signal.
fn exit_code(status: std::process::ExitStatus) -> i64 {
    use std::os::unix::process::ExitStatusExt;
    match status.code() {
        Some(c) => c as i64,
        None => -(status.signal().unwrap_or(0) as i64),
    }
}

fn wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let p = proc_of(&this)?;
    let mut child = p.child.borrow_mut().take().ok_or_else(|| PyErr::runtime_error("process is being waited for"))?;
    let status = gil::allow_threads(vm, || child.wait());
    *p.child.borrow_mut() = Some(child);
    Ok(Value::Int(exit_code(status.map_err(os_error)?)))
}

fn poll(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let p = proc_of(&this)?;
    let r = match p.child.borrow_mut().as_mut() {
        Some(c) => c.try_wait().map_err(os_error)?,
        None => None,
    };
    Ok(r.map_or(Value::None, |s| Value::Int(exit_code(s))))
}

fn kill(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    // Killing a process that already exited is not an error for the pool.
    if let Some(c) = proc_of(&this)?.child.borrow_mut().as_mut() {
        let _ = c.kill();
    }
    Ok(Value::None)
}

fn pid(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let id = proc_of(&this)?.child.borrow().as_ref().map_or(0, |c| c.id());
    Ok(Value::Int(id as i64))
}
