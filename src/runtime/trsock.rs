//! The rest of CPython's `asyncio.TransportSocket` on the loop's native sockets (what
//! `server.sockets` and `get_extra_info('socket')` hand out): `family`/`type`/`proto`, the
//! option calls, `dup`, `shutdown`, and the refusals of blocking modes and pickling.

use std::rc::Rc;

use super::net::{raw_fd, sock};
use crate::builtins::{arg, def_getter, def_method, int_arg};
use crate::object::{Args, Class, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(s: &Rc<Class>) {
    def_getter(s, "family", family);
    def_getter(s, "type", kind);
    def_getter(s, "proto", |_, args| Ok(Value::Int(super::net::proto(sock(&arg(&args, 0))?))));
    def_method(s, "gettimeout", |_, _| Ok(Value::Int(0)));
    def_method(s, "settimeout", settimeout);
    def_method(s, "setblocking", setblocking);
    def_method(s, "get_inheritable", get_inheritable);
    def_method(s, "getsockopt", getsockopt);
    def_method(s, "setsockopt", setsockopt);
    def_method(s, "shutdown", shutdown);
    def_method(s, "dup", dup);
    def_method(s, "__getstate__", |_, _| Err(PyErr::type_error("Cannot serialize asyncio.TransportSocket object")));
}

/// `socket.<enum_name>(n)` (AddressFamily, SocketKind), as the wrapped socket object reports.
fn socket_enum(vm: &mut Vm, enum_name: &str, n: i64) -> PyResult<Value> {
    let socket = vm.import_module("socket")?;
    let cls = vm.getattr(&socket, &Value::str(enum_name))?;
    vm.call(&cls, vec![Value::Int(n)])
}

fn family(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = super::net::family(sock(&arg(&args, 0))?);
    socket_enum(vm, "AddressFamily", n)
}

fn kind(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    socket_enum(vm, "SocketKind", libc::SOCK_STREAM as i64)
}

fn fd_of(args: &Args) -> PyResult<i32> {
    let fd = raw_fd(sock(&arg(args, 0))?);
    if fd < 0 {
        return Err(PyErr::new(crate::object::ExcKind::OSError, "[Errno 9] Bad file descriptor"));
    }
    Ok(fd)
}

fn last_os_error() -> PyErr {
    crate::builtins::file::os_error(&std::io::Error::last_os_error(), None)
}

/// matches CPython: only the non-blocking mode the loop needs is accepted.
fn settimeout(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let zero = vm.compare(crate::bytecode::opcode::CompareOp::Eq, &arg(&args, 1), &Value::Int(0))?;
    if vm.is_true(&zero)? {
        return Ok(Value::None);
    }
    Err(PyErr::value_error("settimeout(): only 0 timeout is allowed on transport sockets"))
}

fn setblocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !vm.is_true(&arg(&args, 1))? {
        return Ok(Value::None);
    }
    Err(PyErr::value_error("setblocking(): transport sockets cannot be blocking"))
}

fn get_inheritable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_of(&args)?;
    // SAFETY: F_GETFD on a descriptor the socket owns.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    if flags < 0 {
        return Err(last_os_error());
    }
    Ok(Value::bool(flags & libc::FD_CLOEXEC == 0))
}

fn getsockopt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_of(&args)?;
    crate::modules::socket_obj::getsockopt_fd(vm, fd, &args)
}

fn setsockopt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_of(&args)?;
    crate::modules::socket_obj::setsockopt_fd(vm, fd, &args)
}

fn shutdown(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_of(&args)?;
    let how = int_arg(vm, &arg(&args, 1), "")? as libc::c_int;
    // SAFETY: shutdown(2) on a descriptor the socket owns.
    if unsafe { libc::shutdown(fd, how) } < 0 {
        return Err(last_os_error());
    }
    Ok(Value::None)
}

/// `dup()`: a blocking `socket.socket` over a duplicate descriptor, as CPython's.
fn dup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_of(&args)?;
    let family = super::net::family(sock(&arg(&args, 0))?);
    // SAFETY: F_DUPFD_CLOEXEC makes a new descriptor the socket object will own.
    let new_fd = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new_fd < 0 {
        return Err(last_os_error());
    }
    let socket = vm.import_module("socket")?;
    let cls = vm.getattr(&socket, &Value::str("socket"))?;
    let proto = super::net::proto(sock(&arg(&args, 0))?);
    let args = vec![Value::Int(family), Value::Int(libc::SOCK_STREAM as i64), Value::Int(proto), Value::Int(new_fd as i64)];
    let dup = vm.call(&cls, args)?;
    // The copy takes the timeout (0.0) too, so the descriptors the two share stay
    // non-blocking for the loop.
    vm.call_method(&dup, "settimeout", vec![Value::float(0.0)])?;
    Ok(dup)
}
