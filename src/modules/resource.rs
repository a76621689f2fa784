//! `_resource`: the libc calls under the Python-level `resource` module (getrusage(2),
//! getrlimit(2)/setrlimit(2), the page size), returning plain tuples that `stdlib/resource.py`
//! wraps into CPython's `resource.struct_rusage`.

use super::new_module;
use crate::builtins::{arg, def_fn, int_arg};
use crate::builtins::file::os_error;
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_resource");
    let mut d = d.borrow_mut();
    def_fn(&mut d, "getrusage", getrusage);
    def_fn(&mut d, "getrlimit", getrlimit);
    def_fn(&mut d, "setrlimit", setrlimit);
    def_fn(&mut d, "getpagesize", getpagesize);
    // The Linux values CPython's resource module exports.
    for (name, v) in [
        ("RLIMIT_CPU", libc::RLIMIT_CPU as i64),
        ("RLIMIT_FSIZE", libc::RLIMIT_FSIZE as i64),
        ("RLIMIT_DATA", libc::RLIMIT_DATA as i64),
        ("RLIMIT_STACK", libc::RLIMIT_STACK as i64),
        ("RLIMIT_CORE", libc::RLIMIT_CORE as i64),
        ("RLIMIT_RSS", libc::RLIMIT_RSS as i64),
        ("RLIMIT_NPROC", libc::RLIMIT_NPROC as i64),
        ("RLIMIT_NOFILE", libc::RLIMIT_NOFILE as i64),
        ("RLIMIT_OFILE", libc::RLIMIT_NOFILE as i64),
        ("RLIMIT_MEMLOCK", libc::RLIMIT_MEMLOCK as i64),
        ("RLIMIT_AS", libc::RLIMIT_AS as i64),
        ("RLIMIT_MSGQUEUE", libc::RLIMIT_MSGQUEUE as i64),
        ("RLIMIT_NICE", libc::RLIMIT_NICE as i64),
        ("RLIMIT_RTPRIO", libc::RLIMIT_RTPRIO as i64),
        ("RLIMIT_RTTIME", libc::RLIMIT_RTTIME as i64),
        ("RLIMIT_SIGPENDING", libc::RLIMIT_SIGPENDING as i64),
        ("RUSAGE_SELF", i64::from(libc::RUSAGE_SELF)),
        ("RUSAGE_CHILDREN", i64::from(libc::RUSAGE_CHILDREN)),
        ("RUSAGE_THREAD", i64::from(libc::RUSAGE_THREAD)),
        // CPython converts RLIM_INFINITY (all bits set) to a signed long long: -1.
        ("RLIM_INFINITY", -1),
    ] {
        d.set_str(name, Value::Int(v));
    }
    Ok(m)
}

/// Linux's RLIM_NLIMITS: resources are numbered below it (libc deprecates its constant).
const RLIM_NLIMITS: i64 = 16;

fn seconds(t: libc::timeval) -> Value {
    Value::float(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6)
}

/// `getrusage(who)`: the sixteen fields of struct rusage, in CPython's order.
fn getrusage(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let who = int_arg(vm, &arg(&args, 0), "")?;
    let who = libc::c_int::try_from(who).map_err(|_| PyErr::value_error("invalid who parameter"))?;
    // SAFETY: an all-zero rusage is a valid value of the plain C struct.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `ru` is a valid, writable rusage for the duration of the call.
    if unsafe { libc::getrusage(who, &mut ru) } != 0 {
        let err = std::io::Error::last_os_error();
        if err.raw_os_error() == Some(libc::EINVAL) {
            return Err(PyErr::value_error("invalid who parameter"));
        }
        return Err(os_error(&err, None));
    }
    let ints = [
        ru.ru_maxrss, ru.ru_ixrss, ru.ru_idrss, ru.ru_isrss, ru.ru_minflt, ru.ru_majflt, ru.ru_nswap,
        ru.ru_inblock, ru.ru_oublock, ru.ru_msgsnd, ru.ru_msgrcv, ru.ru_nsignals, ru.ru_nvcsw, ru.ru_nivcsw,
    ];
    let mut items = vec![seconds(ru.ru_utime), seconds(ru.ru_stime)];
    items.extend(ints.iter().map(|&v| Value::Int(v as i64)));
    Ok(Value::tuple(items))
}

fn resource_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::__rlimit_resource_t> {
    let r = int_arg(vm, v, "")?;
    if !(0..RLIM_NLIMITS).contains(&r) {
        return Err(PyErr::value_error("invalid resource specified"));
    }
    Ok(r as libc::__rlimit_resource_t)
}

/// A limit as CPython shows it: RLIM_INFINITY as -1.
fn limit_value(v: libc::rlim_t) -> Value {
    if v == libc::RLIM_INFINITY { Value::Int(-1) } else { Value::Int(v as i64) }
}

fn getrlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let res = resource_arg(vm, &arg(&args, 0))?;
    let mut rl = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: `rl` is a valid, writable rlimit for the duration of the call.
    if unsafe { libc::getrlimit(res, &mut rl) } != 0 {
        return Err(os_error(&std::io::Error::last_os_error(), None));
    }
    Ok(Value::tuple(vec![limit_value(rl.rlim_cur), limit_value(rl.rlim_max)]))
}

/// `setrlimit(resource, soft, hard)` (the wrapper unpacks the pair): CPython's ValueErrors for
/// the two refusals the kernel reports.
fn setrlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let res = resource_arg(vm, &arg(&args, 0))?;
    let soft = int_arg(vm, &arg(&args, 1), "")?;
    let hard = int_arg(vm, &arg(&args, 2), "")?;
    let conv = |v: i64| if v < 0 { libc::RLIM_INFINITY } else { v as libc::rlim_t };
    let rl = libc::rlimit { rlim_cur: conv(soft), rlim_max: conv(hard) };
    // SAFETY: `rl` is a valid rlimit for the duration of the call.
    if unsafe { libc::setrlimit(res, &rl) } != 0 {
        let err = std::io::Error::last_os_error();
        return Err(match err.raw_os_error() {
            Some(libc::EINVAL) => PyErr::value_error("current limit exceeds maximum limit"),
            Some(libc::EPERM) => PyErr::value_error("not allowed to raise maximum limit"),
            _ => os_error(&err, None),
        });
    }
    Ok(Value::None)
}

fn getpagesize(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: sysconf has no memory-safety preconditions.
    Ok(Value::Int(unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i64))
}
