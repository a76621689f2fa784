//! The `sys` module: argv, exit, executable, exc_info, stdout/stderr, path, version_info,
//! recursion limit.

use super::new_module;
use crate::builtins::{arg, def_fn, int_arg};
use crate::object::{Args, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("sys");
    let (stdout, stderr) = super::std_streams::streams(vm)?;
    {
        for (name, v) in [("stdout", &stdout), ("stderr", &stderr), ("__stdout__", &stdout), ("__stderr__", &stderr)] {
            d.borrow_mut().set_str(name, v.clone());
        }
        let mut d = d.borrow_mut();
        d.set_str("argv", Value::list(vm.argv.iter().map(|a| Value::str(a)).collect()));
        d.set_str("executable", Value::str(&vm.executable));
        d.set_str("platform", Value::str("linux"));
        d.set_str("byteorder", Value::str("little"));
        d.set_str("maxsize", Value::Int(i64::MAX));
        d.set_str("path", Value::list(vec![Value::str(&vm.script_dir)]));
        d.set_str("version", Value::str("3.11.7 (corio 0.1.0)"));
        d.set_str(
            "version_info",
            Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7), Value::str("final"), Value::Int(0)]),
        );
        d.set_str("modules", Value::Dict(vm.modules.clone()));
        def_fn(&mut d, "exit", exit);
        def_fn(&mut d, "exc_info", exc_info);
        def_fn(&mut d, "exception", exception);
        def_fn(&mut d, "getrecursionlimit", getrecursionlimit);
        def_fn(&mut d, "setrecursionlimit", setrecursionlimit);
        def_fn(&mut d, "intern", intern);
        def_fn(&mut d, "_getframe", super::frames::getframe);
        def_fn(&mut d, "_set_int_max_str_digits", set_int_max_str_digits);
        def_fn(&mut d, "_get_asyncgen_hooks", crate::runtime::asyncgen_hooks::get);
        def_fn(&mut d, "_set_asyncgen_hooks", crate::runtime::asyncgen_hooks::set);
        def_fn(&mut d, "get_coroutine_origin_tracking_depth", crate::runtime::coro_origin::sys_get);
        def_fn(&mut d, "set_coroutine_origin_tracking_depth", crate::runtime::coro_origin::sys_set);
    }
    let stdin = super::std_stdin::stdin(vm)?;
    d.borrow_mut().set_str("stdin", stdin.clone());
    d.borrow_mut().set_str("__stdin__", stdin);
    // Before `_sysinfo` runs: it reads the options (sys.flags, -X int_max_str_digits).
    d.borrow_mut().set_str("_xoptions", x_options_dict());
    run_sysinfo(vm, &d)?;
    let options = warn_options();
    if !options.is_empty() {
        d.borrow_mut().set_str("warnoptions", Value::list(options.iter().map(|o| Value::str(o)).collect()));
    }
    Ok(m)
}

/// The command line's `-W` options, in order: `sys.warnoptions`, which `warnings` turns into
/// filters when imported (as CPython's `_warnings` does at startup).
static WARN_OPTIONS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

pub fn set_warn_options(options: Vec<String>) {
    if let Ok(mut w) = WARN_OPTIONS.lock() {
        *w = options;
    }
}

pub fn warn_options() -> Vec<String> {
    WARN_OPTIONS.lock().map(|w| w.clone()).unwrap_or_default()
}

/// The command line's `-X` options, in order: `sys._xoptions`, and what `-X dev`,
/// `-X utf8`, `-X faulthandler` turn on.
static X_OPTIONS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

pub fn set_x_options(options: Vec<String>) {
    if let Ok(mut x) = X_OPTIONS.lock() {
        *x = options;
    }
}

/// Each `-X` option as (name, value): `name=value` gives the text after `=`, a bare name None.
pub fn x_options() -> Vec<(String, Option<String>)> {
    let options = X_OPTIONS.lock().map(|x| x.clone()).unwrap_or_default();
    options
        .into_iter()
        .map(|o| match o.split_once('=') {
            Some((name, value)) => (name.to_string(), Some(value.to_string())),
            None => (o, None),
        })
        .collect()
}

/// Whether `-X name` (with or without a value) was given, as CPython's config_get_xoption.
pub fn has_x_option(name: &str) -> bool {
    x_options().iter().any(|(n, _)| n == name)
}

/// Development mode (`-X dev`, whatever its value).
pub fn dev_mode() -> bool {
    has_x_option("dev")
}

/// CPython's start-up check of `-X int_max_str_digits=N`: the fatal error's message when
/// the value is not 0 or a number of at least 640.
pub fn invalid_int_max_str_digits() -> Option<&'static str> {
    let (_, value) = x_options().into_iter().rev().find(|(n, _)| n == "int_max_str_digits")?;
    match value.as_deref().and_then(|v| v.parse::<i64>().ok()) {
        Some(n) if n == 0 || n >= 640 => None,
        _ => Some("config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited."),
    }
}

/// `sys._xoptions`: a bare option maps to True, `name=value` to the value string.
fn x_options_dict() -> Value {
    let mut d = crate::object::PyDict::new();
    for (name, value) in x_options() {
        d.set_str(&name, value.map_or(Value::bool(true), |v| Value::str(&v)));
    }
    Value::Dict(std::rc::Rc::new(std::cell::RefCell::new(d)))
}

/// `sys.get_int_max_str_digits()`, read by int/str conversions (0 = no limit); CPython's
/// default is 4300.
static INT_MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(crate::text::number_parse::DEFAULT_MAX_STR_DIGITS);

pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Stores the limit `_sysinfo.set_int_max_str_digits` validated.
fn set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = int_arg(vm, &arg(&args, 0), "")?;
    INT_MAX_STR_DIGITS.store(n.max(0) as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::None)
}

fn exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Err(PyErr::with_args(ExcKind::SystemExit, args.pos.first().cloned().into_iter().collect()))
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match vm.handled_exception() {
        Some(e) => {
            let (t, _) = vm.exc_type_and_tb(&e);
            // (through the attribute: the one traceback object `e.__traceback__` gives)
            let tb = vm.getattr(&e, &Value::str("__traceback__"))?;
            Ok(Value::tuple(vec![t, e, tb]))
        }
        None => Ok(Value::tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn exception(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.handled_exception().unwrap_or(Value::None))
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = int_arg(vm, &arg(&args, 0), "")?;
    if n < 1 {
        return Err(PyErr::value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn intern(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(arg(&args, 0))
}

/// Runs `stdlib/_sysinfo.py` in sys's own namespace: the struct sequences (`version_info`,
/// `float_info`, ...) and the small functions and hooks are simpler written in Python.
fn run_sysinfo(vm: &mut Vm, d: &std::rc::Rc<std::cell::RefCell<crate::object::PyDict>>) -> PyResult<()> {
    let Some((src, path, _)) = crate::frozen::find("_sysinfo") else { return Ok(()) };
    let code = crate::vm::CodeObj::new(vm.compile_module_source(src, &path)?, Some(crate::source::SourceText::Embedded(src)));
    if !d.borrow().contains_str("__builtins__") {
        d.borrow_mut().set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    vm.run_frame(crate::vm::frame::Frame::new(code, d.clone(), None))?;
    Ok(())
}
