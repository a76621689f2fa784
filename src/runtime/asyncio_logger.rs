//! The event loop's reports on the `asyncio` logger (unhandled errors, "Task exception was
//! never retrieved", slow callbacks in debug mode), as records that name CPython's caller.

use crate::object::function::Args;
use crate::object::{PyResult, Value};
use crate::vm::Vm;

/// Where CPython 3.11.7's `asyncio/base_events.py` logs each report from: a record's
/// `funcName` and `lineno`, so a logging format with `%(funcName)s`, `%(lineno)d` or
/// `%(filename)s` prints what CPython's does (rather than the script line running when the
/// loop reported).
#[derive(Clone, Copy)]
pub struct LogSite<'a> {
    /// The module file, under asyncio/.
    file: &'a str,
    func: &'a str,
    line: i64,
}

/// `default_exception_handler`'s `logger.error(...)`: unhandled errors, "Task exception was
/// never retrieved", ...
pub const BY_DEFAULT_HANDLER: LogSite<'static> = LogSite { file: "base_events.py", func: "default_exception_handler", line: 1771 };
/// `_run_once`'s debug-mode "Executing ... took ... seconds".
pub const SLOW_CALLBACK: LogSite<'static> = LogSite { file: "base_events.py", func: "_run_once", line: 1917 };
/// `call_exception_handler` when the default handler itself failed.
pub const DEFAULT_HANDLER_FAILED: LogSite<'static> = LogSite { file: "base_events.py", func: "call_exception_handler", line: 1804 };
/// `call_exception_handler` when the default handler failed after a custom one did.
pub const BOTH_HANDLERS_FAILED: LogSite<'static> = LogSite { file: "base_events.py", func: "call_exception_handler", line: 1825 };

/// Where the records' module files are: CPython's asyncio package under corio's `sys.prefix`.
pub const ASYNCIO_DIR: &str = "/usr/lib/python3.11/asyncio/";

/// CPython's asyncio reports through `logging.getLogger("asyncio")`. Once the script has
/// imported `logging` (so it may have configured handlers, formats or levels), log `msg` at
/// `level` there, with `exc` as exc_info and `site` as the caller, and return true; without
/// `logging`, whose lastResort would print the bare text on stderr, return false and let the
/// caller print.
pub fn log(vm: &mut Vm, level: i64, msg: &str, exc: Option<Value>, site: LogSite) -> PyResult<bool> {
    log_with_args(vm, level, Value::str(msg), Value::tuple(Vec::new()), exc, site)
}

/// `log` of `msg % args`, formatted by the record as `Logger.debug(msg, *args)` would.
fn log_with_args(vm: &mut Vm, level: i64, msg: Value, args: Value, exc: Option<Value>, site: LogSite) -> PyResult<bool> {
    let Some(logging) = vm.modules.borrow().get_str("logging") else {
        return Ok(false);
    };
    let get_logger = vm.getattr(&logging, &Value::str("getLogger"))?;
    let logger = vm.call(&get_logger, vec![Value::str("asyncio")])?;
    let enabled = vm.call_method(&logger, "isEnabledFor", vec![Value::Int(level)])?;
    if !vm.is_true(&enabled)? {
        return Ok(true);
    }
    // What `Logger._log` builds, with CPython's caller in place of findCaller's answer.
    let exc_info = match exc {
        Some(e) => {
            let tb = vm.getattr(&e, &Value::str("__traceback__"))?;
            Value::tuple(vec![Value::Class(vm.type_of(&e)), e, tb])
        }
        None => Value::None,
    };
    let record = vm.call_method(
        &logger,
        "makeRecord",
        vec![
            Value::str("asyncio"),
            Value::Int(level),
            Value::str(&format!("{ASYNCIO_DIR}{}", site.file)),
            Value::Int(site.line),
            msg,
            args,
            exc_info,
            Value::str(site.func),
        ],
    )?;
    vm.call_method(&logger, "handle", vec![record])?;
    Ok(true)
}

/// `_asyncio._log_at(file, func, lineno, level, msg, *args)`: what CPython's asyncio logs at
/// `file:func:lineno` (`logger.debug('Using selector: %s', ...)` in selector_events.py), for
/// the reports corio makes in the language. False when `logging` is not imported (the caller
/// prints instead, as logging's last-resort handler would).
pub fn m_log_at(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 5 {
        return Err(crate::object::PyErr::type_error("_log_at(file, func, lineno, level, msg, *args)"));
    }
    let text = |v: &Value| v.as_str().map(str::to_string).unwrap_or_default();
    let (file, func) = (text(&args.pos[0]), text(&args.pos[1]));
    let (Value::Int(line), Value::Int(level)) = (&args.pos[2], &args.pos[3]) else {
        return Err(crate::object::PyErr::type_error("_log_at: lineno and level must be ints"));
    };
    let site = LogSite { file: &file, func: &func, line: *line };
    let rest = Value::tuple(args.pos[5..].to_vec());
    log_with_args(vm, *level, args.pos[4].clone(), rest, None, site).map(|b| Value::Bool(crate::object::BoolWord::from(b)))
}
