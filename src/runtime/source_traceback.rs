//! Debug mode's record of where a future, task or handle was made: CPython's
//! `_source_traceback`, the last frames of the stack at creation (a `traceback.StackSummary`),
//! shown as `created at file:line` in reprs and as "Object created at (most recent call
//! last):" in the reports of the default exception handler.

use std::cell::RefCell;
use std::rc::Rc;

use super::asyncio_logger::ASYNCIO_DIR;
use crate::object::{PyResult, Value};
use crate::vm::Vm;

/// How many frames CPython keeps (`asyncio.constants.DEBUG_STACK_DEPTH`).
const DEPTH: usize = 10;

struct Entry {
    filename: Rc<str>,
    line: u32,
    name: Rc<str>,
    /// The source line, for a frame of CPython's asyncio that corio runs natively (its file
    /// is not there to read it from).
    text: Option<&'static str>,
}

/// A frame CPython's stack has where corio runs native code: (file under asyncio/, line,
/// function, source line).
pub type StandIn = (&'static str, u32, &'static str, &'static str);

/// `loop.create_future()`, a Python method in CPython: its frame is the innermost one of the
/// futures it makes.
pub const CREATE_FUTURE: &[StandIn] = &[("base_events.py", 427, "create_future", "return futures.Future(loop=self)")];
/// `asyncio.create_task(coro)`: CPython's `loop.create_task` drops its own frame from the
/// task's record, which ends in `tasks.create_task`.
pub const CREATE_TASK: &[StandIn] = &[("tasks.py", 384, "create_task", "task = loop.create_task(coro)")];
/// `tasks._ensure_future(coro)`, which makes the task.
pub const INNER_ENSURE_FUTURE: &[StandIn] = &[("tasks.py", 680, "_ensure_future", "return loop.create_task(coro_or_future)")];
/// `asyncio.ensure_future(coro)`, which calls `_ensure_future`.
pub const ENSURE_FUTURE: &[StandIn] = &[
    ("tasks.py", 659, "ensure_future", "return _ensure_future(coro_or_future, loop=loop)"),
    ("tasks.py", 680, "_ensure_future", "return loop.create_task(coro_or_future)"),
];

thread_local! {
    /// The stand-in frames of the native calls running now, with the stack depth each began
    /// at: they belong to an object made at that depth (by the native code itself), not to
    /// one a script function it calls makes.
    static STAND_INS: RefCell<Vec<(usize, &'static [StandIn])>> = const { RefCell::new(Vec::new()) };
}

/// Run `f` (a native stand-in for CPython's Python function) with `frames` on top of the
/// stack that debug mode records for the futures and tasks it makes.
pub fn with_stand_in<T>(vm: &mut Vm, frames: &'static [StandIn], f: impl FnOnce(&mut Vm) -> T) -> T {
    let depth = vm.stack_depth();
    STAND_INS.with(|s| s.borrow_mut().push((depth, frames)));
    let out = f(vm);
    STAND_INS.with(|s| {
        s.borrow_mut().pop();
    });
    out
}

/// The stand-in frames for an object made now at `depth`, outermost first.
fn stand_ins_at(depth: usize) -> Vec<Entry> {
    STAND_INS.with(|s| {
        s.borrow()
            .iter()
            .filter(|(d, _)| *d == depth)
            .flat_map(|(_, frames)| frames.iter())
            .map(|(file, line, name, text)| Entry {
                filename: Rc::from(format!("{ASYNCIO_DIR}{file}")),
                line: *line,
                name: Rc::from(*name),
                text: Some(*text),
            })
            .collect()
    })
}

/// The frames, outermost first (the order of `traceback.extract_stack()`).
#[derive(Clone)]
pub struct SourceTraceback(Rc<[Entry]>);

impl SourceTraceback {
    /// The innermost `DEPTH` frames running now.
    pub fn capture(vm: &Vm) -> SourceTraceback {
        let depth = vm.stack_depth();
        let stand_ins = stand_ins_at(depth);
        let n = depth.min(DEPTH.saturating_sub(stand_ins.len()));
        let mut entries: Vec<Entry> = (0..n)
            .filter_map(|level| vm.frame_at_depth(level))
            .map(|f| Entry { filename: f.code.code.filename.clone(), line: f.line(), name: f.code.code.name.clone(), text: None })
            .collect();
        entries.reverse();
        entries.extend(stand_ins);
        let extra = entries.len().saturating_sub(DEPTH);
        entries.drain(..extra);
        SourceTraceback(entries.into())
    }

    /// The innermost frame's `file:line`, as the reprs show it (CPython's
    /// `_source_traceback[-1]`); None for an empty stack, which CPython's reprs leave out too.
    pub fn created_at(&self) -> Option<String> {
        self.0.last().map(|e| format!("{}:{}", e.filename, e.line))
    }

    /// The `_source_traceback` attribute: a `traceback.StackSummary` of `FrameSummary`s.
    pub fn to_value(&self, vm: &mut Vm) -> PyResult<Value> {
        let tb = vm.import_module("traceback")?;
        let frame_summary = vm.getattr(&tb, &Value::str("FrameSummary"))?;
        let mut frames = Vec::with_capacity(self.0.len());
        for e in self.0.iter() {
            let args = vec![Value::str(&e.filename), Value::Int(i64::from(e.line)), Value::str(&e.name)];
            let mut lookup = vec![(Rc::from("lookup_line"), Value::bool(false))];
            if let Some(text) = e.text {
                lookup.push((Rc::from("line"), Value::str(text)));
            }
            frames.push(vm.call_kw(&frame_summary, args, lookup)?);
        }
        let stack_summary = vm.getattr(&tb, &Value::str("StackSummary"))?;
        vm.call(&stack_summary, vec![Value::list(frames)])
    }
}

/// The record for an object made now on `loop_`, if it is in debug mode.
pub fn capture_for(vm: &Vm, loop_: &Value) -> Option<SourceTraceback> {
    let l = super::event_loop::loop_of(loop_).ok()?;
    l.debug.get().then(|| SourceTraceback::capture(vm))
}

/// The default exception handler's rendering of a `source_traceback` or `handle_traceback`
/// context value: `header` and the frames as `traceback.format_list` gives them, without the
/// trailing newline.
pub fn format_for_report(vm: &mut Vm, header: &str, value: &Value) -> PyResult<String> {
    let tb = vm.import_module("traceback")?;
    let format_list = vm.getattr(&tb, &Value::str("format_list"))?;
    let lines = vm.call(&format_list, vec![value.clone()])?;
    let mut frames = String::new();
    for line in vm.collect_iterable(&lines)? {
        frames.push_str(&vm.str(&line)?);
    }
    // CPython strips only the frames' text: an empty list leaves the header's newline.
    Ok(format!("{header}{}", frames.trim_end()))
}

/// Add `source_traceback` to the key/value pairs of an exception handler context when the
/// object has one (CPython's `Future.__del__`, `Task.__del__` and `Handle._run` do).
pub fn add_to_context(vm: &mut Vm, pairs: &mut Vec<Value>, tb: Option<SourceTraceback>) {
    // A traceback module that fails to build one leaves the report as it would be without.
    if let Some(v) = tb.and_then(|tb| tb.to_value(vm).ok()) {
        pairs.push(Value::str("source_traceback"));
        pairs.push(v);
    }
}

/// The `_source_traceback` attribute of a future, task or handle: None outside debug mode.
pub fn attribute(vm: &mut Vm, tb: Option<SourceTraceback>) -> PyResult<Value> {
    match tb {
        Some(tb) => tb.to_value(vm),
        None => Ok(Value::None),
    }
}
