//! Non-blocking TCP sockets on the loop's reactor: connect, listen/accept, recv, send. The
//! parent's ends of a child process's pipes are the same object (`PipeReader`/`PipeWriter`), so
//! asyncio's StreamReader/StreamWriter work over both.
//! Operations are tried at once; on `WouldBlock` a future waits for readiness (mio is
//! edge-triggered, so every wait starts with an attempt).

use crate::modules::socket_addr::addr_value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, ToSocketAddrs};
use std::rc::Rc;

use super::RuntimeClasses;
use crate::builtins::{arg, int_arg};
use crate::object::{Args, Class, ExcKind, NativeObject, PyErr, PyResult, Value};
use crate::vm::Vm;

pub enum SockKind {
    Stream(mio::net::TcpStream),
    Listener(mio::net::TcpListener),
    /// A child's stdout or stderr pipe (read end).
    PipeReader(mio::unix::pipe::Receiver),
    /// A child's stdin pipe (write end).
    PipeWriter(mio::unix::pipe::Sender),
    Closed,
}

/// The most one recv reads (a StreamReader's default limit is 64 KiB).
const RECV_BUFFER_MAX: usize = 256 * 1024;

thread_local! {
    /// Scratch space every recv reads into before the bytes are copied out at their size.
    static RECV_BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// What a parked future is waiting to do when the socket becomes ready.
pub enum PendingOp {
    Recv { fut: Value, max: usize },
    Accept { fut: Value },
    Connect { fut: Value, addr: SocketAddr },
    Writable { fut: Value },
    /// A watch of a `socket.socket`'s descriptor (`loop._wait_fd`): resolve when ready.
    FdReady { fut: Value },
    /// A StreamReader's `read(n)`/`readexactly(n)` waiting for data (`native_streams`).
    StreamRead(Box<super::native_streams::StreamRead>),
}

pub struct Socket {
    pub kind: RefCell<SockKind>,
    /// False once a recv found nothing (or less than it asked for) to read, until the reactor
    /// reports the socket readable again (it is edge-triggered: any bytes that arrive after
    /// that recv raise a new event),
    /// so a read that is about to wait can skip a recv that would fail.
    pub maybe_readable: Cell<bool>,
    /// The reactor reported the peer's end closed (or an error): a short read no longer means
    /// the next one would block, since that EOF raises no further event.
    pub read_closed_seen: Cell<bool>,
    pub token: Cell<Option<usize>>,
    pub loop_: Value,
    pub read_op: RefCell<Option<PendingOp>>,
    pub write_op: RefCell<Option<PendingOp>>,
    class: Rc<Class>,
}

impl NativeObject for Socket {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub(super) fn sock(v: &Value) -> PyResult<&Socket> {
    v.downcast::<Socket>().ok_or_else(|| PyErr::type_error("expected a socket"))
}

pub fn install(_vm: &mut Vm, c: &RuntimeClasses) {
    use crate::builtins::def_method;
    let s = &c.socket;
    def_method(s, "getsockname", getsockname);
    def_method(s, "getpeername", getpeername);
    def_method(s, "close", close);
    def_method(s, "send", send);
    def_method(s, "shutdown_write", shutdown_write);
    def_method(s, "fileno", fileno);
    def_method(s, "__repr__", repr);
    super::trsock::install(s);
    let l = &c.event_loop;
    def_method(l, "_sock_connect", sock_connect);
    def_method(l, "_sock_listen", sock_listen);
    def_method(l, "_sock_accept", sock_accept);
    def_method(l, "_sock_recv", sock_recv);
    def_method(l, "_sock_reading", sock_reading);
    def_method(l, "_sock_writable", sock_writable);
    def_method(l, "_wait_fd", wait_fd);
    def_method(l, "_adopt_socket", adopt_socket);
    def_method(l, "_use_native_streams", super::native_streams::use_native_streams);
}

/// An OSError subclass with CPython's `(errno, strerror)` arguments.
pub fn os_error(e: &std::io::Error, suffix: &str) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let kind = match e.kind() {
        ErrorKind::ConnectionRefused => ExcKind::ConnectionRefusedError,
        ErrorKind::ConnectionReset => ExcKind::ConnectionResetError,
        ErrorKind::ConnectionAborted => ExcKind::ConnectionAbortedError,
        ErrorKind::BrokenPipe => ExcKind::BrokenPipeError,
        ErrorKind::TimedOut => ExcKind::TimeoutError,
        ErrorKind::AddrInUse | ErrorKind::AddrNotAvailable | _ => ExcKind::OSError,
    };
    let msg = strerror(errno).unwrap_or_else(|| e.to_string());
    PyErr::with_args(kind, vec![Value::Int(errno as i64), Value::string(format!("{msg}{suffix}"))])
}

fn strerror(errno: i32) -> Option<String> {
    Some(
        match errno {
            98 => "Address already in use",
            99 => "Cannot assign requested address",
            104 => "Connection reset by peer",
            110 => "Connection timed out",
            111 => "Connection refused",
            113 => "No route to host",
            32 => "Broken pipe",
            _ => return None,
        }
        .to_string(),
    )
}

pub fn new_socket(vm: &mut Vm, loop_: &Value, kind: SockKind) -> PyResult<Value> {
    let class = super::classes(vm).socket.clone();
    let s = crate::object::NativeRef::new(Socket {
        kind: RefCell::new(kind),
        maybe_readable: Cell::new(true),
        read_closed_seen: Cell::new(false),
        token: Cell::new(None),
        loop_: loop_.clone(),
        read_op: RefCell::new(None),
        write_op: RefCell::new(None),
        class,
    });
    let v = Value::Native(s);
    super::reactor::register(vm, loop_, &v)?;
    Ok(v)
}

fn resolve(vm: &mut Vm, host: &Value, port: &Value, op: &str) -> PyResult<Vec<SocketAddr>> {
    let port = port_number(vm, port, op)?;
    let host = match host {
        Value::None => "0.0.0.0".to_string(),
        h => vm.str(h)?,
    };
    let host = if host == "localhost" { "127.0.0.1".to_string() } else { host };
    match (host.as_str(), port).to_socket_addrs() {
        Ok(a) => Ok(a.collect()),
        Err(_) => Err(crate::modules::socket_addr::gaierror(vm, -2, "Name or service not known")),
    }
}

/// The port of a `(host, port)` the loop connects to or binds, as CPython's loop takes it:
/// None or empty is 0, anything `int()` accepts is that number ("80", 80.0, b"80"), another
/// str a service name ("http"); out of range is the socket call's OverflowError.
fn port_number(vm: &mut Vm, port: &Value, op: &str) -> PyResult<u16> {
    let n = match port {
        Value::None => 0,
        Value::Str(s) if s.as_str().is_empty() => 0,
        Value::Bytes(b) if b.is_empty() => 0,
        Value::Int(i) => *i,
        _ => {
            let int = Value::Class(vm.types.int.clone());
            match vm.call(&int, vec![port.clone()]) {
                Ok(v) => int_arg(vm, &v, "").unwrap_or(-1),
                Err(_) => match port {
                    Value::Str(s) => crate::modules::socket::service_port(vm, s.as_str())?,
                    Value::Bytes(b) => crate::modules::socket::service_port(vm, &String::from_utf8_lossy(b))?,
                    _ => return Err(PyErr::new(ExcKind::OSError, "Int or String expected")),
                },
            }
        }
    };
    u16::try_from(n).map_err(|_| PyErr::overflow_error(format!("{op}(): port must be 0-65535.")))
}

/// `socket_addr::addr_value`'s repr.
fn addr_repr(a: &SocketAddr) -> String {
    match a {
        SocketAddr::V4(v4) => format!("('{}', {})", v4.ip(), v4.port()),
        SocketAddr::V6(v6) => format!("('{}', {}, {}, {})", v6.ip(), v6.port(), v6.flowinfo(), v6.scope_id()),
    }
}

/// `loop._sock_connect(host, port)` -> future of a connected socket.
fn sock_connect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let loop_ = arg(&args, 0);
    let addrs = resolve(vm, &arg(&args, 1), &arg(&args, 2), "connect")?;
    let fut = super::future::new_future(vm, loop_.clone());
    let Some(addr) = addrs.first().copied() else {
        return Err(PyErr::new(ExcKind::OSError, "no addresses"));
    };
    match mio::net::TcpStream::connect(addr) {
        Ok(stream) => {
            let s = new_socket(vm, &loop_, SockKind::Stream(stream))?;
            *sock(&s)?.write_op.borrow_mut() = Some(PendingOp::Connect { fut: fut.clone(), addr });
            Ok(fut)
        }
        Err(e) => {
            let err = connect_error(&e, &addr);
            let exc = Value::Instance(vm.materialize(err));
            super::future::set_exception_value(vm, &fut, exc)?;
            Ok(fut)
        }
    }
}

fn connect_error(e: &std::io::Error, addr: &SocketAddr) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(111);
    let mut err = os_error(e, "");
    if let crate::object::ErrState::Lazy { args, .. } = err.state_mut() {
        let ip = addr.ip().to_string();
        args[1] = Value::string(format!("Connect call failed ('{ip}', {})", addr.port()));
        args[0] = Value::Int(errno as i64);
    }
    err
}

/// `loop._sock_listen(host, port)` -> a listening socket.
fn sock_listen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let loop_ = arg(&args, 0);
    let addrs = resolve(vm, &arg(&args, 1), &arg(&args, 2), "bind")?;
    let addr = addrs.first().copied().ok_or_else(|| PyErr::new(ExcKind::OSError, "no addresses"))?;
    let listener = mio::net::TcpListener::bind(addr).map_err(|e| {
        let errno = e.raw_os_error().unwrap_or(0);
        let msg = strerror(errno).unwrap_or_else(|| e.to_string());
        PyErr::with_args(
            ExcKind::OSError,
            vec![
                Value::Int(errno as i64),
                Value::string(format!("error while attempting to bind on address ('{}', {}): {}", addr.ip(), addr.port(), msg.to_lowercase())),
            ],
        )
    })?;
    new_socket(vm, &loop_, SockKind::Listener(listener))
}

fn fut_for(vm: &mut Vm, loop_: &Value) -> Value {
    super::future::new_future(vm, loop_.clone())
}

/// `loop._sock_accept(listener)` -> future of (socket, address).
fn sock_accept(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let loop_ = arg(&args, 0);
    let lsock = arg(&args, 1);
    let fut = fut_for(vm, &loop_);
    *sock(&lsock)?.read_op.borrow_mut() = Some(PendingOp::Accept { fut: fut.clone() });
    attempt_read(vm, &lsock)?;
    Ok(fut)
}

/// `loop._sock_recv(sock, n)` -> future of bytes (b'' at EOF).
fn sock_recv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let loop_ = arg(&args, 0);
    let s = arg(&args, 1);
    let max = int_arg(vm, &arg(&args, 2), "")?.max(1) as usize;
    let fut = fut_for(vm, &loop_);
    *sock(&s)?.read_op.borrow_mut() = Some(PendingOp::Recv { fut: fut.clone(), max });
    attempt_read(vm, &s)?;
    Ok(fut)
}

/// `loop._sock_reading(sock)` -> whether a read of the socket (a recv, an accept, a native
/// stream read) is parked and not yet done: another reader of it must not start one, which
/// would take the parked one's place.
fn sock_reading(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = arg(&args, 1);
    let op = sock(&s)?.read_op.borrow();
    let fut = match &*op {
        Some(PendingOp::Recv { fut, .. } | PendingOp::Accept { fut } | PendingOp::FdReady { fut }) => Some(fut),
        Some(PendingOp::StreamRead(read)) => Some(&read.fut),
        _ => None,
    };
    Ok(Value::bool(fut.is_some_and(|f| super::future::core_of(f).is_some_and(|c| !c.is_done()))))
}

/// `loop._sock_writable(sock)` -> future resolved when the socket can take more bytes.
fn sock_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let loop_ = arg(&args, 0);
    let s = arg(&args, 1);
    let fut = fut_for(vm, &loop_);
    *sock(&s)?.write_op.borrow_mut() = Some(PendingOp::Writable { fut: fut.clone() });
    Ok(fut)
}

pub fn complete(vm: &mut Vm, fut: &Value, r: PyResult<Value>) -> PyResult<()> {
    if super::future::core_of(fut).map_or(true, |c| c.is_done()) {
        return Ok(());
    }
    match r {
        Ok(v) => super::future::set_result_value(vm, fut, v),
        Err(e) => {
            let exc = Value::Instance(vm.materialize(e));
            super::future::set_exception_value(vm, fut, exc)
        }
    }
}

/// Try the parked read-side operation (recv or accept).
pub fn attempt_read(vm: &mut Vm, sv: &Value) -> PyResult<()> {
    let s = sock(sv)?;
    s.maybe_readable.set(true);
    let op = s.read_op.borrow_mut().take();
    let Some(op) = op else { return Ok(()) };
    if let PendingOp::StreamRead(read) = op {
        // Cancelled (the awaiting task was): dropped untouched, as a cancelled recv is.
        if super::future::core_of(&read.fut).is_none_or(|c| c.is_done()) {
            return Ok(());
        }
        return super::native_streams::resume_fill(vm, sv, *read);
    }
    // A recv or accept whose future was cancelled (a `wait_for(reader.read(), t)` that timed
    // out) is dropped before touching the socket: as with CPython's removed reader, the bytes
    // or the connection stay queued for the next operation instead of being consumed unseen.
    if let PendingOp::Recv { fut, .. } | PendingOp::Accept { fut } = &op {
        if super::future::core_of(fut).map_or(true, |c| c.is_done()) {
            return Ok(());
        }
    }
    let outcome: Option<(Value, PyResult<Value>)> = match &op {
        PendingOp::Recv { fut, max } => {
            let r = recv_scratch(sv, *max);
            match r {
                Ok(data) => Some((fut.clone(), Ok(Value::Bytes(data)))),
                Err(e) if e.kind() == ErrorKind::WouldBlock => None,
                Err(e) if e.kind() == ErrorKind::Interrupted => None,
                Err(e) => Some((fut.clone(), Err(os_error(&e, "")))),
            }
        }
        PendingOp::Accept { fut } => {
            let r = match &mut *s.kind.borrow_mut() {
                SockKind::Listener(l) => Some(l.accept()),
                _ => None,
            };
            match r {
                Some(Ok((stream, addr))) => {
                    let loop_ = s.loop_.clone();
                    let ns = new_socket(vm, &loop_, SockKind::Stream(stream))?;
                    Some((fut.clone(), Ok(Value::tuple(vec![ns, addr_value(&addr)]))))
                }
                Some(Err(e)) if e.kind() == ErrorKind::WouldBlock => None,
                Some(Err(e)) => Some((fut.clone(), Err(os_error(&e, "")))),
                None => Some((fut.clone(), Err(PyErr::new(ExcKind::OSError, "socket is closed")))),
            }
        }
        PendingOp::FdReady { fut } => Some((fut.clone(), Ok(Value::None))),
        PendingOp::Connect { .. } | PendingOp::Writable { .. } | PendingOp::StreamRead(_) => None,
    };
    if let PendingOp::FdReady { .. } = &op {
        // A watch fires once: its duplicate descriptor is closed.
        close_socket(vm, sv);
    }
    match outcome {
        Some((fut, r)) => complete(vm, &fut, r),
        None => {
            let s = sock(sv)?;
            let cancelled = match &op {
                PendingOp::Recv { fut, .. } | PendingOp::Accept { fut } => {
                    super::future::core_of(fut).map_or(true, |c| c.is_done())
                }
                _ => false,
            };
            if !cancelled {
                *s.read_op.borrow_mut() = Some(op);
            }
            Ok(())
        }
    }
}

/// One recv of at most `max` bytes (capped at `RECV_BUFFER_MAX`) into the reused scratch
/// buffer, copied out at the size that arrived; a closed or listening socket reads as EOF.
pub fn recv_scratch(sv: &Value, max: usize) -> std::io::Result<crate::object::RcSlice<u8>> {
    let s = sock(sv).map_err(|_| std::io::Error::from(ErrorKind::InvalidInput))?;
    RECV_BUFFER.with(|buf| {
        let mut buf = buf.borrow_mut();
        // Grown (and zeroed) once to the largest size asked for; a recv then costs
        // the bytes that arrived, not a fresh `max`-byte buffer per attempt.
        // recv may return fewer bytes than asked, so a huge limit is capped.
        let want = max.clamp(1, RECV_BUFFER_MAX);
        if buf.len() < want {
            buf.resize(want, 0);
        }
        let buf = &mut buf[..want];
        let r = match &mut *s.kind.borrow_mut() {
            SockKind::Stream(st) => st.read(buf),
            SockKind::PipeReader(p) => p.read(buf),
            _ => Ok(0),
        };
        match r {
            Ok(n) => {
                // A short read emptied the receive queue (recv copies what is queued up to
                // the size asked); bytes or an EOF that come later raise a new event. An EOF
                // that came before it may have been reported already (`read_closed_seen`).
                if n > 0 && n < want && !s.read_closed_seen.get() {
                    s.maybe_readable.set(false);
                }
                Ok(crate::object::RcSlice::from(&buf[..n]))
            }
            Err(e) => {
                if e.kind() == ErrorKind::WouldBlock {
                    s.maybe_readable.set(false);
                }
                Err(e)
            }
        }
    })
}

/// A recv or send that found the socket not ready (try again on readiness).
pub fn would_block(e: &std::io::Error) -> bool {
    matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::Interrupted)
}

/// The socket became writable: finish a connect or wake a writer.
pub fn attempt_write(vm: &mut Vm, sv: &Value) -> PyResult<()> {
    let s = sock(sv)?;
    let op = s.write_op.borrow_mut().take();
    match op {
        Some(PendingOp::Connect { fut, addr }) => {
            let state = match &*s.kind.borrow() {
                SockKind::Stream(st) => match st.take_error() {
                    Ok(Some(e)) | Err(e) => Err(e),
                    Ok(None) => st.peer_addr().map(|_| ()),
                },
                _ => Ok(()),
            };
            match state {
                Ok(()) => complete(vm, &fut, Ok(sv.clone())),
                Err(e) if e.kind() == ErrorKind::NotConnected || e.kind() == ErrorKind::WouldBlock => {
                    *s.write_op.borrow_mut() = Some(PendingOp::Connect { fut, addr });
                    Ok(())
                }
                Err(e) => {
                    close_socket(vm, sv);
                    complete(vm, &fut, Err(connect_error(&e, &addr)))
                }
            }
        }
        Some(PendingOp::Writable { fut }) => complete(vm, &fut, Ok(Value::None)),
        Some(PendingOp::FdReady { fut }) => {
            close_socket(vm, sv);
            complete(vm, &fut, Ok(Value::None))
        }
        other => {
            *s.write_op.borrow_mut() = other;
            Ok(())
        }
    }
}

/// `sock.send(data)`: non-blocking write; returns how many bytes were taken.
fn send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = arg(&args, 0);
    let s = sock(&sv)?;
    // Writing to the socket runs no script code, so the bytearray can stay borrowed.
    let n = match arg(&args, 1) {
        Value::Bytes(b) => send_bytes(s, &b)?,
        Value::ByteArray(b) => send_bytes(s, &b.borrow())?,
        other => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&other)))),
    };
    Ok(Value::Int(n as i64))
}

/// A non-blocking write of `data`: how many bytes the socket took (0 when it is full).
pub fn send_bytes(s: &Socket, data: &[u8]) -> PyResult<usize> {
    let r = match &mut *s.kind.borrow_mut() {
        SockKind::Stream(st) => st.write(data),
        SockKind::PipeWriter(p) => p.write(data),
        _ => return Err(PyErr::with_args(ExcKind::OSError, vec![Value::Int(9), Value::str("Bad file descriptor")])),
    };
    match r {
        Ok(n) => Ok(n),
        Err(e) if would_block(&e) => Ok(0),
        Err(e) => Err(os_error(&e, "")),
    }
}

fn shutdown_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = arg(&args, 0);
    let is_pipe = matches!(&*sock(&sv)?.kind.borrow(), SockKind::PipeWriter(_));
    if is_pipe {
        // A pipe has no half-close: closing the write end is the child's EOF.
        close_socket(vm, &sv);
    } else if let SockKind::Stream(st) = &*sock(&sv)?.kind.borrow() {
        let _ = st.shutdown(std::net::Shutdown::Write);
    }
    Ok(Value::None)
}

pub fn close_socket(vm: &mut Vm, sv: &Value) {
    if let Ok(s) = sock(sv) {
        super::reactor::deregister(vm, &s.loop_, sv);
        *s.kind.borrow_mut() = SockKind::Closed;
        let r = s.read_op.borrow_mut().take();
        let w = s.write_op.borrow_mut().take();
        drop((r, w));
    }
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    close_socket(vm, &arg(&args, 0));
    Ok(Value::None)
}

fn local_addr(s: &Socket) -> Option<SocketAddr> {
    match &*s.kind.borrow() {
        SockKind::Stream(st) => st.local_addr().ok(),
        SockKind::Listener(l) => l.local_addr().ok(),
        SockKind::PipeReader(_) | SockKind::PipeWriter(_) | SockKind::Closed => None,
    }
}

fn getsockname(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = arg(&args, 0);
    local_addr(sock(&sv)?).map(|a| addr_value(&a)).ok_or_else(|| PyErr::with_args(ExcKind::OSError, vec![Value::Int(9), Value::str("Bad file descriptor")]))
}

fn getpeername(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = arg(&args, 0);
    let r = match &*sock(&sv)?.kind.borrow() {
        SockKind::Stream(st) => st.peer_addr().ok(),
        _ => None,
    };
    r.map(|a| addr_value(&a)).ok_or_else(|| PyErr::with_args(ExcKind::OSError, vec![Value::Int(107), Value::str("Transport endpoint is not connected")]))
}

fn fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = arg(&args, 0);
    Ok(Value::Int(raw_fd(sock(&sv)?) as i64))
}

/// The socket's descriptor (-1 once closed).
pub fn raw_fd(s: &Socket) -> i32 {
    use std::os::fd::AsRawFd;
    match &*s.kind.borrow() {
        SockKind::Stream(st) => st.as_raw_fd(),
        SockKind::Listener(l) => l.as_raw_fd(),
        SockKind::PipeReader(p) => p.as_raw_fd(),
        SockKind::PipeWriter(p) => p.as_raw_fd(),
        SockKind::Closed => -1,
    }
}

/// The address family number, as the descriptor reports it (`SO_DOMAIN`): AF_UNIX (1) for
/// the connections of a Unix server, AF_INET6 (10) for an IPv6 socket, else AF_INET (2).
pub fn family(s: &Socket) -> i64 {
    if let Some(n) = sock_option(s, libc::SO_DOMAIN) {
        return n;
    }
    if matches!(local_addr(s), Some(SocketAddr::V6(_))) {
        10
    } else {
        2
    }
}

/// The protocol number the descriptor reports (`SO_PROTOCOL`): 6 for TCP, 0 for AF_UNIX.
pub fn proto(s: &Socket) -> i64 {
    sock_option(s, libc::SO_PROTOCOL).unwrap_or(libc::IPPROTO_TCP as i64)
}

/// An integer `SOL_SOCKET` option of the socket's descriptor (None once closed or on error).
fn sock_option(s: &Socket, option: libc::c_int) -> Option<i64> {
    let fd = raw_fd(s);
    if fd < 0 {
        return None;
    }
    let mut value: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: getsockopt(2) writes at most `len` bytes into `value`, a c_int we own.
    let r = unsafe { libc::getsockopt(fd, libc::SOL_SOCKET, option, (&mut value as *mut libc::c_int).cast(), &mut len) };
    (r == 0).then_some(value as i64)
}

fn repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = arg(&args, 0);
    let s = sock(&sv)?;
    // matches CPython's socket repr: the peer's address too once connected.
    let local = local_addr(s);
    let family = family(s);
    let mut laddr = local.map(|a| format!(", laddr={}", addr_repr(&a))).unwrap_or_default();
    if let SockKind::Stream(st) = &*s.kind.borrow() {
        if let Ok(peer) = st.peer_addr() {
            laddr.push_str(&format!(", raddr={}", addr_repr(&peer)));
        }
    }
    let proto = proto(s);
    Ok(Value::string(format!("<asyncio.TransportSocket fd={}, family={family}, type=1, proto={proto}{laddr}>", raw_fd(s))))
}

/// `loop._wait_fd(fd, writable)` -> (future, watch): the future resolves when the descriptor
/// of a `socket.socket` is readable (or writable). The watch registers a duplicate of the
/// descriptor, so closing it (done when it fires; the caller closes it on cancellation)
/// leaves the user's socket open. A fresh registration reports present readiness at once,
/// which gives the level-triggered behaviour of CPython's selector.
fn wait_fd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::fd::FromRawFd;
    let loop_ = arg(&args, 0);
    let fd = int_arg(vm, &arg(&args, 1), "")? as i32;
    let writable = vm.is_true(&arg(&args, 2))?;
    // SAFETY: duplicating a descriptor the caller owns; the copy is owned by the watch.
    let dup = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if dup < 0 {
        return Err(os_error(&std::io::Error::last_os_error(), ""));
    }
    // SAFETY: `dup` is a fresh descriptor nothing else owns.
    let kind = unsafe {
        if writable {
            SockKind::PipeWriter(mio::unix::pipe::Sender::from_raw_fd(dup))
        } else {
            SockKind::PipeReader(mio::unix::pipe::Receiver::from_raw_fd(dup))
        }
    };
    let fut = fut_for(vm, &loop_);
    let watch = new_socket(vm, &loop_, kind)?;
    let op = PendingOp::FdReady { fut: fut.clone() };
    if writable {
        *sock(&watch)?.write_op.borrow_mut() = Some(op);
    } else {
        *sock(&watch)?.read_op.borrow_mut() = Some(op);
    }
    Ok(Value::tuple(vec![fut, watch]))
}

/// `loop._adopt_socket(fd, listening)`: the loop's socket for a descriptor detached from a
/// `socket.socket` (`open_connection(sock=...)`, `start_server(sock=...)`); it owns it now.
fn adopt_socket(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::fd::FromRawFd;
    let loop_ = arg(&args, 0);
    let fd = int_arg(vm, &arg(&args, 1), "")? as i32;
    if fd < 0 {
        return Err(PyErr::with_args(ExcKind::OSError, vec![Value::Int(9), Value::str("Bad file descriptor")]));
    }
    let listening = vm.is_true(&arg(&args, 2))?;
    // SAFETY: the caller detached `fd`, so this socket is its only owner; mio needs it
    // non-blocking.
    let kind = unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK);
        if listening {
            SockKind::Listener(mio::net::TcpListener::from_raw_fd(fd))
        } else {
            SockKind::Stream(mio::net::TcpStream::from_raw_fd(fd))
        }
    };
    new_socket(vm, &loop_, kind)
}
