//! `_select`: one poll(2) call over a list of descriptors, and the three epoll(7) calls, the
//! primitives under the Python-level `select` module (`select.select`, `select.poll`,
//! `select.epoll`) and `selectors`.

use super::new_module;
use crate::builtins::{arg, def_fn, int_arg};
use crate::builtins::file::os_error;
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_select");
    let mut d = d.borrow_mut();
    def_fn(&mut d, "poll", poll);
    def_fn(&mut d, "epoll_create", epoll_create);
    def_fn(&mut d, "epoll_ctl", epoll_ctl);
    def_fn(&mut d, "epoll_wait", epoll_wait);
    for (name, v) in [
        ("EPOLLIN", libc::EPOLLIN),
        ("EPOLLOUT", libc::EPOLLOUT),
        ("EPOLLPRI", libc::EPOLLPRI),
        ("EPOLLERR", libc::EPOLLERR),
        ("EPOLLHUP", libc::EPOLLHUP),
        ("EPOLLET", libc::EPOLLET),
        ("EPOLLONESHOT", libc::EPOLLONESHOT),
        ("EPOLLEXCLUSIVE", libc::EPOLLEXCLUSIVE),
        ("EPOLLRDHUP", libc::EPOLLRDHUP),
        ("EPOLLRDNORM", libc::EPOLLRDNORM),
        ("EPOLLRDBAND", libc::EPOLLRDBAND),
        ("EPOLLWRNORM", libc::EPOLLWRNORM),
        ("EPOLLWRBAND", libc::EPOLLWRBAND),
        ("EPOLLMSG", libc::EPOLLMSG),
        ("EPOLL_CLOEXEC", libc::EPOLL_CLOEXEC),
        ("EPOLL_CTL_ADD", libc::EPOLL_CTL_ADD),
        ("EPOLL_CTL_MOD", libc::EPOLL_CTL_MOD),
        ("EPOLL_CTL_DEL", libc::EPOLL_CTL_DEL),
    ] {
        // EPOLLET is bit 31: CPython shows the masks as unsigned numbers
        d.set_str(name, Value::Int(i64::from(v as u32)));
    }
    for (name, v) in [
        ("POLLIN", libc::POLLIN),
        ("POLLPRI", libc::POLLPRI),
        ("POLLOUT", libc::POLLOUT),
        ("POLLERR", libc::POLLERR),
        ("POLLHUP", libc::POLLHUP),
        ("POLLNVAL", libc::POLLNVAL),
        ("POLLRDNORM", libc::POLLRDNORM),
        ("POLLRDBAND", libc::POLLRDBAND),
        ("POLLWRNORM", libc::POLLWRNORM),
        ("POLLWRBAND", libc::POLLWRBAND),
        ("POLLMSG", 0x400), // Linux value; libc does not export it
        ("POLLRDHUP", libc::POLLRDHUP),
    ] {
        d.set_str(name, Value::Int(i64::from(v)));
    }
    Ok(m)
}

/// `poll(pairs, timeout_ms)`: `pairs` is a list of `(fd, events)`; a negative timeout waits
/// forever. Returns the `(fd, revents)` pairs with events, or None when a signal interrupted
/// the wait (the caller runs the handlers and retries with what is left of its timeout, as
/// PEP 475 asks).
fn poll(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut fds = Vec::new();
    for pair in vm.collect_iterable(&arg(&args, 0))? {
        let items = vm.collect_iterable(&pair)?;
        if items.len() != 2 {
            return Err(PyErr::type_error("poll() expects (fd, events) pairs"));
        }
        let fd = int_arg(vm, &items[0], "")?;
        let fd = libc::c_int::try_from(fd).map_err(|_| PyErr::overflow_error("fd is greater than maximum"))?;
        let events = int_arg(vm, &items[1], "")? as libc::c_short;
        fds.push(libc::pollfd { fd, events, revents: 0 });
    }
    let timeout = int_arg(vm, &arg(&args, 1), "")?.clamp(-1, i64::from(i32::MAX)) as libc::c_int;
    let nfds = fds.len() as libc::nfds_t;
    let ptr = fds.as_mut_ptr();
    // SAFETY: `ptr` points at `nfds` valid pollfd structs that outlive the call.
    let r = crate::runtime::gil::allow_threads(vm, || unsafe { libc::poll(ptr, nfds, timeout) });
    if r < 0 {
        let err = std::io::Error::last_os_error();
        if err.raw_os_error() == Some(libc::EINTR) {
            return Ok(Value::None);
        }
        return Err(os_error(&err, None));
    }
    let ready = fds
        .iter()
        .filter(|p| p.revents != 0)
        .map(|p| Value::tuple(vec![Value::Int(i64::from(p.fd)), Value::Int(i64::from(p.revents))]))
        .collect();
    Ok(Value::list(ready))
}

/// `epoll_create()`: a new epoll descriptor, close-on-exec like every descriptor CPython makes.
fn epoll_create(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: epoll_create1 takes only a flags word.
    let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
    if fd < 0 {
        return Err(os_error(&std::io::Error::last_os_error(), None));
    }
    Ok(Value::Int(i64::from(fd)))
}

fn c_fd(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let fd = int_arg(vm, v, "")?;
    libc::c_int::try_from(fd).map_err(|_| PyErr::overflow_error("fd is greater than maximum"))
}

/// `epoll_ctl(epfd, op, fd, events)`: add, change or remove one descriptor. The event mask is
/// taken modulo 2**32, as CPython's unsigned-int argument parsing does.
fn epoll_ctl(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let epfd = c_fd(vm, &arg(&args, 0))?;
    let op = c_fd(vm, &arg(&args, 1))?;
    let fd = c_fd(vm, &arg(&args, 2))?;
    let events = int_arg(vm, &arg(&args, 3), "")? as u32;
    let mut ev = libc::epoll_event { events, u64: fd as u32 as u64 };
    // SAFETY: `ev` is a valid epoll_event for the duration of the call.
    let r = unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) };
    if r < 0 {
        return Err(os_error(&std::io::Error::last_os_error(), None));
    }
    Ok(Value::None)
}

/// `epoll_wait(epfd, maxevents, timeout_ms)`: the `(fd, events)` pairs that are ready, or None
/// when a signal interrupted the wait (the caller retries with the time left, PEP 475).
fn epoll_wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let epfd = c_fd(vm, &arg(&args, 0))?;
    let max = int_arg(vm, &arg(&args, 1), "")?.clamp(1, 1 << 20) as usize;
    let timeout = int_arg(vm, &arg(&args, 2), "")?.clamp(-1, i64::from(i32::MAX)) as libc::c_int;
    let mut events = vec![libc::epoll_event { events: 0, u64: 0 }; max];
    let ptr = events.as_mut_ptr();
    // SAFETY: `ptr` points at `max` writable epoll_event structs that outlive the call.
    let n = crate::runtime::gil::allow_threads(vm, || unsafe {
        libc::epoll_wait(epfd, ptr, max as libc::c_int, timeout)
    });
    if n < 0 {
        let err = std::io::Error::last_os_error();
        if err.raw_os_error() == Some(libc::EINTR) {
            return Ok(Value::None);
        }
        return Err(os_error(&err, None));
    }
    let ready = events[..n as usize]
        .iter()
        .map(|e| {
            // copy out of the packed struct before use
            let (fd, mask) = (e.u64, e.events);
            Value::tuple(vec![Value::Int(fd as u32 as i32 as i64), Value::Int(i64::from(mask))])
        })
        .collect();
    Ok(Value::list(ready))
}
