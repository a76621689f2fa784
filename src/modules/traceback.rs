//! `_traceback`: the interpreter's own traceback formatter (src/vm/traceback.rs) exposed to
//! `stdlib/traceback.py`, so `traceback.format_exc()` prints exactly what an uncaught
//! exception prints.

use super::new_module;
use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_traceback");
    let mut d = d.borrow_mut();
    def_fn(&mut d, "format_exception", format_exception);
    def_fn(&mut d, "format_exception_only", format_exception_only);
    def_fn(&mut d, "caller", caller);
    def_fn(&mut d, "frame_info", frame_info);
    Ok(m)
}

/// `format_exception(exc)`: the full text, chained exceptions included.
fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::Instance(i) => Ok(Value::str(&vm.format_exception(&i))),
        _ => Err(PyErr::type_error("format_exception() needs an exception instance")),
    }
}

/// `format_exception_only(exc)`: the last line, `module.Type: message`.
fn format_exception_only(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::Instance(i) => Ok(Value::str(&vm.exception_only(&i))),
        _ => Err(PyErr::type_error("format_exception_only() needs an exception instance")),
    }
}

/// `caller(level)`: `(filename, lineno, globals)` of the Python frame `level` calls above the
/// one calling `caller` (1 = that frame's caller), or None past the outermost frame. Used by
/// `warnings.warn` for `stacklevel`.
fn caller(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let level = crate::builtins::int_arg(vm, &arg(&args, 0), "")?.max(0) as usize;
    let Some(frame) = vm.frame_at_depth(level) else {
        return Ok(Value::None);
    };
    let code = &frame.code.code;
    let loc = code.locations.get(frame.lasti).copied().unwrap_or_default();
    let line = if loc.line == 0 { code.first_line } else { loc.line };
    let source_line = frame
        .code
        .source
        .as_deref()
        .and_then(|src| crate::source::line_text(src, line))
        .map(|l| Value::str(l.trim()))
        .unwrap_or(Value::None);
    Ok(Value::tuple(vec![
        Value::str(&code.filename),
        Value::Int(line as i64),
        Value::Dict(frame.globals.clone()),
        source_line,
    ]))
}

/// `frame_info(depth)`: `(co_filename, f_lineno, co_name)` of the frame `sys._getframe(depth)`
/// would return, or None past the outermost frame, without building frame objects. `logging`
/// walks the stack with it to find the line that logged.
fn frame_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let depth = crate::builtins::int_arg(vm, &arg(&args, 0), "")?;
    let Some(frame) = usize::try_from(depth).ok().and_then(|d| vm.frame_at_depth(d)) else {
        return Ok(Value::None);
    };
    let code = &frame.code.code;
    Ok(Value::tuple(vec![Value::str(&code.filename), Value::Int(frame.line() as i64), Value::str(&code.name)]))
}
