//! Timeout values as CPython's `_PyTime_FromSecondsObject` checks them (`time.sleep`, lock and
//! socket timeouts), and deadlines for the native waits that never overflow `Instant`.

use std::time::{Duration, Instant};

use crate::object::{PyErr, PyResult, Value};

/// The largest magnitude of seconds whose nanoseconds fit CPython's `_PyTime_t` (an i64).
const MAX_SECONDS: f64 = i64::MAX as f64 / 1e9;

/// `v` as seconds when it is an int or a float (None for other types, whose TypeError each
/// caller words itself). matches CPython: NaN is "Invalid value NaN (not a number)"; a float
/// beyond about 292 years is "timestamp out of range for platform time_t", an int there
/// "timestamp too large to convert to C _PyTime_t" (both OverflowError).
pub fn checked_seconds(v: &Value) -> Option<PyResult<f64>> {
    Some(match v {
        Value::Float(f) => {
            let t = f.get();
            if t.is_nan() {
                Err(PyErr::value_error("Invalid value NaN (not a number)"))
            } else if t.abs() >= MAX_SECONDS {
                Err(PyErr::overflow_error("timestamp out of range for platform time_t"))
            } else {
                Ok(t)
            }
        }
        Value::Int(i) if i.unsigned_abs() > (i64::MAX / 1_000_000_000) as u64 => Err(int_overflow()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::BigInt(_) => Err(int_overflow()),
        _ => return None,
    })
}

fn int_overflow() -> PyErr {
    PyErr::overflow_error("timestamp too large to convert to C _PyTime_t")
}

/// The instant `secs` from now; None when no clock reading can hold it (an infinite or
/// astronomically long wait) or for NaN (Python's `remaining <= 0` never holds for it),
/// which callers treat as waiting without a deadline.
pub fn deadline_after(secs: f64) -> Option<Instant> {
    if secs.is_nan() {
        return None;
    }
    Duration::try_from_secs_f64(secs.max(0.0)).ok().and_then(|d| Instant::now().checked_add(d))
}
