//! Running one complete interactive input. It is compiled in "single" mode with top-level
//! `await` allowed (CPython's `PyCF_ALLOW_TOP_LEVEL_AWAIT`); code that awaits becomes a
//! coroutine run as a task on the session's loop, other code runs directly while the loop is
//! marked running, as it would inside a loop callback in CPython's asyncio REPL.

use std::cell::RefCell;
use std::rc::Rc;

use crate::compile::{compile_module, CompileOptions, Mode};
use crate::object::generator::{GenKind, Generator};
use crate::object::{ExcKind, PyDict, PyErr, Value};
use crate::runtime::{event_loop, future, task};
use crate::syntax::ast;
use crate::vm::frame::Frame;
use crate::vm::{CodeObj, Vm};

/// The file name interactive input is compiled under: `python -m asyncio`'s (its console is a
/// `code.InteractiveConsole`, whose file name is "<console>"; the plain `python` REPL says
/// "<stdin>"), as corio's REPL is the asyncio one.
pub const FILENAME: &str = "<console>";

/// How an input ended.
pub enum Outcome {
    Done,
    /// `SystemExit` (`exit()`, `quit()`, `sys.exit(n)`): leave with this status.
    Exit(i32),
}

/// Compile and run `module` (parsed from `source`) in `globals`; errors are reported here.
pub fn run(vm: &mut Vm, loop_: &Value, globals: &Rc<RefCell<PyDict>>, module: &ast::Module, source: &str) -> Outcome {
    let opts = CompileOptions { mode: Mode::Interactive, allow_top_level_await: true };
    let code = match compile_module(module, source, FILENAME, &opts) {
        Ok(c) => c,
        Err(e) => {
            report_syntax_error(vm, &e);
            return Outcome::Done;
        }
    };
    // No source attached: like CPython, tracebacks show `<stdin>` lines without their text.
    let code = CodeObj::new(code, None);
    let frame = Frame::new(code.clone(), globals.clone(), None);
    let (result, interrupted) = if code.code.flags.coroutine {
        let coro = Value::Generator(Rc::new(Generator::new(GenKind::Coroutine, Box::new(frame), Rc::from("<module>"), Rc::from("<module>"))));
        let (result, interrupted, t) = run_as_task(vm, loop_, coro);
        match (result, t) {
            (Err(e), Some(t)) if !interrupted && !vm.err_matches(&e, ExcKind::SystemExit) => (Err(through_concurrent_future(vm, &t, e)), false),
            (r, _) => (r, interrupted),
        }
    } else {
        let r = vm.run_frame(frame);
        let interrupted = matches!(&r, Err(e) if vm.err_matches(e, ExcKind::KeyboardInterrupt));
        (r, interrupted)
    };
    vm.stdout.flush();
    match result {
        Ok(_) => Outcome::Done,
        Err(e) if vm.err_matches(&e, ExcKind::SystemExit) => Outcome::Exit(crate::runner::report_uncaught(vm, e)),
        Err(_) if interrupted => {
            // matches CPython's asyncio REPL: an interrupted input prints no traceback.
            vm.stderr.write_str("\nKeyboardInterrupt\n");
            Outcome::Done
        }
        Err(e) => {
            let inst = vm.materialize(e);
            vm.print_exception(&inst);
            Outcome::Done
        }
    }
}

/// Print a SyntaxError the way CPython's console does (no traceback header).
pub fn report_syntax_error(vm: &mut Vm, e: &crate::syntax::SyntaxError) {
    vm.stdout.flush();
    vm.stderr.write_str(&e.render());
    vm.stderr.flush();
}

/// CPython's asyncio REPL hands a task's outcome to the console thread through a
/// `concurrent.futures.Future` (`futures._chain_future`) and raises it with `result()`: a
/// cancelled task raises a fresh `concurrent.futures.CancelledError()`, a `TimeoutError` arrives
/// as a fresh instance without its traceback or cause, other exceptions as they are, below the
/// `result()` frames. The same path is taken here; if it cannot be (the modules fail to
/// import), the task's own error is kept.
fn through_concurrent_future(vm: &mut Vm, t: &Value, original: PyErr) -> PyErr {
    let raised = (|| -> Result<PyErr, PyErr> {
        let cf_mod = vm.import_module("concurrent.futures")?;
        let cf_class = vm.getattr(&cf_mod, &Value::str("Future"))?;
        let cf = vm.call(&cf_class, vec![])?;
        let futures = vm.import_module("asyncio.futures")?;
        let copy = vm.getattr(&futures, &Value::str("_set_concurrent_future_state"))?;
        vm.call(&copy, vec![cf.clone(), t.clone()])?;
        match vm.call_method(&cf, "result", vec![]) {
            Err(e) => Ok(e),
            Ok(_) => Err(PyErr::runtime_error("the task's outcome was lost".to_string())),
        }
    })();
    raised.unwrap_or(original)
}

/// Run `coro` as a task until it is done. Ctrl-C cancels it (background tasks go on) and is
/// reported as an interruption; the result is the task's, with the task.
fn run_as_task(vm: &mut Vm, loop_: &Value, coro: Value) -> (Result<Value, PyErr>, bool, Option<Value>) {
    let t = match task::create_task(vm, loop_, coro, Value::None) {
        Ok(t) => t,
        Err(e) => return (Err(e), false, None),
    };
    let mut interrupted = false;
    while !is_done(&t) {
        match event_loop::run_once(vm, loop_) {
            Ok(()) => {}
            Err(e) if vm.err_matches(&e, ExcKind::KeyboardInterrupt) => {
                if !is_done(&t) {
                    let _ = task::cancel_task(vm, &t, Value::None);
                    interrupted = true;
                }
            }
            // SystemExit raised by a callback or a task: leave the session.
            Err(e) => return (Err(e), false, None),
        }
        clear_stop_request(loop_);
    }
    match future::core_of(&t) {
        Some(core) => (future::result_of(core), interrupted, Some(t)),
        None => (Ok(Value::None), interrupted, Some(t)),
    }
}

fn is_done(t: &Value) -> bool {
    future::core_of(t).map_or(true, |c| c.is_done())
}

/// `loop.stop()` at the prompt does not end the session (the loop runs until the REPL ends).
pub fn clear_stop_request(loop_: &Value) {
    if let Ok(l) = event_loop::loop_of(loop_) {
        l.stopping.set(false);
    }
}
