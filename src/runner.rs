//! Running programs: a script file, `-c` code or `-m` module as `__main__`, with CPython's
//! reporting of syntax errors, uncaught exceptions and `SystemExit`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::compile::{CompileOptions, Mode};
use crate::import::FileLoader;
use crate::object::exception::exc_data;
use crate::object::{ExcKind, Module, PyDict, PyErr, Value};
use crate::vm::{CodeObj, Vm};

/// Exit status meaning "die by SIGINT" (CPython re-raises the signal after the traceback, so
/// the shell sees 130 and parents see a signal death).
pub const KEYBOARD_INTERRUPT_EXIT: i32 = -130;

/// A VM with the native modules, the module loader and `sys.argv` set up.
pub fn new_vm(argv: Vec<String>, script_dir: String) -> Vm {
    let mut vm = Vm::new();
    vm.argv = argv;
    vm.script_dir = script_dir.clone();
    crate::modules::register(&mut vm);
    vm.loader = Some(Box::new(FileLoader { search_dirs: vec![script_dir] }));
    // `-W` filters apply from the start, as CPython's `_warnings` reads sys.warnoptions
    // before the program runs: `warnings` turns them into filters when imported.
    if !crate::modules::sys::warn_options().is_empty() {
        let _ = vm.import_module("warnings");
    }
    vm
}

/// Compile and run `source` as `__main__`; returns the process exit code.
pub fn run_main(vm: &mut Vm, source: &str, filename: &str) -> i32 {
    run_main_in(vm, source, filename, None)
}

/// `corio -m name`: find the module like an import (a package runs its `__main__`), import
/// its parent package, then run it as `__main__`. `prog` prefixes the "No module named" error.
pub fn run_module_as_main(vm: &mut Vm, name: &str, prog: &str) -> i32 {
    let not_found = |vm: &mut Vm, extra: &str| {
        vm.stderr.write_str(&format!("{prog}: No module named {name}{extra}\n"));
        vm.stderr.flush();
        1
    };
    let valid = !name.is_empty() && name.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c == '_' || c.is_alphanumeric()));
    let find = |vm: &Vm, n: &str| vm.loader.as_ref().and_then(|l| l.find_source(n, vm));
    let Some(mut found) = find(vm, name).filter(|_| valid) else { return not_found(vm, "") };
    let mut package = name.rsplit_once('.').map(|(p, _)| p.to_owned());
    if found.2 {
        let main = format!("{name}.__main__");
        match find(vm, &main) {
            Some(m) => {
                found = m;
                package = Some(name.to_owned());
            }
            None => {
                let extra = format!(".__main__; '{name}' is a package and cannot be directly executed");
                return not_found(vm, &extra);
            }
        }
    }
    let (source, filename, _) = found;
    if let Some(first) = vm.argv.first_mut() {
        *first = filename.clone();
    }
    if let Some(pkg) = &package {
        if let Err(e) = vm.import_module(pkg) {
            let status = report_uncaught(vm, e);
            vm.stdout.flush();
            vm.stderr.flush();
            return status;
        }
    }
    run_main_in(vm, &source, &filename, package.as_deref())
}

fn run_main_in(vm: &mut Vm, source: &str, filename: &str, package: Option<&str>) -> i32 {
    let (status, globals) = exec_main(vm, source, filename, package);
    if let Some(globals) = globals {
        if !shutdown(vm, globals) {
            // matches CPython: a failed final flush of stdout makes the exit status 120.
            return 120;
        }
    }
    status
}

/// `corio -i script.py`: run the script as `__main__` (reporting an uncaught exception), then
/// hand its namespace to the REPL. None when the script did not compile.
pub fn run_main_then_inspect(vm: &mut Vm, source: &str, filename: &str) -> Option<Rc<RefCell<PyDict>>> {
    exec_main(vm, source, filename, None).1
}

/// Compile and run `source` as `__main__` without shutting down: the exit status and the
/// module's namespace (None when it did not compile).
fn exec_main(vm: &mut Vm, source: &str, filename: &str, package: Option<&str>) -> (i32, Option<Rc<RefCell<PyDict>>>) {
    let opts = CompileOptions { mode: Mode::Exec, allow_top_level_await: false };
    let code = match crate::compile::compile_source_staged(source, filename, &opts) {
        Ok(c) => c,
        Err((mut e, compile_stage)) => {
            // A script file or stdin reaches CPython's tokenizer as bytes, `-c`'s "<string>" as
            // text; its compiler proper reports byte columns either way.
            if compile_stage || (filename != "<string>" && crate::syntax::bytes_source_has_byte_columns(source)) {
                e.use_byte_columns();
            }
            vm.stdout.flush();
            vm.stderr.write_str(&e.render());
            vm.stderr.flush();
            return (1, None);
        }
    };
    let globals = Rc::new(RefCell::new(PyDict::new()));
    // matches CPython: `__main__`'s `__builtins__` is the builtins module itself (other
    // modules get its dict).
    let builtins = vm.import_module("builtins").unwrap_or_else(|_| Value::Dict(vm.builtins.clone()));
    {
        let mut g = globals.borrow_mut();
        // The names and order of CPython's `__main__` namespace (what a module-level `dir()`
        // lists). corio gives `__main__` no loader object: both it and the spec are None.
        g.set_str("__name__", Value::str("__main__"));
        g.set_str("__doc__", Value::None);
        g.set_str("__package__", package.map(Value::str).unwrap_or(Value::None));
        g.set_str("__loader__", Value::None);
        g.set_str("__spec__", Value::None);
        g.set_str("__annotations__", Value::Dict(Rc::new(RefCell::new(PyDict::new()))));
        g.set_str("__builtins__", builtins);
        // matches CPython: `-c` code has no `__file__`; a script read from stdin is `<stdin>`.
        if filename != "<string>" {
            g.set_str("__file__", Value::str(filename));
        }
        if filename.ends_with(".py") || filename == "<stdin>" {
            g.set_str("__cached__", Value::None);
        }
    }
    let module = Value::Module(Rc::new(Module { name: Rc::from("__main__"), dict: globals.clone() }));
    vm.modules.borrow_mut().set_str("__main__", module);
    // matches CPython: `-c` code and a script read from stdin (`<string>`, `<stdin>`) have no
    // source that tracebacks could show.
    let shown_source = if filename.starts_with('<') { None } else { Some(source.into()) };
    let code = CodeObj::new(code, shown_source);
    let result = vm.run_module_code(code, globals.clone());
    let status = match result {
        Ok(_) => 0,
        Err(e) => report_uncaught(vm, e),
    };
    vm.stdout.flush();
    (status, Some(globals))
}

/// Print an uncaught exception (or honour SystemExit); returns the exit code.
pub fn report_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    let inst = vm.materialize(e);
    if inst.class().is_subclass(&vm.exc_class(ExcKind::SystemExit)) {
        // matches CPython's _Py_HandleSystemExit: the exception's `code` attribute; an int
        // (or int subclass) is the status through C's `(int)PyLong_AsLong`, which is -1 for an
        // int beyond a C long.
        let args0 = exc_data(&inst).and_then(|d| d.borrow().args.first().cloned()).unwrap_or(Value::None);
        let code = vm.getattr(&Value::Instance(inst.clone()), &Value::str("code")).unwrap_or(args0);
        let code = match vm.builtin_base(&code) {
            Some(base @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => base,
            _ => code,
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::BigInt(_) => -1,
            Value::Bool(b) => b.get() as i32,
            other => {
                let s = vm.str(&other).unwrap_or_default();
                vm.stdout.flush();
                vm.stderr.write_str(&format!("{s}\n"));
                1
            }
        };
    }
    set_sys_last(vm, &inst);
    match replaced_excepthook(vm) {
        Some(hook) => call_excepthook(vm, &hook, &inst),
        None => {
            // matches CPython's PyErr_Print: a deleted hook is reported before the default
            // printing.
            if excepthook_missing(vm) {
                vm.stdout.flush();
                vm.stderr.write_str("sys.excepthook is missing\n");
            }
            vm.print_exception(&inst)
        }
    }
    if inst.class().is_subclass(&vm.exc_class(ExcKind::KeyboardInterrupt)) {
        return KEYBOARD_INTERRUPT_EXIT;
    }
    1
}

/// matches CPython's PyErr_Print: the reported exception stays as `sys.last_type`,
/// `sys.last_value` and `sys.last_traceback` (so `traceback.print_last()` works, and what its
/// traceback keeps alive lives until shutdown, see `release_last_exception`).
fn set_sys_last(vm: &mut Vm, inst: &Rc<crate::object::class::Instance>) {
    let Some(Value::Module(sys)) = vm.modules.borrow().get_str("sys") else { return };
    let value = Value::Instance(inst.clone());
    let tb = vm.getattr(&value, &Value::str("__traceback__")).unwrap_or(Value::None);
    let mut d = sys.dict.borrow_mut();
    d.set_str("last_type", Value::Class(inst.class()));
    d.set_str("last_value", value);
    d.set_str("last_traceback", tb);
}

/// Shutdown's first step in CPython's finalize_modules: `sys.last_*` go. What the exception's
/// tracebacks held (the locals of the frames it ended) is let go as well, as the collection
/// that follows in CPython would: a task and the exception it failed with usually reach each
/// other through those frames.
fn release_last_exception(vm: &mut Vm) {
    let Some(Value::Module(sys)) = vm.modules.borrow().get_str("sys") else { return };
    let last = sys.dict.borrow().get_str("last_value");
    let Some(last) = last.filter(|v| !v.is_none()) else { return };
    // Warnings issued now still get their tracemalloc hint (stdlib/warnings.py).
    let warnings = vm.import_module("warnings").ok();
    let phase = |vm: &mut Vm, on: bool| {
        if let Some(w) = &warnings {
            let _ = vm.setattr(w, &Value::str("_shutdown_releasing_last_exception"), Value::bool(on));
        }
    };
    phase(vm, true);
    {
        let mut d = sys.dict.borrow_mut();
        for name in ["last_type", "last_value", "last_traceback"] {
            if d.get_str(name).is_some() {
                d.set_str(name, Value::None);
            }
        }
    }
    let mut pending = vec![last];
    let mut seen = 0;
    // The exception, its causes and contexts, and an exception group's members. A script can
    // tie `__context__`/`__cause__` into a loop, hence the bound.
    while let Some(Value::Instance(inst)) = pending.pop() {
        seen += 1;
        if seen > 1000 {
            break;
        }
        let Some(d) = crate::object::exception::exc_data(&inst) else { continue };
        let released: Vec<_> = d.borrow_mut().traceback.iter_mut().filter_map(|e| e.locals.take()).collect();
        let kept = std::mem::take(&mut d.borrow_mut().kept_alive);
        let d = d.borrow();
        pending.extend(d.cause.iter().chain(d.context.iter()).cloned());
        if inst.class().is_subclass(&vm.exc_class(ExcKind::BaseExceptionGroup)) {
            if let Ok(Value::Tuple(members)) = vm.getattr(&Value::Instance(inst.clone()), &Value::str("exceptions")) {
                pending.extend(members.iter().cloned());
            }
        }
        drop(d);
        drop((released, kept));
    }
    vm.run_finalizers();
    phase(vm, false);
}

/// `sys.excepthook` when a script replaced it (it is no longer `sys.__excepthook__`).
fn replaced_excepthook(vm: &Vm) -> Option<Value> {
    let sys = vm.modules.borrow().get_str("sys")?;
    let Value::Module(m) = sys else { return None };
    let d = m.dict.borrow();
    let hook = d.get_str("excepthook")?;
    let original = d.get_str("__excepthook__");
    match original {
        Some(o) if o.is(&hook) => None,
        _ => Some(hook),
    }
}

/// Whether a script deleted `sys.excepthook`.
fn excepthook_missing(vm: &Vm) -> bool {
    match vm.modules.borrow().get_str("sys") {
        Some(Value::Module(m)) => !m.dict.borrow().contains_str("excepthook"),
        _ => false,
    }
}

/// Report an uncaught exception through a script's `sys.excepthook(type, value, traceback)`;
/// if the hook itself raises, both tracebacks are printed as CPython does.
fn call_excepthook(vm: &mut Vm, hook: &Value, inst: &Rc<crate::object::class::Instance>) {
    let value = Value::Instance(inst.clone());
    let tb = vm.getattr(&value, &Value::str("__traceback__")).unwrap_or(Value::None);
    let args = vec![Value::Class(inst.class()), value, tb];
    if let Err(e) = vm.call(hook, args) {
        vm.stdout.flush();
        vm.stderr.write_str("Error in sys.excepthook:\n");
        let hook_exc = vm.materialize(e);
        vm.print_exception(&hook_exc);
        vm.stderr.write_str("\nOriginal exception was:\n");
        vm.print_exception(inst);
    }
}

/// Interpreter shutdown: wait for non-daemon threads, finalize what is left, then flush.
/// False when stdout could not be flushed (reported as CPython's "Exception ignored").
pub fn shutdown(vm: &mut Vm, globals: Rc<RefCell<PyDict>>) -> bool {
    join_threads(vm);
    run_atexit(vm);
    let replaced_flushed = flush_replaced_std_files(vm);
    vm.run_finalizers();
    release_last_exception(vm);
    // CPython clears module globals at exit, which closes suspended generators they hold.
    crate::runtime::task::note_exit_globals(vm, &globals.borrow().values());
    let items = globals.borrow().items();
    globals.borrow_mut().clear();
    drop(items);
    vm.run_finalizers();
    crate::runtime::future::report_leaked_unretrieved(vm);
    vm.stdout.flush();
    let flushed = report_flush_error(vm);
    vm.stderr.flush();
    flushed && replaced_flushed
}

/// CPython's `flush_std_files` for a `sys.stdout`/`sys.stderr` a script replaced (an
/// `io.TextIOWrapper` over `sys.stdout.buffer`, a codecs writer): flushed, unless closed,
/// before module globals go; a failure is reported as unraisable and makes stdout's exit
/// status 120. The interpreter's own streams are flushed last, as before.
fn flush_replaced_std_files(vm: &mut Vm) -> bool {
    let Some(Value::Module(sys)) = vm.modules.borrow().get_str("sys") else { return true };
    let mut ok = true;
    for (name, original) in [("stdout", "__stdout__"), ("stderr", "__stderr__")] {
        let (current, orig) = {
            let d = sys.dict.borrow();
            (d.get_str(name), d.get_str(original))
        };
        let Some(file) = current else { continue };
        if file.is_none() || orig.as_ref().is_some_and(|o| o.is(&file)) {
            continue;
        }
        let closed = match vm.getattr(&file, &Value::str("closed")) {
            Ok(c) => vm.is_true(&c).unwrap_or(false),
            Err(_) => false,
        };
        if closed {
            continue;
        }
        if let Err(e) = vm.call_method(&file, "flush", vec![]) {
            vm.write_unraisable(e, crate::vm::unraisable::Unraisable::Object(file.clone()));
            if name == "stdout" {
                ok = false;
            }
        }
    }
    ok
}

/// A write error left on stdout at exit (a pipe closed by the reader), reported as CPython's
/// `flush_std_files` does.
fn report_flush_error(vm: &mut Vm) -> bool {
    let Some(e) = vm.stdout.take_error() else { return true };
    let inst = vm.materialize(crate::builtins::file::os_error(&e, None));
    vm.stderr.write_str("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n");
    vm.print_exception(&inst);
    false
}

/// The functions registered with `atexit` (stdlib/atexit.py), if the script imported it; as in
/// CPython they run after the non-daemon threads are joined.
fn run_atexit(vm: &mut Vm) {
    let atexit = vm.modules.borrow().get_str("atexit");
    if let Some(m) = atexit {
        if let Ok(f) = vm.getattr(&m, &Value::str("_run_exitfuncs")) {
            if let Err(e) = vm.call(&f, vec![]) {
                let inst = vm.materialize(e);
                vm.print_exception(&inst);
            }
        }
    }
}

/// CPython's `threading._shutdown()`: the main thread waits for every non-daemon thread; then
/// no other thread runs again (daemon threads stay blocked until the process exits).
fn join_threads(vm: &mut Vm) {
    let threading = vm.modules.borrow().get_str("threading");
    if let Some(m) = threading {
        if let Ok(f) = vm.getattr(&m, &Value::str("_shutdown")) {
            if let Err(e) = vm.call(&f, vec![]) {
                let inst = vm.materialize(e);
                vm.print_exception(&inst);
            }
        }
    }
    crate::runtime::gil::finalize();
}
