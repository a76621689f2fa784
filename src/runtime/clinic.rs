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

/// The binding errors of a method CPython writes in Python (`BaseEventLoop.call_later(self,
/// delay, callback, *args, context=None)`): `params` are the positional parameters after self,
/// all required; `varargs` whether it takes `*args`; `keywords` its keyword-only parameters.
/// Keywords naming positional parameters are not accepted here (the native methods read
/// positions only), which callers of these methods do not use.
pub fn py_method(args: &Args, qualname: &str, params: &[&str], varargs: bool, keywords: &[&str]) -> PyResult<()> {
    let given = args.pos.len().saturating_sub(1);
    if given > params.len() && !varargs {
        let takes = params.len() + 1;
        return Err(PyErr::type_error(format!(
            "{qualname}() takes {takes} positional argument{} but {} were given",
            if takes == 1 { "" } else { "s" },
            given + 1
        )));
    }
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| !keywords.contains(&&**k)) {
        return Err(PyErr::type_error(format!("{qualname}() got an unexpected keyword argument '{k}'")));
    }
    if given < params.len() {
        return Err(crate::builtins::arity::missing_args(qualname, "positional", &params[given..]));
    }
    Ok(())
}

/// As [`py_method`], for a module-level function without `*args` (`ensure_future(coro_or_future,
/// *, loop=None)`): `args.pos` has no self.
pub fn py_function(args: &Args, name: &str, params: &[&str], keywords: &[&str]) -> PyResult<()> {
    py_function_defaults(args, name, params, params.len(), keywords)
}

/// As [`py_function`], where only the first `required` of `params` lack a default
/// (`current_task(loop=None)`).
pub fn py_function_defaults(args: &Args, name: &str, params: &[&str], required: usize, keywords: &[&str]) -> PyResult<()> {
    let given = args.pos.len();
    if given > params.len() {
        let takes = params.len();
        let plural = if takes == 1 { "" } else { "s" };
        let was = if given == 1 { "was" } else { "were" };
        return Err(PyErr::type_error(if required == takes {
            format!("{name}() takes {takes} positional argument{plural} but {given} {was} given")
        } else {
            format!("{name}() takes from {required} to {takes} positional arguments but {given} {was} given")
        }));
    }
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| !keywords.contains(&&**k) && !params.contains(&&**k)) {
        return Err(PyErr::type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
    }
    let missing: Vec<&str> = params[given.min(required)..required].iter().copied().filter(|p| args.kwarg(p).is_none()).collect();
    if !missing.is_empty() {
        return Err(crate::builtins::arity::missing_args(name, "positional", &missing));
    }
    Ok(())
}

/// The Argument Clinic `__init__` of Future (`*, loop=None`) and Task (`coro, *, loop=None,
/// name=None, context=None`): `args.pos[0]` is the class; `positional` the one positional
/// parameter, if any (which may also come as a keyword).
pub fn init_args(args: &Args, name: &str, positional: Option<&str>, keywords: &[&str]) -> PyResult<()> {
    let given = args.pos.len().saturating_sub(1);
    match positional {
        None if given > 0 => return Err(PyErr::type_error(format!("{name}() takes no positional arguments"))),
        Some(_) if given > 1 => {
            return Err(PyErr::type_error(format!("{name}() takes exactly 1 positional argument ({given} given)")))
        }
        _ => {}
    }
    if let Some(p) = positional {
        if given == 0 && args.kwarg(p).is_none() {
            return Err(PyErr::type_error(format!("{name}() missing required argument '{p}' (pos 1)")));
        }
    }
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| !keywords.contains(&&**k) && positional != Some(&**k)) {
        return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
    }
    Ok(())
}

/// An Argument Clinic method whose parameters are all keyword-only (`Task.get_stack(*,
/// limit=None)`): `_PyArg_UnpackKeywords` first compares the total count with the number of
/// parameters, then refuses positionals, then unknown keywords.
pub fn keywords_only(args: &Args, name: &str, keywords: &[&str]) -> PyResult<()> {
    let nargs = args.pos.len().saturating_sub(1);
    let total = nargs + args.kw.len();
    let max = keywords.len();
    if total > max {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {max} {}argument{} ({total} given)",
            if nargs == 0 { "keyword " } else { "" },
            if max == 1 { "" } else { "s" }
        )));
    }
    if nargs > 0 {
        return Err(PyErr::type_error(format!("{name}() takes no positional arguments")));
    }
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| !keywords.contains(&&**k)) {
        return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
    }
    Ok(())
}
