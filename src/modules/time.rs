//! `_time`: the native half of the `time` module (clocks, sleeping, broken-down time through
//! `localtime.rs`); `stdlib/time.py` builds `struct_time` and the formatting functions on it.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::localtime::{self, BrokenDown};
use super::new_module;
#[path = "time_clocks.rs"]
mod time_clocks;
use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The system's monotonic clock in nanoseconds: matches CPython, whose `time.monotonic()` and
/// `perf_counter()` read `clock_gettime(CLOCK_MONOTONIC)` (seconds since boot on Linux), so
/// the values are comparable across processes.
fn monotonic_nanos() -> i64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid timespec; clock_gettime only writes to it.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    if rc != 0 {
        return 0;
    }
    (ts.tv_sec as i64).saturating_mul(1_000_000_000).saturating_add(ts.tv_nsec as i64)
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_time");
    {
        let mut d = d.borrow_mut();
        def_fn(&mut d, "time", time);
        def_fn(&mut d, "time_ns", time_ns);
        def_fn(&mut d, "perf_counter", monotonic);
        def_fn(&mut d, "monotonic", monotonic);
        def_fn(&mut d, "perf_counter_ns", monotonic_ns);
        def_fn(&mut d, "monotonic_ns", monotonic_ns);
        def_fn(&mut d, "sleep", sleep);
        def_fn(&mut d, "process_time", process_time);
        def_fn(&mut d, "process_time_ns", process_time_ns);
        def_fn(&mut d, "localtime", localtime_fn);
        def_fn(&mut d, "gmtime", gmtime_fn);
        def_fn(&mut d, "mktime", mktime_fn);
        def_fn(&mut d, "strftime", strftime_fn);
        def_fn(&mut d, "_set_type_name", set_type_name);
        time_clocks::install(&mut d);
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_secs() as i64;
        let (std, dst, timezone, altzone, daylight) = localtime::zone_info(now);
        d.set_str("tzname", Value::tuple(vec![Value::string(std), Value::string(dst)]));
        d.set_str("timezone", Value::Int(timezone));
        d.set_str("altzone", Value::Int(altzone));
        d.set_str("daylight", Value::Int(daylight));
    }
    Ok(m)
}

fn time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(Value::float(d.as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}

/// Seconds from the system monotonic clock (`time.monotonic()`, and so `loop.time()`).
pub fn monotonic_seconds() -> f64 {
    monotonic_nanos() as f64 / 1e9
}

fn monotonic(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::float(monotonic_seconds()))
}

fn monotonic_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(monotonic_nanos()))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let secs = match super::timeouts::checked_seconds(&v) {
        Some(secs) => secs?,
        None => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v)))),
    };
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    // Sleep in slices so Ctrl-C raises KeyboardInterrupt promptly, as in CPython.
    let end = super::timeouts::deadline_after(secs);
    loop {
        crate::vm::signals::check(vm)?;
        let now = std::time::Instant::now();
        if end.is_some_and(|end| now >= end) {
            break;
        }
        let slice = end.map_or(Duration::MAX, |end| end - now).min(Duration::from_millis(50));
        crate::runtime::gil::allow_threads(vm, || std::thread::sleep(slice));
    }
    Ok(Value::None)
}

fn process_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::float(localtime::process_time()))
}

fn process_time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int((localtime::process_time() * 1e9) as i64))
}

/// Whole seconds of a timestamp argument (None: now), rounded towards minus infinity as CPython.
fn seconds_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::None => Ok(SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_secs() as i64),
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::Float(f) if f.get().is_nan() => Err(PyErr::value_error("Invalid value NaN (not a number)")),
        Value::Float(f) if f.get().abs() < 1e15 => Ok(f.get().floor() as i64),
        Value::Float(_) | Value::BigInt(_) => Err(PyErr::overflow_error("timestamp out of range for platform time_t")),
        other => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)))),
    }
}

fn broken_down_value(b: BrokenDown) -> Value {
    let mut items: Vec<Value> = b.fields.iter().map(|&f| Value::Int(f)).collect();
    items.push(Value::string(b.zone));
    items.push(Value::Int(b.gmtoff));
    Value::tuple(items)
}

fn convert(vm: &mut Vm, args: &Args, utc: bool) -> PyResult<Value> {
    let secs = seconds_arg(vm, &arg(args, 0))?;
    match localtime::broken_down(secs, utc) {
        Some(b) => Ok(broken_down_value(b)),
        None => Err(PyErr::overflow_error("timestamp out of range for platform time_t")),
    }
}

/// `_time.localtime(secs)`: (9 struct_time fields, tm_zone, tm_gmtoff).
fn localtime_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, &args, false)
}

fn gmtime_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, &args, true)
}

/// A broken-down time from a sequence of 9 ints (optionally followed by zone and offset).
fn broken_down_arg(vm: &mut Vm, v: &Value) -> PyResult<BrokenDown> {
    let items = vm.collect_iterable(v)?;
    let mut b = BrokenDown::default();
    for (i, slot) in b.fields.iter_mut().enumerate() {
        let item = items.get(i).cloned().unwrap_or(Value::Int(0));
        *slot = crate::builtins::int_arg(vm, &item, "")?;
    }
    if let Some(Value::Str(z)) = items.get(9) {
        b.zone = z.as_str().to_owned();
    }
    if let Some(Value::Int(off)) = items.get(10) {
        b.gmtoff = *off;
    }
    Ok(b)
}

fn mktime_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = broken_down_arg(vm, &arg(&args, 0))?;
    match localtime::mktime(&b) {
        Some(t) => Ok(Value::float(t as f64)),
        None => Err(PyErr::overflow_error("mktime argument out of range")),
    }
}

/// `_time.strftime(format, fields)` with fields already validated by `time.py`.
fn strftime_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Str(fmt) = arg(&args, 0) else {
        return Err(PyErr::type_error(format!("strftime() argument 1 must be str, not {}", crate::builtins::arg_type_name(vm, &arg(&args, 0)))));
    };
    if fmt.as_str().contains('\0') {
        return Err(PyErr::value_error("embedded null character"));
    }
    let b = broken_down_arg(vm, &arg(&args, 1))?;
    Ok(Value::string(localtime::strftime(fmt.as_str(), &b)))
}

/// `_time._set_type_name(cls, "datetime.date")`: gives a class written in Python the `tp_name`
/// of the CPython C type it stands for, so error messages name it as CPython's do
/// ("unsupported operand type(s) for +: 'datetime.date' and 'int'").
fn set_type_name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Value::Class(cls), Value::Str(name)) = (arg(&args, 0), arg(&args, 1)) else {
        return Err(PyErr::type_error("_set_type_name(cls, name) expects a class and a str"));
    };
    *cls.tp_name.borrow_mut() = Some(std::rc::Rc::from(name.as_str()));
    Ok(Value::None)
}
