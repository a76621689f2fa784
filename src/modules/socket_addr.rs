//! Socket addresses for `_socket`: Python address objects (`(host, port)`, `(host, port,
//! flowinfo, scope_id)`, a path) to and from `sockaddr` storage, name resolution for
//! `getaddrinfo`/`gethostbyname`, and the OSError/gaierror values with CPython's wording.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, ToSocketAddrs};

use crate::object::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub const AF_UNIX: i32 = libc::AF_UNIX;
pub const AF_INET: i32 = libc::AF_INET;
pub const AF_INET6: i32 = libc::AF_INET6;

/// OSError (or the subclass CPython picks for `errno`) with `(errno, strerror)`.
pub fn errno_error(errno: i32) -> PyErr {
    let kind = match errno {
        libc::EAGAIN | libc::EINPROGRESS | libc::EALREADY => ExcKind::BlockingIOError,
        libc::ECONNREFUSED => ExcKind::ConnectionRefusedError,
        libc::ECONNRESET => ExcKind::ConnectionResetError,
        libc::ECONNABORTED => ExcKind::ConnectionAbortedError,
        libc::EPIPE | libc::ESHUTDOWN => ExcKind::BrokenPipeError,
        libc::ETIMEDOUT => ExcKind::TimeoutError,
        libc::EINTR => ExcKind::InterruptedError,
        libc::ENOENT => ExcKind::FileNotFoundError,
        libc::EACCES | libc::EPERM => ExcKind::PermissionError,
        libc::EEXIST => ExcKind::FileExistsError,
        _ => ExcKind::OSError,
    };
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let msg = match text.find(" (os error") {
        Some(i) => text[..i].to_owned(),
        None => text,
    };
    PyErr::with_args(kind, vec![Value::Int(errno as i64), Value::string(msg)])
}

/// The error of the last failed libc call.
pub fn last_error() -> PyErr {
    errno_error(last_errno())
}

pub fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `socket.gaierror(code, message)`, looked up in the loaded `_socket` module.
pub fn gaierror(vm: &mut Vm, code: i32, msg: &str) -> PyErr {
    let loaded = vm.modules.borrow().get_str("_socket");
    // The event loop resolves without the socket module (asyncio imports lean); its
    // gaierror is still `socket.gaierror`, so the module loads on this error path.
    let module = loaded.or_else(|| vm.import_module("_socket").ok());
    let cls = match module {
        Some(Value::Module(m)) => match m.dict.borrow().get_str("gaierror") {
            Some(Value::Class(c)) => Some(c),
            _ => None,
        },
        _ => None,
    };
    let args = vec![Value::Int(code as i64), Value::string(msg.to_string())];
    match cls {
        Some(c) => PyErr::from_instance(vm.new_exception(c, args)),
        None => PyErr::with_args(ExcKind::OSError, args),
    }
}

/// Resolve `host` (a name or numeric address) for `family` (0: any).
pub fn resolve_host(vm: &mut Vm, host: &str, family: i32) -> PyResult<Vec<IpAddr>> {
    let host = match host {
        "" => return Ok(vec![if family == AF_INET6 { IpAddr::V6(Ipv6Addr::UNSPECIFIED) } else { IpAddr::V4(Ipv4Addr::UNSPECIFIED) }]),
        "<broadcast>" => return Ok(vec![IpAddr::V4(Ipv4Addr::BROADCAST)]),
        h => h,
    };
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(vec![ip]);
    }
    let found: Vec<IpAddr> = match (host, 0u16).to_socket_addrs() {
        Ok(a) => a.map(|a| a.ip()).collect(),
        Err(_) => return Err(gaierror(vm, -2, "Name or service not known")),
    };
    let wanted: Vec<IpAddr> = found
        .into_iter()
        .filter(|ip| family == 0 || (family == AF_INET) == ip.is_ipv4())
        .collect();
    if wanted.is_empty() {
        return Err(gaierror(vm, -9, "Address family for hostname not supported"));
    }
    let mut out: Vec<IpAddr> = Vec::new();
    for ip in wanted {
        if !out.contains(&ip) {
            out.push(ip);
        }
    }
    Ok(out)
}

/// A Python address for `family` to a socket address (AF_INET/AF_INET6).
pub fn inet_addr(vm: &mut Vm, family: i32, addr: &Value, what: &str) -> PyResult<SocketAddr> {
    let fam = if family == AF_INET6 { "AF_INET6" } else { "AF_INET" };
    let Value::Tuple(items) = addr else {
        return Err(PyErr::type_error(format!("{what}(): {fam} address must be tuple, not {}", vm.type_name(addr))));
    };
    let ok_len = if family == AF_INET6 { (2..=4).contains(&items.len()) } else { items.len() == 2 };
    if !ok_len {
        return Err(PyErr::type_error(format!("{what}(): {fam} address must be a pair (host, port)")));
    }
    let host = match &items[0] {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => return Err(PyErr::type_error(format!("str, bytes or bytearray expected, not {}", vm.type_name(other)))),
    };
    let port = match vm.index_value(&items[1])? {
        Some(p) => p,
        None => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&items[1])))),
    };
    if !(0..=65535).contains(&port) {
        return Err(PyErr::overflow_error(format!("{what}(): port must be 0-65535.")));
    }
    let ips = resolve_host(vm, &host, family)?;
    let ip = ips.into_iter().next().unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    let ip = match (family == AF_INET6, ip) {
        (true, IpAddr::V4(v4)) => IpAddr::V6(v4.to_ipv6_mapped()),
        (_, ip) => ip,
    };
    Ok(SocketAddr::new(ip, port as u16))
}

/// The Python value of a socket address: `(host, port)` or the 4-tuple of AF_INET6.
pub fn addr_value(a: &SocketAddr) -> Value {
    match a {
        SocketAddr::V4(v4) => Value::tuple(vec![Value::string(v4.ip().to_string()), Value::Int(v4.port() as i64)]),
        SocketAddr::V6(v6) => Value::tuple(vec![
            Value::string(v6.ip().to_string()),
            Value::Int(v6.port() as i64),
            Value::Int(v6.flowinfo() as i64),
            Value::Int(v6.scope_id() as i64),
        ]),
    }
}

/// Raw `sockaddr` storage for a socket address.
pub fn to_raw(a: &SocketAddr) -> (libc::sockaddr_storage, libc::socklen_t) {
    // SAFETY: sockaddr_storage is plain old data; all-zero is a valid value.
    let mut storage: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let len = match a {
        SocketAddr::V4(v4) => {
            let sin = libc::sockaddr_in {
                sin_family: libc::AF_INET as libc::sa_family_t,
                sin_port: v4.port().to_be(),
                sin_addr: libc::in_addr { s_addr: u32::from_ne_bytes(v4.ip().octets()) },
                sin_zero: [0; 8],
            };
            // SAFETY: sockaddr_storage is larger than sockaddr_in and suitably aligned.
            unsafe { std::ptr::write(&mut storage as *mut _ as *mut libc::sockaddr_in, sin) };
            std::mem::size_of::<libc::sockaddr_in>()
        }
        SocketAddr::V6(v6) => {
            // SAFETY: all-zero is a valid sockaddr_in6.
            let mut sin6: libc::sockaddr_in6 = unsafe { std::mem::zeroed() };
            sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            sin6.sin6_port = v6.port().to_be();
            sin6.sin6_flowinfo = v6.flowinfo();
            sin6.sin6_addr = libc::in6_addr { s6_addr: v6.ip().octets() };
            sin6.sin6_scope_id = v6.scope_id();
            // SAFETY: sockaddr_storage is larger than sockaddr_in6 and suitably aligned.
            unsafe { std::ptr::write(&mut storage as *mut _ as *mut libc::sockaddr_in6, sin6) };
            std::mem::size_of::<libc::sockaddr_in6>()
        }
    };
    (storage, len as libc::socklen_t)
}

/// Raw storage for an AF_UNIX path.
pub fn unix_raw(vm: &mut Vm, addr: &Value) -> PyResult<(libc::sockaddr_storage, libc::socklen_t)> {
    let path: Vec<u8> = match addr {
        Value::Str(s) => s.as_str().as_bytes().to_vec(),
        Value::Bytes(b) => b.to_vec(),
        other => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(other)))),
    };
    // SAFETY: all-zero is a valid sockaddr_storage.
    let mut storage: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    // SAFETY: sockaddr_storage is larger than sockaddr_un and suitably aligned.
    let un = unsafe { &mut *(&mut storage as *mut _ as *mut libc::sockaddr_un) };
    if path.len() >= un.sun_path.len() {
        return Err(PyErr::new(ExcKind::OSError, "AF_UNIX path too long"));
    }
    un.sun_family = libc::AF_UNIX as libc::sa_family_t;
    for (d, s) in un.sun_path.iter_mut().zip(path.iter()) {
        *d = *s as libc::c_char;
    }
    let len = std::mem::size_of::<libc::sa_family_t>() + path.len() + usize::from(path.first() != Some(&0));
    Ok((storage, len as libc::socklen_t))
}

/// The Python value of raw storage filled by getsockname/getpeername/accept/recvfrom.
pub fn from_raw(storage: &libc::sockaddr_storage, len: libc::socklen_t) -> Value {
    match storage.ss_family as i32 {
        libc::AF_INET => {
            // SAFETY: the kernel filled an AF_INET address.
            let sin = unsafe { &*(storage as *const _ as *const libc::sockaddr_in) };
            let ip = Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
            addr_value(&SocketAddr::new(IpAddr::V4(ip), u16::from_be(sin.sin_port)))
        }
        libc::AF_INET6 => {
            // SAFETY: the kernel filled an AF_INET6 address.
            let sin6 = unsafe { &*(storage as *const _ as *const libc::sockaddr_in6) };
            let ip = Ipv6Addr::from(sin6.sin6_addr.s6_addr);
            addr_value(&SocketAddr::V6(std::net::SocketAddrV6::new(ip, u16::from_be(sin6.sin6_port), sin6.sin6_flowinfo, sin6.sin6_scope_id)))
        }
        libc::AF_UNIX => {
            // SAFETY: the kernel filled an AF_UNIX address.
            let un = unsafe { &*(storage as *const _ as *const libc::sockaddr_un) };
            let n = (len as usize).saturating_sub(std::mem::size_of::<libc::sa_family_t>()).min(un.sun_path.len());
            let raw: Vec<u8> = un.sun_path[..n].iter().map(|c| *c as u8).collect();
            if raw.first() == Some(&0) {
                // Linux's abstract namespace: CPython returns bytes.
                return Value::Bytes(raw.into());
            }
            let end = raw.iter().position(|b| *b == 0).unwrap_or(raw.len());
            Value::string(String::from_utf8_lossy(&raw[..end]).into_owned())
        }
        _ => Value::None,
    }
}
