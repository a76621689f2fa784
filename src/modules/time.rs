//! The `time` module: clocks and sleeping (the rest of the module is issue #3).

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::new_module;
use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

thread_local! {
    static START: Instant = Instant::now();
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("time");
    {
        let mut d = d.borrow_mut();
        def_fn(&mut d, "time", time);
        def_fn(&mut d, "time_ns", time_ns);
        def_fn(&mut d, "perf_counter", monotonic);
        def_fn(&mut d, "monotonic", monotonic);
        def_fn(&mut d, "perf_counter_ns", monotonic_ns);
        def_fn(&mut d, "monotonic_ns", monotonic_ns);
        def_fn(&mut d, "sleep", sleep);
    }
    Ok(m)
}

fn time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}

/// Seconds since an arbitrary fixed point (process start), from the monotonic clock.
pub fn monotonic_seconds() -> f64 {
    START.with(|s| s.elapsed().as_secs_f64())
}

fn monotonic(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(monotonic_seconds()))
}

fn monotonic_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(START.with(|s| s.elapsed().as_nanos()) as i64))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = match arg(&args, 0) {
        Value::Float(f) => f,
        Value::Int(i) => i as f64,
        other => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&other)))),
    };
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(Value::None)
}
