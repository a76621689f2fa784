//! The REPL session: sets up the namespace (with `asyncio` imported) and the one event loop,
//! then alternates between asking the input thread for a line, running the loop until that
//! line arrives (so background tasks keep running), and running each complete input.
//! Output matches `python -m asyncio`: banner and errors on stderr, and when stdin is not a
//! terminal the prompts go to stdout as `input()` writes them.

use std::cell::RefCell;
use std::io::IsTerminal;
use std::rc::Rc;
use std::sync::mpsc::TryRecvError;

use crate::object::{ExcKind, Module, PyDict, Value};
use crate::runtime::{event_loop, future, task};
use crate::syntax::{interactive_status, InputStatus};
use crate::vm::Vm;

use super::input::{Event, InputThread};
use super::statement::{self, Outcome, FILENAME};

/// Whether to greet: `corio` does, `corio -i script.py` goes straight to the prompt.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Banner {
    Show,
    Hide,
}

const PS1: &str = ">>> ";
const PS2: &str = "... ";

/// How many loop turns outstanding tasks get to finish their cancellation at exit.
const SHUTDOWN_TURNS: usize = 1000;

/// Run the REPL in `globals` (a fresh `__main__` namespace when None); returns the exit status.
pub fn run(vm: &mut Vm, globals: Option<Rc<RefCell<PyDict>>>, banner: Banner) -> i32 {
    let globals = globals.unwrap_or_else(|| main_namespace(vm));
    let asyncio = match vm.import_module("asyncio") {
        Ok(m) => m,
        Err(e) => return crate::runner::report_uncaught(vm, e),
    };
    globals.borrow_mut().set_str("asyncio", asyncio);
    install_quitters(vm);
    install_prompts(vm);
    let loop_ = event_loop::new_event_loop(vm);
    crate::runtime::state(vm).locals.event_loop = Some(loop_.clone());
    let waker = match event_loop::attach_waker(&loop_) {
        Ok(w) => w,
        Err(e) => return crate::runner::report_uncaught(vm, e),
    };
    let _ = event_loop::set_running(vm, &loop_, true);
    let terminal = std::io::stdin().is_terminal();
    let history = if terminal { super::history::history_file() } else { None };
    let input = InputThread::spawn(terminal, history, waker);
    if banner == Banner::Show {
        vm.stderr.write_str(&banner_text());
    }
    let mut session = Session { loop_: loop_.clone(), globals: globals.clone(), input, terminal, buffer: Vec::new() };
    let status = session.interact(vm);
    cancel_outstanding_tasks(vm, &loop_);
    let _ = event_loop::set_running(vm, &loop_, false);
    crate::runner::shutdown(vm, globals);
    status
}

/// Analogous to CPython's asyncio REPL banner, naming corio (written to stderr like CPython).
fn banner_text() -> String {
    format!(
        "corio {} asyncio REPL on {}\nUse \"await\" directly instead of \"asyncio.run()\".\nType \"exit()\" or press Ctrl-D to leave.\n{PS1}import asyncio\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    )
}

/// `exit` and `quit` become CPython's site objects, whose repr says how to leave.
fn install_quitters(vm: &mut Vm) {
    let builtins = Value::Dict(vm.builtins.clone());
    let installed = vm
        .import_module("_sitebuiltins")
        .and_then(|m| vm.getattr(&m, &Value::str("install")))
        .and_then(|f| vm.call(&f, vec![builtins]));
    // Without them the plain `exit()`/`quit()` functions still leave the REPL.
    let _ = installed;
}

/// CPython's interactive mode defines `sys.ps1` and `sys.ps2`, which scripts in the session
/// may read or replace.
fn install_prompts(vm: &mut Vm) {
    if let Ok(Value::Module(sys)) = vm.import_module("sys") {
        let mut d = sys.dict.borrow_mut();
        for (name, default) in [("ps1", PS1), ("ps2", PS2)] {
            if !d.contains_str(name) {
                d.set_str(name, Value::str(default));
            }
        }
    }
}

/// The prompt to show: `str(sys.ps1)` (or `sys.ps2` inside a block), as CPython's console
/// reads them before every line; the defaults when they are gone or `str()` fails.
fn prompt(vm: &mut Vm, first_line: bool) -> String {
    let (name, default) = if first_line { ("ps1", PS1) } else { ("ps2", PS2) };
    let value = match vm.import_module("sys") {
        Ok(Value::Module(sys)) => sys.dict.borrow().get_str(name),
        _ => None,
    };
    match value {
        Some(v) => vm.str(&v).unwrap_or_else(|_| default.to_owned()),
        None => default.to_owned(),
    }
}

/// A new `__main__` module's namespace, registered in `sys.modules`.
fn main_namespace(vm: &mut Vm) -> Rc<RefCell<PyDict>> {
    let globals = Rc::new(RefCell::new(PyDict::new()));
    {
        let mut g = globals.borrow_mut();
        g.set_str("__name__", Value::str("__main__"));
        g.set_str("__doc__", Value::None);
        g.set_str("__package__", Value::None);
        g.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    let module = Value::Module(Rc::new(Module { name: Rc::from("__main__"), dict: globals.clone() }));
    vm.modules.borrow_mut().set_str("__main__", module);
    globals
}

struct Session {
    loop_: Value,
    globals: Rc<RefCell<PyDict>>,
    input: InputThread,
    terminal: bool,
    /// The lines of the input being typed (CPython's console buffer).
    buffer: Vec<String>,
}

impl Session {
    /// Read and run inputs until end of input or `SystemExit`; returns the exit status.
    fn interact(&mut self, vm: &mut Vm) -> i32 {
        loop {
            let prompt = prompt(vm, self.buffer.is_empty());
            if !self.terminal {
                // matches CPython: `input()` writes the prompt to stdout when stdin is no tty.
                vm.stdout.write_str(&prompt);
            }
            vm.stdout.flush();
            vm.stderr.flush();
            self.input.request_line(&prompt);
            let event = match self.next_event(vm) {
                Ok(ev) => ev,
                Err(status) => return status,
            };
            match event {
                Event::Line(line) => {
                    if let Outcome::Exit(status) = self.push_line(vm, line) {
                        return status;
                    }
                }
                Event::Interrupted => {
                    // matches CPython's console: Ctrl-C drops the input being typed (the line
                    // editor has already moved to a new line).
                    vm.stderr.write_str("KeyboardInterrupt\n");
                    self.buffer.clear();
                }
                Event::Eof | Event::Complete { .. } => {
                    vm.stderr.write_str("\nexiting asyncio REPL...\n");
                    return 0;
                }
            }
        }
    }

    /// Add a line to the buffer; run the buffered input once it is complete.
    fn push_line(&mut self, vm: &mut Vm, line: String) -> Outcome {
        self.buffer.push(line);
        let source = self.buffer.join("\n");
        match interactive_status(&source, FILENAME) {
            InputStatus::Incomplete => Outcome::Done,
            InputStatus::Invalid(e) => {
                self.buffer.clear();
                statement::report_syntax_error(vm, &e);
                Outcome::Done
            }
            InputStatus::Complete(module) => {
                self.buffer.clear();
                statement::run(vm, &self.loop_, &self.globals, &module, &source)
            }
        }
    }

    /// Run the event loop until the input thread reports a line (answering Tab completion
    /// requests meanwhile). `Err(status)` when a task ended the session with `SystemExit`.
    fn next_event(&mut self, vm: &mut Vm) -> Result<Event, i32> {
        let screen = self.input.printer.is_some();
        if screen {
            vm.stdout.hold(true);
            vm.stderr.hold(true);
        }
        let event = self.wait_for_input(vm);
        if screen {
            self.show_output(vm);
            vm.stdout.hold(false);
            vm.stderr.hold(false);
        }
        event
    }

    /// Complete lines printed while the user edits go above the prompt (see `ScreenPrinter`).
    fn show_output(&mut self, vm: &mut Vm) {
        let Some(printer) = self.input.printer.as_mut() else { return };
        for text in [vm.stdout.take_lines(), vm.stderr.take_lines()].into_iter().flatten() {
            printer.print(&text);
        }
    }

    fn wait_for_input(&mut self, vm: &mut Vm) -> Result<Event, i32> {
        loop {
            match self.input.events.try_recv() {
                Ok(Event::Complete { line, pos }) => {
                    let answer = super::completion::complete(vm, &self.globals, &line, pos);
                    let _ = self.input.completions.send(answer);
                    continue;
                }
                Ok(event) => return Ok(event),
                Err(TryRecvError::Disconnected) => return Ok(Event::Eof),
                Err(TryRecvError::Empty) => {}
            }
            if let Err(e) = event_loop::run_once(vm, &self.loop_) {
                if vm.err_matches(&e, ExcKind::SystemExit) {
                    return Err(crate::runner::report_uncaught(vm, e));
                }
                // Ctrl-C while no input runs (only possible with piped input) interrupts
                // nothing; other errors escaping the loop are reported and the session goes on.
                if !vm.err_matches(&e, ExcKind::KeyboardInterrupt) {
                    let inst = vm.materialize(e);
                    vm.print_exception(&inst);
                }
            }
            statement::clear_stop_request(&self.loop_);
            self.show_output(vm);
        }
    }
}

/// Leaving the REPL cancels the tasks still pending and lets them run their cancellation
/// (`finally` blocks, `except CancelledError`) for a bounded number of loop turns.
fn cancel_outstanding_tasks(vm: &mut Vm, loop_: &Value) {
    let pending = |vm: &mut Vm| -> Vec<Value> {
        let tasks = crate::runtime::state(vm).live_tasks();
        tasks.into_iter().filter(|t| future::core_of(t).is_some_and(|c| !c.is_done())).collect()
    };
    for t in pending(vm) {
        let _ = task::cancel_task(vm, &t, Value::None);
    }
    for _ in 0..SHUTDOWN_TURNS {
        if pending(vm).is_empty() || event_loop::run_once(vm, loop_).is_err() {
            break;
        }
    }
    vm.stdout.flush();
}
