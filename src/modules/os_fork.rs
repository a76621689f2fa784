//! `os.fork`, `os.wait` and `os.waitpid`: a child made by fork(2) continues the script from
//! the call (0 returned there), as in CPython, and the parent reaps it.

use crate::builtins::file::os_error;
use crate::builtins::{arg, def_fn, int_arg};
use crate::object::{Args, PyDict, PyErr, PyResult, Value};
use crate::runtime::gil;
use crate::vm::Vm;

pub(super) fn install(d: &mut PyDict) {
    def_fn(d, "fork", fork);
    def_fn(d, "waitpid", waitpid);
    def_fn(d, "wait", wait);
    d.set_str("WNOHANG", Value::Int(libc::WNOHANG as i64));
    d.set_str("WUNTRACED", Value::Int(libc::WUNTRACED as i64));
    d.set_str("WCONTINUED", Value::Int(libc::WCONTINUED as i64));
}

fn fork(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("posix.fork() takes no arguments ({} given)", args.pos.len() + args.kw.len())));
    }
    let pid = gil::fork_process();
    if pid < 0 {
        return Err(os_error(&std::io::Error::last_os_error(), None));
    }
    Ok(Value::Int(pid as i64))
}

/// waitpid(2) with the GIL released, retried after running signal handlers when a signal
/// interrupts it (PEP 475); returns (pid, status).
fn wait_for(vm: &mut Vm, pid: libc::pid_t, options: libc::c_int) -> PyResult<Value> {
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: waitpid writes only the status local.
        let r = gil::allow_threads(vm, || unsafe { libc::waitpid(pid, &mut status, options) });
        if r >= 0 {
            return Ok(Value::tuple(vec![Value::Int(r as i64), Value::Int(status as i64)]));
        }
        let err = std::io::Error::last_os_error();
        if err.raw_os_error() != Some(libc::EINTR) {
            return Err(os_error(&err, None));
        }
        crate::vm::signals::check(vm)?;
    }
}

fn waitpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("waitpid() takes exactly 2 arguments ({} given)", args.pos.len())));
    }
    let pid = int_arg(vm, &arg(&args, 0), "")?;
    let options = int_arg(vm, &arg(&args, 1), "")?;
    let pid = libc::pid_t::try_from(pid).map_err(|_| PyErr::overflow_error("signed integer is greater than maximum"))?;
    let options = libc::c_int::try_from(options).map_err(|_| PyErr::overflow_error("signed integer is greater than maximum"))?;
    wait_for(vm, pid, options)
}

fn wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        return Err(PyErr::type_error(format!("posix.wait() takes no arguments ({} given)", args.pos.len())));
    }
    wait_for(vm, -1, 0)
}
