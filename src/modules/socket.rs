//! `_socket`: the native half of `socket` (the `socket` class in `socket_obj.rs`, addresses in
//! `socket_addr.rs`); this file owns the module: constants, `gaierror`/`herror`, `socketpair`,
//! `getaddrinfo` and `getnameinfo` (libc's, so results match CPython's), `gethostbyname`, `gethostname`, the
//! default timeout and byte-order helpers.

use crate::object::BoolWord;
use std::cell::RefCell;
use std::rc::Rc;

use super::new_module;
use super::socket_addr::{self as addr, from_raw};
use super::socket_obj::{self as obj, SocketObj};
use crate::builtins::{arg, def_fn, def_getter, def_method, def_new, int_arg};
use crate::object::class::Layout;
use crate::object::{Args, Class, ExcKind, NativeFn, PyDict, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

const CONSTANTS: &[(&str, i32)] = &[
    ("AF_UNSPEC", libc::AF_UNSPEC),
    ("AF_UNIX", libc::AF_UNIX),
    ("AF_INET", libc::AF_INET),
    ("AF_INET6", libc::AF_INET6),
    ("SOCK_STREAM", libc::SOCK_STREAM),
    ("SOCK_DGRAM", libc::SOCK_DGRAM),
    ("SOCK_RAW", libc::SOCK_RAW),
    ("SOCK_SEQPACKET", libc::SOCK_SEQPACKET),
    ("SOCK_NONBLOCK", libc::SOCK_NONBLOCK),
    ("SOCK_CLOEXEC", libc::SOCK_CLOEXEC),
    ("SOL_SOCKET", libc::SOL_SOCKET),
    ("SO_REUSEADDR", libc::SO_REUSEADDR),
    ("SO_REUSEPORT", libc::SO_REUSEPORT),
    ("SO_KEEPALIVE", libc::SO_KEEPALIVE),
    ("SO_BROADCAST", libc::SO_BROADCAST),
    ("SO_SNDBUF", libc::SO_SNDBUF),
    ("SO_RCVBUF", libc::SO_RCVBUF),
    ("SO_ERROR", libc::SO_ERROR),
    ("SO_TYPE", libc::SO_TYPE),
    ("SO_LINGER", libc::SO_LINGER),
    ("SO_RCVTIMEO", libc::SO_RCVTIMEO),
    ("SO_SNDTIMEO", libc::SO_SNDTIMEO),
    ("SO_ACCEPTCONN", libc::SO_ACCEPTCONN),
    ("SOMAXCONN", 4096),
    ("IPPROTO_IP", libc::IPPROTO_IP),
    ("IPPROTO_TCP", libc::IPPROTO_TCP),
    ("IPPROTO_UDP", libc::IPPROTO_UDP),
    ("IPPROTO_IPV6", libc::IPPROTO_IPV6),
    ("IPPROTO_ICMP", libc::IPPROTO_ICMP),
    ("IPV6_V6ONLY", libc::IPV6_V6ONLY),
    ("TCP_NODELAY", libc::TCP_NODELAY),
    ("TCP_KEEPIDLE", libc::TCP_KEEPIDLE),
    ("TCP_KEEPINTVL", libc::TCP_KEEPINTVL),
    ("TCP_KEEPCNT", libc::TCP_KEEPCNT),
    ("SHUT_RD", libc::SHUT_RD),
    ("SHUT_WR", libc::SHUT_WR),
    ("SHUT_RDWR", libc::SHUT_RDWR),
    ("MSG_PEEK", libc::MSG_PEEK),
    ("MSG_OOB", libc::MSG_OOB),
    ("MSG_WAITALL", libc::MSG_WAITALL),
    ("MSG_DONTWAIT", libc::MSG_DONTWAIT),
    ("MSG_NOSIGNAL", libc::MSG_NOSIGNAL),
    ("AI_PASSIVE", libc::AI_PASSIVE),
    ("AI_CANONNAME", libc::AI_CANONNAME),
    ("AI_NUMERICHOST", libc::AI_NUMERICHOST),
    ("AI_NUMERICSERV", libc::AI_NUMERICSERV),
    ("AI_ADDRCONFIG", libc::AI_ADDRCONFIG),
    ("NI_NUMERICHOST", libc::NI_NUMERICHOST),
    ("NI_NUMERICSERV", libc::NI_NUMERICSERV),
    // glibc's values; the libc crate lacks these for Linux.
    ("NI_NOFQDN", 4),
    ("NI_NAMEREQD", 8),
    ("NI_DGRAM", 16),
    ("NI_MAXHOST", 1025),
    ("NI_MAXSERV", 32),
    ("EAI_NONAME", libc::EAI_NONAME),
    ("INADDR_ANY", 0),
    ("INADDR_LOOPBACK", 0x7f00_0001),
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_socket");
    let cls = new_class_with("socket", &[vm.types.object.clone()], Layout::Builtin, None)?;
    cls.dict.borrow_mut().set_str("__module__", Value::str("_socket"));
    def_new(&cls, obj::socket_new);
    let methods: &[(&str, NativeFn)] = &[
        ("bind", obj::bind),
        ("listen", obj::listen),
        ("_accept", obj::accept),
        ("connect", obj::connect),
        ("connect_ex", obj::connect_ex),
        ("send", obj::send),
        ("sendall", obj::sendall),
        ("sendto", obj::sendto),
        ("recv", obj::recv),
        ("recvfrom", obj::recvfrom),
        ("recv_into", obj::recv_into),
        ("close", obj::close),
        ("detach", obj::detach),
        ("fileno", obj::fileno),
        ("shutdown", obj::shutdown),
        ("setblocking", obj::setblocking),
        ("getblocking", obj::getblocking),
        ("settimeout", obj::settimeout),
        ("gettimeout", obj::gettimeout),
        ("getsockname", obj::getsockname),
        ("getpeername", obj::getpeername),
        ("setsockopt", obj::setsockopt),
        ("getsockopt", obj::getsockopt),
    ];
    for (name, f) in methods {
        def_method(&cls, name, *f);
    }
    def_getter(&cls, "family", obj::get_family);
    def_getter(&cls, "type", obj::get_type);
    def_getter(&cls, "proto", obj::get_proto);
    def_getter(&cls, "timeout", obj::get_timeout);
    let os_error = vm.exc_class(ExcKind::OSError);
    let mut excs = Vec::new();
    for name in ["gaierror", "herror"] {
        let ns = Rc::new(RefCell::new(PyDict::new()));
        ns.borrow_mut().set_str("__module__", Value::str("socket"));
        excs.push((name, crate::builtins::class_builder::make_class(vm, name, vec![os_error.clone()], &ns, None)?));
    }
    let mut dd = d.borrow_mut();
    for (name, c) in excs {
        dd.set_str(name, Value::Class(c));
    }
    dd.set_str("socket", Value::Class(cls.clone()));
    dd.set_str("SocketType", Value::Class(cls));
    dd.set_str("error", Value::Class(os_error));
    dd.set_str("timeout", Value::Class(vm.exc_class(ExcKind::TimeoutError)));
    dd.set_str("has_ipv6", Value::Bool(BoolWord::TRUE));
    dd.set_str("_default_timeout", Value::None);
    for (name, v) in CONSTANTS {
        dd.set_str(name, Value::Int(*v as i64));
    }
    let fns: &[(&str, NativeFn)] = &[
        ("socketpair", socketpair),
        ("gethostname", gethostname),
        ("gethostbyname", gethostbyname),
        ("getaddrinfo", getaddrinfo),
        ("getnameinfo", getnameinfo),
        ("getdefaulttimeout", getdefaulttimeout),
        ("setdefaulttimeout", setdefaulttimeout),
        ("htons", htons),
        ("ntohs", htons),
        ("htonl", htonl),
        ("ntohl", htonl),
        ("inet_aton", inet_aton),
        ("inet_ntoa", inet_ntoa),
    ];
    for (name, f) in fns {
        def_fn(&mut dd, name, *f);
    }
    Ok(m)
}

fn module_dict(vm: &Vm) -> PyResult<Rc<RefCell<PyDict>>> {
    match vm.modules.borrow().get_str("_socket") {
        Some(Value::Module(m)) => Ok(m.dict.clone()),
        _ => Err(PyErr::runtime_error("_socket is not initialised")),
    }
}

/// The native `_socket.socket` class.
pub fn socket_class(vm: &Vm) -> PyResult<Rc<Class>> {
    match module_dict(vm)?.borrow().get_str("socket") {
        Some(Value::Class(c)) => Ok(c),
        _ => Err(PyErr::runtime_error("_socket is not initialised")),
    }
}

/// `getdefaulttimeout()`: the timeout new sockets start with.
pub fn default_timeout(vm: &Vm) -> Option<f64> {
    match module_dict(vm).ok()?.borrow().get_str("_default_timeout") {
        Some(Value::Float(f)) => Some(f.get()),
        _ => None,
    }
}

fn getdefaulttimeout(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(default_timeout(vm).map_or(Value::None, Value::float))
}

fn setdefaulttimeout(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = obj::timeout_arg(vm, &arg(&args, 0))?;
    module_dict(vm)?.borrow_mut().set_str("_default_timeout", t.map_or(Value::None, Value::float));
    Ok(Value::None)
}

/// `socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)` -> two connected sockets.
fn socketpair(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let get = |vm: &mut Vm, i: usize, d: i32| -> PyResult<i32> {
        match args.pos.get(i) {
            Some(Value::None) | None => Ok(d),
            Some(v) => Ok(int_arg(vm, v, "")? as i32),
        }
    };
    let family = get(vm, 0, libc::AF_UNIX)?;
    let kind = get(vm, 1, libc::SOCK_STREAM)?;
    let proto = get(vm, 2, 0)?;
    let mut fds = [0i32; 2];
    // SAFETY: socketpair writing two descriptors.
    if unsafe { libc::socketpair(family, kind | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) } < 0 {
        return Err(addr::last_error());
    }
    let class = socket_class(vm)?;
    let default = default_timeout(vm);
    let mut out = Vec::new();
    for fd in fds {
        let s = SocketObj {
            fd: std::cell::Cell::new(fd),
            family: std::cell::Cell::new(family),
            kind: std::cell::Cell::new(kind),
            proto: std::cell::Cell::new(proto),
            timeout: std::cell::Cell::new(None),
            class: class.clone(),
        };
        s.apply_timeout(default);
        out.push(Value::Native(crate::object::NativeRef::new(s)));
    }
    Ok(Value::tuple(out))
}

fn gethostname(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut buf = [0u8; 256];
    // SAFETY: gethostname into a live buffer.
    if unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) } < 0 {
        return Err(addr::last_error());
    }
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    Ok(Value::string(String::from_utf8_lossy(&buf[..end]).into_owned()))
}

fn host_text(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    match v {
        Value::None => Ok(None),
        Value::Str(s) => Ok(Some(s.as_str().to_string())),
        Value::Bytes(b) => Ok(Some(String::from_utf8_lossy(b).into_owned())),
        other => Err(PyErr::type_error(format!("getaddrinfo() argument 1 must be string or None, not {}", vm.type_name(other)))),
    }
}

/// The TCP port of a service name (`"http"` is 80) as getaddrinfo resolves it, or its
/// gaierror ("Servname not supported for ai_socktype").
pub(crate) fn service_port(vm: &mut Vm, service: &str) -> PyResult<i64> {
    let entries = gai(vm, Some("127.0.0.1"), Some(service), (libc::AF_INET, libc::SOCK_STREAM, 0, 0))?;
    let port = match entries.first() {
        Some(Value::Tuple(t)) => match t.get(4) {
            Some(Value::Tuple(addr)) => addr.get(1).cloned(),
            _ => None,
        },
        _ => None,
    };
    match port {
        Some(Value::Int(p)) => Ok(p),
        _ => Ok(0),
    }
}

/// One libc getaddrinfo call: (family, type, proto, canonname, address) entries.
fn gai(vm: &mut Vm, host: Option<&str>, port: Option<&str>, hints: (i32, i32, i32, i32)) -> PyResult<Vec<Value>> {
    let chost = match host.map(std::ffi::CString::new).transpose() {
        Ok(h) => h,
        Err(_) => return Err(PyErr::value_error("embedded null character")),
    };
    let cport = match port.map(std::ffi::CString::new).transpose() {
        Ok(p) => p,
        Err(_) => return Err(PyErr::value_error("embedded null character")),
    };
    // SAFETY: all-zero is a valid addrinfo hint.
    let mut h: libc::addrinfo = unsafe { std::mem::zeroed() };
    h.ai_family = hints.0;
    h.ai_socktype = hints.1;
    h.ai_protocol = hints.2;
    h.ai_flags = hints.3;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    let hp = chost.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
    let pp = cport.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
    let (hp, pp, hr, rp) = (hp as usize, pp as usize, &h as *const libc::addrinfo as usize, &mut res as *mut *mut libc::addrinfo as usize);
    // SAFETY: getaddrinfo with live C strings and hints; the result is freed below.
    let code = crate::runtime::gil::allow_threads(vm, || unsafe {
        libc::getaddrinfo(hp as *const libc::c_char, pp as *const libc::c_char, hr as *const libc::addrinfo, rp as *mut *mut libc::addrinfo)
    });
    if code != 0 {
        return Err(gai_error(vm, code));
    }
    let mut out = Vec::new();
    let mut cur = res;
    while !cur.is_null() {
        // SAFETY: walking the list getaddrinfo returned.
        let ai = unsafe { &*cur };
        let canon = if ai.ai_canonname.is_null() {
            String::new()
        } else {
            // SAFETY: a C string owned by the list.
            unsafe { std::ffi::CStr::from_ptr(ai.ai_canonname) }.to_string_lossy().into_owned()
        };
        // SAFETY: all-zero is a valid sockaddr_storage; the copy is at most its size.
        let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
        let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
        // SAFETY: copying `n` bytes of the entry's address into the storage.
        unsafe { std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, &mut st as *mut _ as *mut u8, n) };
        out.push(Value::tuple(vec![
            Value::Int(ai.ai_family as i64),
            Value::Int(ai.ai_socktype as i64),
            Value::Int(ai.ai_protocol as i64),
            Value::string(canon),
            from_raw(&st, n as libc::socklen_t),
        ]));
        cur = ai.ai_next;
    }
    // SAFETY: freeing the list getaddrinfo allocated, once.
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}

/// `getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)`.
fn getaddrinfo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = ["host", "port", "family", "type", "proto", "flags"];
    let mut vals: Vec<Value> = vec![Value::None, Value::None, Value::Int(0), Value::Int(0), Value::Int(0), Value::Int(0)];
    for (i, v) in args.pos.iter().enumerate().take(6) {
        vals[i] = v.clone();
    }
    for (k, v) in args.kw {
        if let Some(i) = names.iter().position(|n| *n == &**k) {
            vals[i] = v.clone();
        }
    }
    let host = host_text(vm, &vals[0])?;
    let port = match &vals[1] {
        Value::None => None,
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
        v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => Some(int_arg(vm, v, "")?.to_string()),
        _ => return Err(PyErr::new(ExcKind::OSError, "Int or String expected")),
    };
    let mut h = [0i32; 4];
    for (i, slot) in h.iter_mut().enumerate() {
        *slot = int_arg(vm, &vals[i + 2], "")? as i32;
    }
    let out = gai(vm, host.as_deref(), port.as_deref(), (h[0], h[1], h[2], h[3]))?;
    Ok(Value::list(out))
}

/// `getnameinfo(sockaddr, flags)` as CPython's `socket_getnameinfo`: the address is parsed
/// numerically with getaddrinfo (no lookup), then libc's getnameinfo names host and port.
fn getnameinfo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("getnameinfo() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("getnameinfo() takes exactly 2 arguments ({} given)", args.pos.len())));
    }
    let Value::Tuple(sa) = &args.pos[0] else {
        return Err(PyErr::type_error("getnameinfo() argument 1 must be a tuple"));
    };
    let flags = int_arg(vm, &args.pos[1], "")?;
    let flags = i32::try_from(flags).map_err(|_| PyErr::overflow_error(if flags < 0 {
        "signed integer is less than minimum"
    } else {
        "signed integer is greater than maximum"
    }))?;
    // CPython parses the tuple with "si|II": a wrong size or a non-str host is this TypeError.
    let illegal = || PyErr::type_error("getnameinfo(): illegal sockaddr argument");
    let host = match sa.first() {
        Some(Value::Str(s)) if (2..=4).contains(&sa.len()) => s.as_str().to_string(),
        _ => return Err(illegal()),
    };
    let port = int_arg(vm, &sa[1], "")?;
    let port = i32::try_from(port).map_err(|_| PyErr::overflow_error("signed integer is greater than maximum"))?;
    // "I" takes the low 32 bits of any int without a range check.
    let mut unsigned = |i: usize| -> PyResult<u32> {
        match sa.get(i) {
            None => Ok(0),
            Some(v) => Ok(int_arg(vm, v, "")? as u32),
        }
    };
    let (flowinfo, scope_id) = (unsigned(2)?, unsigned(3)?);
    if flowinfo > 0xfffff {
        return Err(PyErr::overflow_error("getnameinfo(): flowinfo must be 0-1048575."));
    }
    let chost = std::ffi::CString::new(host).map_err(|_| PyErr::value_error("embedded null character"))?;
    let cport = std::ffi::CString::new(port.to_string()).map_err(|_| PyErr::value_error("embedded null character"))?;
    // SAFETY: all-zero is a valid addrinfo hint.
    let mut h: libc::addrinfo = unsafe { std::mem::zeroed() };
    h.ai_family = libc::AF_UNSPEC;
    h.ai_socktype = libc::SOCK_DGRAM;
    h.ai_flags = libc::AI_NUMERICHOST;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: live C strings and hints; the list is freed below on every path.
    let code = unsafe { libc::getaddrinfo(chost.as_ptr(), cport.as_ptr(), &h, &mut res) };
    if code != 0 {
        return Err(gai_error(vm, code));
    }
    // SAFETY: getaddrinfo succeeded, so `res` points at a list of at least one entry.
    let ai = unsafe { &*res };
    let checked = if !ai.ai_next.is_null() {
        Err(PyErr::new(ExcKind::OSError, "sockaddr resolved to multiple addresses"))
    } else if ai.ai_family == libc::AF_INET && sa.len() != 2 {
        Err(PyErr::new(ExcKind::OSError, "IPv4 sockaddr must be 2 tuple"))
    } else {
        Ok(())
    };
    // SAFETY: all-zero is a valid sockaddr_storage; the copy is at most its size.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
    // SAFETY: copying `n` bytes of the entry's address into the storage.
    unsafe { std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, &mut st as *mut _ as *mut u8, n) };
    let family = ai.ai_family;
    // SAFETY: freeing the list getaddrinfo allocated, once; `ai` is not used after this.
    unsafe { libc::freeaddrinfo(res) };
    checked?;
    if family == libc::AF_INET6 {
        // SAFETY: an AF_INET6 entry's address is a sockaddr_in6, which fits in the storage.
        let sin6 = unsafe { &mut *(&mut st as *mut libc::sockaddr_storage as *mut libc::sockaddr_in6) };
        sin6.sin6_flowinfo = flowinfo.to_be();
        sin6.sin6_scope_id = scope_id;
    }
    let mut hbuf = [0 as libc::c_char; 1025];
    let mut pbuf = [0 as libc::c_char; 32];
    let (sp, hp, pp) = (&st as *const libc::sockaddr_storage as usize, hbuf.as_mut_ptr() as usize, pbuf.as_mut_ptr() as usize);
    let (hl, pl) = (hbuf.len() as libc::socklen_t, pbuf.len() as libc::socklen_t);
    // SAFETY: a valid address of length `n` and two writable buffers of the given sizes; a
    // reverse lookup can block, so other threads run meanwhile.
    let code = crate::runtime::gil::allow_threads(vm, || unsafe {
        libc::getnameinfo(sp as *const libc::sockaddr, n as libc::socklen_t, hp as *mut libc::c_char, hl, pp as *mut libc::c_char, pl, flags)
    });
    if code != 0 {
        return Err(gai_error(vm, code));
    }
    // SAFETY: getnameinfo wrote NUL-terminated strings into both buffers.
    let text = |b: &[libc::c_char]| unsafe { std::ffi::CStr::from_ptr(b.as_ptr()) }.to_string_lossy().into_owned();
    Ok(Value::tuple(vec![Value::string(text(&hbuf)), Value::string(text(&pbuf))]))
}

/// The exception for a nonzero getaddrinfo/getnameinfo result (CPython's `set_gaierror`).
fn gai_error(vm: &mut Vm, code: i32) -> PyErr {
    if code == libc::EAI_SYSTEM {
        return addr::last_error();
    }
    // SAFETY: gai_strerror returns a static C string.
    let msg = unsafe { std::ffi::CStr::from_ptr(libc::gai_strerror(code)) }.to_string_lossy().into_owned();
    addr::gaierror(vm, code, &msg)
}

fn gethostbyname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let host = match arg(&args, 0) {
        Value::Str(s) => s.as_str().to_string(),
        other => return Err(PyErr::type_error(format!("gethostbyname() argument 1 must be str, bytes or bytearray, not {}", crate::builtins::arg_type_name(vm, &other)))),
    };
    let found = gai(vm, Some(&host), None, (libc::AF_INET, 0, 0, 0))?;
    for entry in found {
        if let Value::Tuple(t) = entry {
            if let Some(Value::Tuple(a)) = t.get(4) {
                if let Some(ip) = a.first() {
                    return Ok(ip.clone());
                }
            }
        }
    }
    Err(addr::gaierror(vm, -2, "Name or service not known"))
}

fn htons(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = int_arg(vm, &arg(&args, 0), "")?;
    if !(0..=0xffff).contains(&x) {
        return Err(PyErr::overflow_error("htons: Python int too large to convert to C 16-bit unsigned integer"));
    }
    Ok(Value::Int((x as u16).swap_bytes() as i64))
}

fn htonl(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = int_arg(vm, &arg(&args, 0), "")?;
    if !(0..=0xffff_ffff).contains(&x) {
        return Err(PyErr::overflow_error("int larger than 32 bits"));
    }
    Ok(Value::Int((x as u32).swap_bytes() as i64))
}

fn inet_aton(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = vm.str(&arg(&args, 0))?;
    match s.parse::<std::net::Ipv4Addr>() {
        Ok(ip) => Ok(Value::Bytes(ip.octets().to_vec().into())),
        Err(_) => Err(PyErr::with_args(ExcKind::OSError, vec![Value::str("illegal IP address string passed to inet_aton")])),
    }
}

fn inet_ntoa(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = super::struct_buffer::read(vm, &arg(&args, 0))?.unwrap_or_default();
    if b.len() != 4 {
        return Err(PyErr::with_args(ExcKind::OSError, vec![Value::str("packed IP wrong length for inet_ntoa")]));
    }
    Ok(Value::string(format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3])))
}
