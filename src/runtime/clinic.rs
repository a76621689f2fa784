//! The argument checks of the C `_asyncio` Future and Task methods, with CPython's messages
//! (METH_NOARGS / METH_O descriptors and Argument Clinic parsers). `args.pos[0]` is self.

use crate::object::{Args, PyErr, PyResult, Value};

/// The class that defines the method in CPython: Task redefines Future's methods (all but
/// `get_loop`), so its messages say "Task.result()".
fn owner(this: &Value, method: &str) -> &'static str {
    let native = match this {
        Value::Instance(i) => match &i.payload {
            crate::object::Payload::Builtin(b) => b,
            _ => this,
        },
        _ => this,
    };
    if method != "get_loop" && native.downcast::<super::task::Task>().is_some() {
        "Task"
    } else {
        "Future"
    }
}

/// A METH_NOARGS method: `Future.done()`.
pub fn no_args(args: &Args, method: &str) -> PyResult<()> {
    if args.kw.is_empty() && args.pos.len() == 1 {
        return Ok(());
    }
    let owner = args.pos.first().map_or("Future", |s| owner(s, method));
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("{owner}.{method}() takes no keyword arguments")));
    }
    Err(PyErr::type_error(format!("{owner}.{method}() takes no arguments ({} given)", args.pos.len().saturating_sub(1))))
}

/// A METH_O method: `Future.set_result(result)`.
pub fn one_arg(args: &Args, method: &str) -> PyResult<()> {
    if args.kw.is_empty() && args.pos.len() == 2 {
        return Ok(());
    }
    let owner = args.pos.first().map_or("Future", |s| owner(s, method));
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("{owner}.{method}() takes no keyword arguments")));
    }
    Err(PyErr::type_error(format!("{owner}.{method}() takes exactly one argument ({} given)", args.pos.len().saturating_sub(1))))
}

/// `add_done_callback(fn, /, *, context=None)`.
pub fn add_done_callback(args: &Args) -> PyResult<()> {
    let given = args.pos.len().saturating_sub(1);
    if given != 1 {
        return Err(PyErr::type_error(format!("add_done_callback() takes exactly 1 positional argument ({given} given)")));
    }
    args.allow_kw("add_done_callback()", &["context"])
}

/// `cancel(msg=None)`: the message, checked.
pub fn cancel_msg(args: &Args) -> PyResult<Value> {
    let given = args.pos.len().saturating_sub(1);
    if given + args.kw.len() > 1 {
        return Err(PyErr::type_error(if given == 0 {
            format!("cancel() takes at most 1 keyword argument ({} given)", args.kw.len())
        } else {
            format!("cancel() takes at most 1 argument ({} given)", given + args.kw.len())
        }));
    }
    args.allow_kw("cancel()", &["msg"])?;
    Ok(args.arg(1, "msg").cloned().unwrap_or(Value::None))
}

/// A slot wrapper taking no arguments: `Future.__await__()`, `Future.__iter__()`.
pub fn slot_no_args(args: &Args, slot: &str) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("wrapper {slot}() takes no keyword arguments")));
    }
    match args.pos.len().saturating_sub(1) {
        0 => Ok(()),
        n => Err(PyErr::type_error(format!("expected 0 arguments, got {n}"))),
    }
}
