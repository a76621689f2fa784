//! `_select`: one poll(2) call over a list of descriptors, the primitive under the Python-level
//! `select` module (`select.select`, `select.poll`) and `selectors`.

use super::new_module;
use crate::builtins::{arg, def_fn, int_arg};
use crate::builtins::file::os_error;
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_select");
    let mut d = d.borrow_mut();
    def_fn(&mut d, "poll", poll);
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
