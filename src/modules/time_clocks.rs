//! `_time.clock_gettime`/`clock_gettime_ns`/`clock_getres` on any clock id, `thread_time`,
//! and `_tzset` (re-reading TZ, as CPython's `time.tzset`).

use super::localtime;
use crate::builtins::{arg, def_fn, int_arg};
use crate::object::{Args, PyDict, PyResult, Value};
use crate::vm::Vm;

extern "C" {
    fn tzset();
}

pub fn install(d: &mut PyDict) {
    def_fn(d, "clock_gettime", clock_gettime);
    def_fn(d, "clock_gettime_ns", clock_gettime_ns);
    def_fn(d, "clock_getres", clock_getres);
    def_fn(d, "thread_time", thread_time);
    def_fn(d, "thread_time_ns", thread_time_ns);
    def_fn(d, "_tzset", tz_set);
}

/// The clock's (seconds, nanoseconds), or OSError (EINVAL for an unknown clock, as CPython).
fn read_clock(id: libc::clockid_t, res: bool) -> PyResult<libc::timespec> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid timespec that the call only writes.
    let rc = unsafe { if res { libc::clock_getres(id, &mut ts) } else { libc::clock_gettime(id, &mut ts) } };
    if rc != 0 {
        return Err(crate::builtins::file::os_error(&std::io::Error::last_os_error(), None));
    }
    Ok(ts)
}

fn clock_id(vm: &mut Vm, args: &Args) -> PyResult<libc::clockid_t> {
    let id = int_arg(vm, &arg(args, 0), "clk_id")?;
    Ok(libc::clockid_t::try_from(id).unwrap_or(-1))
}

fn clock_gettime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ts = read_clock(clock_id(vm, &args)?, false)?;
    Ok(Value::float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn clock_gettime_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ts = read_clock(clock_id(vm, &args)?, false)?;
    Ok(Value::Int((ts.tv_sec as i64).saturating_mul(1_000_000_000).saturating_add(ts.tv_nsec as i64)))
}

fn clock_getres(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ts = read_clock(clock_id(vm, &args)?, true)?;
    Ok(Value::float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn thread_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let ts = read_clock(libc::CLOCK_THREAD_CPUTIME_ID, false)?;
    Ok(Value::float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn thread_time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let ts = read_clock(libc::CLOCK_THREAD_CPUTIME_ID, false)?;
    Ok(Value::Int((ts.tv_sec as i64).saturating_mul(1_000_000_000).saturating_add(ts.tv_nsec as i64)))
}

/// Re-read TZ, then (tzname, timezone, altzone, daylight) as at import.
fn tz_set(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: tzset only reloads the C library's zone state from the environment.
    unsafe { tzset() };
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_secs() as i64;
    let (std, dst, timezone, altzone, daylight) = localtime::zone_info(now);
    Ok(Value::tuple(vec![
        Value::tuple(vec![Value::string(std), Value::string(dst)]),
        Value::Int(timezone),
        Value::Int(altzone),
        Value::Int(daylight),
    ]))
}
