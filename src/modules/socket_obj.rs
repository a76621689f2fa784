//! `_socket.socket`: a BSD socket on a raw descriptor (libc), with CPython's timeout model:
//! None blocks (the GIL released), 0.0 is non-blocking (BlockingIOError), and a positive
//! timeout keeps the descriptor non-blocking and polls, raising `TimeoutError('timed out')`.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use super::socket_addr::{self as addr, errno_error, last_errno, AF_INET6, AF_UNIX};
use super::struct_buffer;
use crate::builtins::{arg, int_arg};
use crate::object::{Args, Class, ExcKind, NativeObject, NativeRc, PyErr, PyResult, Value};
use crate::vm::Vm;

pub struct SocketObj {
    pub fd: Cell<i32>,
    pub family: Cell<i32>,
    pub kind: Cell<i32>,
    pub proto: Cell<i32>,
    /// None: blocking; Some(0.0): non-blocking; Some(t): poll up to t seconds.
    pub timeout: Cell<Option<f64>>,
    pub class: Rc<Class>,
}

impl NativeObject for SocketObj {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Drop for SocketObj {
    fn drop(&mut self) {
        let fd = self.fd.get();
        if fd >= 0 {
            // SAFETY: the descriptor is owned by this object and closed once.
            unsafe { libc::close(fd) };
        }
    }
}

/// The socket behind `v` (instances of `socket.socket` keep it as their native base).
pub fn this(vm: &Vm, v: &Value) -> PyResult<NativeRc<SocketObj>> {
    let inner = match super::native_value(v) {
        Value::Native(n) => n.downcast_rc::<SocketObj>(),
        _ => None,
    };
    inner.ok_or_else(|| PyErr::type_error(format!("descriptor requires a '_socket.socket' object but received a '{}'", vm.type_name(v))))
}

fn bad_fd() -> PyErr {
    errno_error(libc::EBADF)
}

impl SocketObj {
    fn fd(&self) -> PyResult<i32> {
        match self.fd.get() {
            fd if fd >= 0 => Ok(fd),
            _ => Err(bad_fd()),
        }
    }

    pub fn set_nonblocking(&self, on: bool) {
        let fd = self.fd.get();
        if fd < 0 {
            return;
        }
        // SAFETY: fcntl on a descriptor this object owns.
        unsafe {
            let flags = libc::fcntl(fd, libc::F_GETFL);
            let flags = if on { flags | libc::O_NONBLOCK } else { flags & !libc::O_NONBLOCK };
            libc::fcntl(fd, libc::F_SETFL, flags);
        }
    }

    /// Apply the timeout mode to the descriptor's O_NONBLOCK flag.
    pub fn apply_timeout(&self, t: Option<f64>) {
        self.timeout.set(t);
        self.set_nonblocking(t.is_some());
    }
}

/// Wait until `fd` is ready for `events` within `timeout`; Err(TimeoutError) when it is not.
fn wait_ready(vm: &mut Vm, fd: i32, events: libc::c_short, timeout: f64) -> PyResult<()> {
    let deadline = crate::modules::timeouts::deadline_after(timeout);
    loop {
        let left = deadline.map_or(std::time::Duration::MAX, |d| d.saturating_duration_since(std::time::Instant::now()));
        let ms = left.as_millis().min(i32::MAX as u128) as i32;
        let mut p = libc::pollfd { fd, events, revents: 0 };
        // SAFETY: one valid pollfd.
        let r = crate::runtime::gil::allow_threads(vm, || unsafe { libc::poll(&mut p, 1, ms) });
        if r > 0 {
            return Ok(());
        }
        if r == 0 {
            return Err(PyErr::new(ExcKind::TimeoutError, "timed out"));
        }
        if last_errno() != libc::EINTR {
            return Err(addr::last_error());
        }
        crate::vm::signals::check(vm)?;
    }
}

/// Run the syscall `op` (returning -1 on error) with the socket's timeout semantics.
fn io_op(vm: &mut Vm, s: &SocketObj, events: libc::c_short, mut op: impl FnMut() -> isize) -> PyResult<isize> {
    let fd = s.fd()?;
    let timeout = s.timeout.get();
    loop {
        if let Some(t) = timeout.filter(|t| *t > 0.0) {
            wait_ready(vm, fd, events, t)?;
        }
        let r = if timeout.is_none() { crate::runtime::gil::allow_threads(vm, &mut op) } else { op() };
        if r >= 0 {
            return Ok(r);
        }
        let e = last_errno();
        if e == libc::EINTR {
            crate::vm::signals::check(vm)?;
            continue;
        }
        if e == libc::EAGAIN && timeout.map_or(false, |t| t > 0.0) {
            continue;
        }
        return Err(errno_error(e));
    }
}

/// `socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)`.
pub fn socket_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Class(_) = arg(&args, 0) else {
        return Err(PyErr::type_error("socket.__new__(X): X is not a type object"));
    };
    let names = ["family", "type", "proto", "fileno"];
    let mut vals: [Value; 4] = [Value::None, Value::None, Value::None, Value::None];
    for (i, v) in args.pos.iter().skip(1).enumerate() {
        if i >= 4 {
            return Err(PyErr::type_error(format!("socket() takes at most 4 arguments ({} given)", args.pos.len() - 1)));
        }
        vals[i] = v.clone();
    }
    for (k, v) in args.kw {
        match names.iter().position(|n| *n == &**k) {
            Some(i) => vals[i] = v.clone(),
            None => return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for socket()"))),
        }
    }
    let int_or = |vm: &mut Vm, v: &Value, d: i64| -> PyResult<i64> {
        match v {
            Value::None => Ok(d),
            v => int_arg(vm, v, ""),
        }
    };
    let mut family = int_or(vm, &vals[0], -1)? as i32;
    let mut kind = int_or(vm, &vals[1], -1)? as i32;
    let mut proto = int_or(vm, &vals[2], -1)? as i32;
    let fd = if matches!(vals[3], Value::None) {
        if family == -1 {
            family = libc::AF_INET;
        }
        if kind == -1 {
            kind = libc::SOCK_STREAM;
        }
        if proto == -1 {
            proto = 0;
        }
        // SAFETY: plain socket(2) call.
        let fd = unsafe { libc::socket(family, kind | libc::SOCK_CLOEXEC, proto) };
        if fd < 0 {
            return Err(addr::last_error());
        }
        fd
    } else {
        let fd = int_arg(vm, &vals[3], "")? as i32;
        if fd < 0 {
            return Err(PyErr::value_error("negative file descriptor"));
        }
        // Matches CPython: family, type and proto default to the descriptor's own.
        let get = |opt| {
            let mut v: libc::c_int = 0;
            let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
            // SAFETY: getsockopt into an int.
            let r = unsafe { libc::getsockopt(fd, libc::SOL_SOCKET, opt, &mut v as *mut _ as *mut libc::c_void, &mut len) };
            if r < 0 {
                Err(addr::last_error())
            } else {
                Ok(v)
            }
        };
        if family == -1 {
            family = get(libc::SO_DOMAIN)?;
        }
        if kind == -1 {
            kind = get(libc::SO_TYPE)?;
        }
        if proto == -1 {
            proto = get(libc::SO_PROTOCOL)?;
        }
        fd
    };
    let class = super::socket::socket_class(vm)?;
    let obj = SocketObj { fd: Cell::new(fd), family: Cell::new(family), kind: Cell::new(kind), proto: Cell::new(proto), timeout: Cell::new(None), class };
    let default = super::socket::default_timeout(vm);
    obj.apply_timeout(default);
    Ok(Value::Native(crate::object::NativeRef::new(obj)))
}

/// Raw address storage for `a`, per the socket's family.
fn raw_addr(vm: &mut Vm, s: &SocketObj, a: &Value, what: &str) -> PyResult<(libc::sockaddr_storage, libc::socklen_t)> {
    match s.family.get() {
        AF_UNIX => addr::unix_raw(vm, a),
        fam => {
            let sa = addr::inet_addr(vm, fam, a, what)?;
            Ok(addr::to_raw(&sa))
        }
    }
}

pub fn bind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &arg(&args, 0))?;
    let (st, len) = raw_addr(vm, &s, &arg(&args, 1), "bind")?;
    // SAFETY: bind with storage of the given length.
    if unsafe { libc::bind(s.fd()?, &st as *const _ as *const libc::sockaddr, len) } < 0 {
        return Err(addr::last_error());
    }
    Ok(Value::None)
}

pub fn listen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &arg(&args, 0))?;
    let backlog = match args.pos.get(1) {
        Some(v) => int_arg(vm, v, "")?.clamp(0, i32::MAX as i64) as i32,
        None => 128.min(libc::SOMAXCONN),
    };
    // SAFETY: listen on an owned descriptor.
    if unsafe { libc::listen(s.fd()?, backlog) } < 0 {
        return Err(addr::last_error());
    }
    Ok(Value::None)
}

/// `_accept()` -> (fd, address), as CPython's `sock._accept`.
pub fn accept(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &arg(&args, 0))?;
    let fd = s.fd()?;
    // SAFETY: all-zero is a valid sockaddr_storage.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let stp = &mut st as *mut libc::sockaddr_storage as usize;
    let lenp = &mut len as *mut libc::socklen_t as usize;
    // SAFETY: accept4 writing into the storage above.
    let nfd = io_op(vm, &s, libc::POLLIN, || unsafe { libc::accept4(fd, stp as *mut libc::sockaddr, lenp as *mut libc::socklen_t, libc::SOCK_CLOEXEC) as isize })?;
    Ok(Value::tuple(vec![Value::Int(nfd as i64), addr::from_raw(&st, len)]))
}

/// connect, returning the errno (0 on success) for `connect_ex`.
fn connect_errno(vm: &mut Vm, args: &Args) -> PyResult<i32> {
    let s = this(vm, &arg(args, 0))?;
    let (st, len) = raw_addr(vm, &s, &arg(args, 1), "connect")?;
    let fd = s.fd()?;
    let stp = &st as *const libc::sockaddr_storage as usize;
    // SAFETY: connect with storage of the given length.
    let call = || unsafe { libc::connect(fd, stp as *const libc::sockaddr, len) };
    let r = if s.timeout.get().is_none() { crate::runtime::gil::allow_threads(vm, call) } else { call() };
    if r == 0 {
        return Ok(0);
    }
    let e = last_errno();
    match s.timeout.get() {
        Some(t) if t > 0.0 && e == libc::EINPROGRESS => {
            wait_ready(vm, fd, libc::POLLOUT, t)?;
            let mut err: libc::c_int = 0;
            let mut elen = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
            // SAFETY: getsockopt into an int.
            unsafe { libc::getsockopt(fd, libc::SOL_SOCKET, libc::SO_ERROR, &mut err as *mut _ as *mut libc::c_void, &mut elen) };
            Ok(err)
        }
        _ => Ok(e),
    }
}

pub fn connect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match connect_errno(vm, &args)? {
        0 => Ok(Value::None),
        e => Err(errno_error(e)),
    }
}

pub fn connect_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(connect_errno(vm, &args)? as i64))
}

fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    struct_buffer::read(vm, v)?.ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn flags_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i32> {
    match v {
        Some(v) => Ok(int_arg(vm, v, "")? as i32),
        None => Ok(0),
    }
}

pub fn send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &arg(&args, 0))?;
    let data = data_arg(vm, &arg(&args, 1))?;
    let flags = flags_arg(vm, args.pos.get(2))? | libc::MSG_NOSIGNAL;
    let fd = s.fd()?;
    // SAFETY: send from a live buffer.
    let n = io_op(vm, &s, libc::POLLOUT, || unsafe { libc::send(fd, data.as_ptr() as *const libc::c_void, data.len(), flags) })?;
    Ok(Value::Int(n as i64))
}

pub fn sendall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &arg(&args, 0))?;
    let data = data_arg(vm, &arg(&args, 1))?;
    let flags = flags_arg(vm, args.pos.get(2))? | libc::MSG_NOSIGNAL;
    let fd = s.fd()?;
    let mut sent = 0usize;
    while sent < data.len() {
        let rest = &data[sent..];
        // SAFETY: send from a live buffer.
        let n = io_op(vm, &s, libc::POLLOUT, || unsafe { libc::send(fd, rest.as_ptr() as *const libc::c_void, rest.len(), flags) })?;
        sent += n as usize;
    }
    Ok(Value::None)
}

pub fn sendto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &arg(&args, 0))?;
    let data = data_arg(vm, &arg(&args, 1))?;
    let (flags, target) = match args.pos.len() {
        3 => (0, arg(&args, 2)),
        4 => (flags_arg(vm, args.pos.get(2))?, arg(&args, 3)),
        n => return Err(PyErr::type_error(format!("sendto() takes 2 or 3 arguments ({} given)", n.saturating_sub(1)))),
    };
    let (st, len) = raw_addr(vm, &s, &target, "sendto")?;
    let fd = s.fd()?;
    let stp = &st as *const libc::sockaddr_storage as usize;
    // SAFETY: sendto from a live buffer to storage of the given length.
    let n = io_op(vm, &s, libc::POLLOUT, || unsafe {
        libc::sendto(fd, data.as_ptr() as *const libc::c_void, data.len(), flags | libc::MSG_NOSIGNAL, stp as *const libc::sockaddr, len)
    })?;
    Ok(Value::Int(n as i64))
}

fn size_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<usize> {
    let n = int_arg(vm, v, "")?;
    if n < 0 {
        return Err(PyErr::value_error(format!("negative buffersize in {what}")));
    }
    Ok(n as usize)
}

/// recv into a fresh buffer; with `from`, also the sender's address.
fn recv_bytes(vm: &mut Vm, args: &Args, from: bool) -> PyResult<(Vec<u8>, Value)> {
    let s = this(vm, &arg(args, 0))?;
    let n = size_arg(vm, &arg(args, 1), if from { "recvfrom" } else { "recv" })?;
    let flags = flags_arg(vm, args.pos.get(2))?;
    let fd = s.fd()?;
    let mut buf = vec![0u8; n];
    // SAFETY: all-zero is a valid sockaddr_storage.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let (bp, stp, lenp) = (buf.as_mut_ptr() as usize, &mut st as *mut libc::sockaddr_storage as usize, &mut len as *mut libc::socklen_t as usize);
    // SAFETY: recvfrom into the live buffers above.
    let got = io_op(vm, &s, libc::POLLIN, || unsafe {
        libc::recvfrom(fd, bp as *mut libc::c_void, n, flags, stp as *mut libc::sockaddr, lenp as *mut libc::socklen_t)
    })?;
    buf.truncate(got as usize);
    let who = if from { if len == 0 { Value::None } else { addr::from_raw(&st, len) } } else { Value::None };
    Ok((buf, who))
}

pub fn recv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = recv_bytes(vm, &args, false)?;
    Ok(Value::Bytes(b.into()))
}

pub fn recvfrom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, who) = recv_bytes(vm, &args, true)?;
    Ok(Value::tuple(vec![Value::Bytes(b.into()), who]))
}

/// `recv_into(buffer, nbytes=0, flags=0)`.
pub fn recv_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let target = arg(&args, 1);
    let Some(cap) = struct_buffer::writable_len(vm, &target)? else {
        return Err(PyErr::type_error(format!("recv_into() argument 'buffer' must be read-write bytes-like object, not {}", vm.type_name(&target))));
    };
    let want = match args.pos.get(2) {
        Some(v) => size_arg(vm, v, "recv_into")?,
        None => 0,
    };
    if want > cap {
        return Err(PyErr::value_error("buffer too small for requested bytes"));
    }
    let n = if want == 0 { cap } else { want };
    let mut pos = vec![arg(&args, 0), Value::Int(n as i64)];
    if let Some(f) = args.pos.get(3) {
        pos.push(f.clone());
    }
    let (data, _) = recv_bytes(vm, &Args { pos: &pos, kw: &[] }, false)?;
    struct_buffer::write_at(vm, &target, 0, &data)?;
    Ok(Value::Int(data.len() as i64))
}

pub fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &arg(&args, 0))?;
    let fd = s.fd.replace(-1);
    if fd >= 0 {
        // SAFETY: closing the descriptor this object owned; it is forgotten first.
        // Matches CPython: ECONNRESET from close() is ignored.
        if unsafe { libc::close(fd) } < 0 && last_errno() != libc::ECONNRESET {
            return Err(addr::last_error());
        }
    }
    Ok(Value::None)
}

pub fn detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &arg(&args, 0))?;
    Ok(Value::Int(s.fd.replace(-1) as i64))
}

pub fn fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &arg(&args, 0))?.fd.get() as i64))
}

pub fn shutdown(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &arg(&args, 0))?;
    let how = int_arg(vm, &arg(&args, 1), "")? as i32;
    // SAFETY: shutdown on an owned descriptor.
    if unsafe { libc::shutdown(s.fd()?, how) } < 0 {
        return Err(addr::last_error());
    }
    Ok(Value::None)
}

pub fn setblocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &arg(&args, 0))?;
    let on = vm.is_true(&arg(&args, 1))?;
    s.fd()?;
    s.apply_timeout(if on { None } else { Some(0.0) });
    Ok(Value::None)
}

pub fn getblocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &arg(&args, 0))?;
    s.fd()?;
    Ok(Value::bool(s.timeout.get() != Some(0.0)))
}

/// A timeout argument: None, or a non-negative number of seconds.
pub fn timeout_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    if v.is_none() {
        return Ok(None);
    }
    let t = match crate::modules::timeouts::checked_seconds(v) {
        Some(t) => t?,
        None => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    };
    if t < 0.0 {
        return Err(PyErr::value_error("Timeout value out of range"));
    }
    Ok(Some(t))
}

pub fn settimeout(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &arg(&args, 0))?;
    let t = timeout_arg(vm, &arg(&args, 1))?;
    s.apply_timeout(t);
    Ok(Value::None)
}

pub fn gettimeout(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &arg(&args, 0))?.timeout.get().map_or(Value::None, Value::float))
}

fn name_of(vm: &mut Vm, args: &Args, peer: bool) -> PyResult<Value> {
    let s = this(vm, &arg(args, 0))?;
    let fd = s.fd()?;
    // SAFETY: all-zero is a valid sockaddr_storage.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let p = &mut st as *mut _ as *mut libc::sockaddr;
    // SAFETY: get{sock,peer}name into the storage above.
    let r = unsafe { if peer { libc::getpeername(fd, p, &mut len) } else { libc::getsockname(fd, p, &mut len) } };
    if r < 0 {
        return Err(addr::last_error());
    }
    if s.family.get() == AF_UNIX && (len as usize) <= std::mem::size_of::<libc::sa_family_t>() {
        return Ok(Value::str(""));
    }
    Ok(addr::from_raw(&st, len))
}

pub fn getsockname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    name_of(vm, &args, false)
}

pub fn getpeername(vm: &mut Vm, args: Args) -> PyResult<Value> {
    name_of(vm, &args, true)
}

/// `setsockopt(level, option, value)` with an int or bytes value.
pub fn setsockopt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = this(vm, &arg(&args, 0))?.fd()?;
    setsockopt_fd(vm, fd, &args)
}

/// `setsockopt(level, option, value)` on descriptor `fd` (`args` has the socket first).
pub fn setsockopt_fd(vm: &mut Vm, fd: i32, args: &Args) -> PyResult<Value> {
    let level = int_arg(vm, &arg(&args, 1), "")? as i32;
    let opt = int_arg(vm, &arg(&args, 2), "")? as i32;
    let value = arg(&args, 3);
    let bytes: Vec<u8> = match struct_buffer::read(vm, &value)? {
        Some(b) => b,
        None => (int_arg(vm, &value, "")? as i32).to_ne_bytes().to_vec(),
    };
    // SAFETY: setsockopt from a live buffer.
    let r = unsafe { libc::setsockopt(fd, level, opt, bytes.as_ptr() as *const libc::c_void, bytes.len() as libc::socklen_t) };
    if r < 0 {
        return Err(addr::last_error());
    }
    Ok(Value::None)
}

/// `getsockopt(level, option[, buflen])`: an int, or bytes when buflen is given.
pub fn getsockopt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = this(vm, &arg(&args, 0))?.fd()?;
    getsockopt_fd(vm, fd, &args)
}

/// `getsockopt(level, option[, buflen])` on descriptor `fd` (`args` has the socket first).
pub fn getsockopt_fd(vm: &mut Vm, fd: i32, args: &Args) -> PyResult<Value> {
    let level = int_arg(vm, &arg(&args, 1), "")? as i32;
    let opt = int_arg(vm, &arg(&args, 2), "")? as i32;
    let buflen = match args.pos.get(3) {
        Some(v) => Some(int_arg(vm, v, "")?),
        None => None,
    };
    let n = match buflen {
        Some(b) if !(0..=1024).contains(&b) => return Err(PyErr::new(ExcKind::OSError, "getsockopt buflen out of range")),
        Some(b) => b as usize,
        None => std::mem::size_of::<libc::c_int>(),
    };
    let mut buf = vec![0u8; n.max(1)];
    let mut len = n as libc::socklen_t;
    // SAFETY: getsockopt into a live buffer of `len` bytes.
    let r = unsafe { libc::getsockopt(fd, level, opt, buf.as_mut_ptr() as *mut libc::c_void, &mut len) };
    if r < 0 {
        return Err(addr::last_error());
    }
    match buflen {
        None => Ok(Value::Int(i32::from_ne_bytes([buf[0], buf[1], buf[2], buf[3]]) as i64)),
        Some(_) => {
            buf.truncate(len as usize);
            Ok(Value::Bytes(buf.into()))
        }
    }
}

pub fn get_family(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &arg(&args, 0))?.family.get() as i64))
}

pub fn get_type(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &arg(&args, 0))?.kind.get() as i64))
}

pub fn get_proto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &arg(&args, 0))?.proto.get() as i64))
}

pub fn get_timeout(vm: &mut Vm, args: Args) -> PyResult<Value> {
    gettimeout(vm, args)
}

/// Whether the address family is one this module knows (for error checks in callers).
pub fn is_inet6(family: i32) -> bool {
    family == AF_INET6
}
