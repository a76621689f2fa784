//! `asyncio.Task` (`_asyncio.Task`): a Future that drives a coroutine one step per loop callback.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use super::future::{self, FutureCore, FutureState};
use super::RuntimeClasses;
use crate::builtins::arg;
use crate::modules::contextvars;
use crate::object::function::NativeKind;
use crate::object::{Args, Class, ExcKind, NativeObject, PyErr, PyResult, Value};
use crate::vm::generator::{Resume, Step};
use crate::vm::Vm;

pub struct Task {
    pub core: FutureCore,
    pub coro: Value,
    /// The name, or `Int(n)` for the default `Task-n` until someone asks for it: CPython
    /// numbers every unnamed task at creation, but only makes the string when it is read;
    /// with the task's `contextvars.Context`, if it has one (see `Label`).
    /// (A `Cell`, read by take-clone-put-back, to save a `RefCell`'s borrow flag per task.)
    label: Cell<Label>,
    /// The future this task is blocked on (`_fut_waiter`); read through `fut_waiter()`.
    fut_waiter: Cell<Option<Value>>,
    class: Rc<Class>,
}

/// A task's name and the `contextvars.Context` every step runs in (CPython's `_context`). No
/// context is the empty one, so a program that never uses contextvars stores nothing; the two
/// share a field to keep Task within its size budget (a task with a context boxes the pair
/// once, at creation or when its first step sets a variable).
enum Label {
    Name(Value),
    InContext(Box<(Value, crate::object::NativeRef)>),
}

impl Label {
    fn new(name: Value, context: Option<crate::object::NativeRef>) -> Label {
        match context {
            Some(c) => Label::InContext(Box::new((name, c))),
            None => Label::Name(name),
        }
    }
}

impl Task {
    /// Work on the label (taken out and put back; `f` must not reach this task's label).
    fn with_label<R>(&self, f: impl FnOnce(&mut Label) -> R) -> R {
        let mut label = self.label.replace(Label::Name(Value::None));
        let r = f(&mut label);
        self.label.set(label);
        r
    }

    /// The name as a string value (the default one made, and kept, on first use).
    pub fn name_value(&self) -> Value {
        self.with_label(|l| {
            let name = match l {
                Label::Name(n) => n,
                Label::InContext(b) => &mut b.0,
            };
            if let Value::Int(n) = name {
                *name = Value::string(format!("Task-{n}"));
            }
            name.clone()
        })
    }

    fn set_name_value(&self, v: Value) {
        self.with_label(|l| match l {
            Label::Name(n) => *n = v,
            Label::InContext(b) => b.0 = v,
        })
    }

    /// The task's context, if it has one.
    fn context(&self) -> Option<Value> {
        self.with_label(|l| match l {
            Label::Name(_) => None,
            Label::InContext(b) => Some(Value::Native(b.1.clone())),
        })
    }

    /// Give a task without a context the one its step made.
    fn adopt_context(&self, ctx: crate::object::NativeRef) {
        self.with_label(|l| {
            if let Label::Name(n) = l {
                let name = std::mem::replace(n, Value::None);
                *l = Label::InContext(Box::new((name, ctx)));
            }
        })
    }

    /// The object user code knows this task as: its subclass instance while pending, else `tv`.
    /// For a script subclass of Task (`MyTask(coro, loop=loop)`) the task holds the instance
    /// the user made (which wraps it) while pending, so `current_task()`, `all_tasks()` and
    /// done callbacks see that very object, as in CPython; it lets go when the task finishes,
    /// which breaks the instance -> task -> instance cycle.
    pub fn identity(&self, tv: &Value) -> Value {
        match self.core.wrapper() {
            Some(i) => Value::Instance(i),
            None => tv.clone(),
        }
    }

    /// The future this task is blocked on, if any.
    pub fn fut_waiter(&self) -> Option<Value> {
        let waiter = self.fut_waiter.take();
        self.fut_waiter.set(waiter.clone());
        waiter
    }
}

/// matches CPython's `Task.__del__` / `Future.__del__`: a task that dies still pending reports
/// "Task was destroyed but it is pending!", one holding an exception nobody retrieved reports
/// that, both through the loop's exception handler. The dying task's state moves into a new
/// task object (the report needs a live one to show as `task:` / `future:`).
impl Drop for Task {
    /// As CPython's dealloc: the report of a task that died pending or with an exception
    /// never retrieved, then its coroutine released, then its own memory (whose block is
    /// so the one reused first).
    fn drop(&mut self) {
        let block = self.core.task_block.replace(0);
        self.report_if_unfinished_business();
        drop(std::mem::replace(&mut self.coro, Value::None));
        super::task_addresses::give_back(block);
    }
}

impl Task {
    fn report_if_unfinished_business(&mut self) {
        let pending = matches!(&*self.core.state.borrow(), FutureState::Pending);
        if pending {
            if self.core.log_destroy_pending.get() {
                self.report_destroyed_pending();
            }
            return;
        }
        if !self.core.log_traceback.replace(false) {
            return;
        }
        let exc = match &*self.core.state.borrow() {
            FutureState::Exception(e) => e.clone(),
            _ => return,
        };
        let loop_ = self.core.loop_.clone();
        let heir = self.heir();
        *heir.core.state.borrow_mut() = FutureState::Exception(exc.clone());
        // matches CPython's "{type name} exception was never retrieved".
        let message = format!("{} exception was never retrieved", heir.class.name());
        future::report_unretrieved(message, loop_, Value::Instance(exc), Value::Native(crate::object::NativeRef::new(heir)));
    }
}

/// At exit: report the tasks still alive and pending, held by reference cycles (the task ->
/// its coroutine -> the future it waits on -> the task's wakeup callback), which CPython's
/// collection at finalization frees. As there, the coroutine is finalized (closed) first, so
/// the report shows it done.
///
/// A task whose loop is still open and holds it (its timer sits in the loop's heap) is not
/// in a cycle of its own: it lives as long as that loop. CPython never frees a loop that is
/// still its thread's current one (`set_event_loop`, or the loop `get_event_loop()` made):
/// nothing is reported and the coroutine's `finally` never runs. A loop a module global
/// holds dies while the modules are cleared, after the collection: its tasks are reported
/// last, while their coroutines are still running, and closed after.
pub fn report_leaked_pending(vm: &mut Vm) {
    if vm.runtime.is_none() {
        return;
    }
    let mut late = Vec::new();
    for tv in super::state(vm).live_tasks() {
        let Some(t) = tv.downcast::<Task>() else { continue };
        if !matches!(&*t.core.state.borrow(), FutureState::Pending) || !t.core.log_destroy_pending.replace(false) {
            continue;
        }
        match loop_hold(vm, t, &tv) {
            LoopHold::None => {
                close_coro(vm, t);
                report_pending_at_exit(vm, &tv, t);
            }
            LoopHold::Current => {}
            LoopHold::Global => late.push(tv.clone()),
        }
    }
    for tv in late {
        let Some(t) = tv.downcast::<Task>() else { continue };
        report_pending_at_exit(vm, &tv, t);
        // A loop that is not the current one is freed with the module too, and CPython's
        // `BaseEventLoop.__del__` closes it first: a coroutine whose cleanup schedules a
        // callback (Queue.get cancelling its getter) then fails with "Event loop is closed".
        let loop_ = t.core.loop_.clone();
        let current = super::state(vm).locals.event_loop.as_ref().is_some_and(|c| c.is(&loop_));
        if !current && super::event_loop::loop_of(&loop_).is_ok_and(|l| !l.closed.get() && !l.running.get()) {
            let _ = vm.call_method(&loop_, "close", vec![]);
        }
        close_coro(vm, t);
    }
}

/// What keeps a pending task alive at exit besides reference cycles.
enum LoopHold {
    None,
    /// Its open loop is the thread's current event loop.
    Current,
    /// Its open loop is a global of the main module, or a global reaches the task or the
    /// future it waits on (a queue's getter): freed as the module is cleared.
    Global,
}

/// Whether the task's open loop holds it through a timer (what `sleep` waits on).
fn timer_hold(vm: &mut Vm, t: &Task) -> LoopHold {
    let loop_ = &t.core.loop_;
    let Ok(l) = super::event_loop::loop_of(loop_) else { return LoopHold::None };
    if l.closed.get() {
        return LoopHold::None;
    }
    let waiter = t.fut_waiter();
    let held = waiter.as_ref().is_some_and(|w| l.timers.borrow().references(w));
    if !held {
        return LoopHold::None;
    }
    if super::state(vm).locals.event_loop.as_ref().is_some_and(|c| c.is(loop_)) {
        return LoopHold::Current;
    }
    if super::state(vm).exit_global_loops.iter().any(|g| super::event_loop::loop_of(g).is_ok_and(|g| std::ptr::eq(g, l))) {
        return LoopHold::Global;
    }
    LoopHold::None
}

fn loop_hold(vm: &mut Vm, t: &Task, tv: &Value) -> LoopHold {
    match timer_hold(vm, t) {
        LoopHold::None if super::state(vm).exit_global_tasks.contains(&tv.ptr().unwrap_or(0)) => LoopHold::Global,
        hold => hold,
    }
}

/// Shutdown is about to clear the main module's globals: remember the loops among them.
pub fn note_exit_globals(vm: &mut Vm, globals: &[Value]) {
    if vm.runtime.is_none() {
        return;
    }
    let loops: Vec<Value> = globals.iter().filter(|v| super::loop_subclass::is_loop(v)).cloned().collect();
    super::state(vm).exit_global_loops = loops;
    // The pending tasks (or the futures they wait on) the globals reach.
    let mut targets = Vec::new();
    let mut owners = Vec::new();
    for tv in super::state(vm).live_tasks() {
        let Some(t) = tv.downcast::<Task>() else { continue };
        if !matches!(&*t.core.state.borrow(), FutureState::Pending) || !t.core.log_destroy_pending.get() {
            continue;
        }
        let key = tv.ptr().unwrap_or(0);
        let shown = t.identity(&tv);
        owners.push((shown.ptr().unwrap_or(0), key));
        targets.push(shown);
        if let Some(w) = t.fut_waiter() {
            owners.push((w.ptr().unwrap_or(0), key));
            targets.push(w);
        }
    }
    if targets.is_empty() {
        return;
    }
    let found = (|| -> PyResult<Value> {
        let m = vm.import_module("asyncio.base_events")?;
        let f = vm.getattr(&m, &Value::str("_reached_from"))?;
        let roots = Value::list(globals.to_vec());
        let targets = Value::list(targets.clone());
        vm.call(&f, vec![roots, targets])
    })();
    let Ok(found) = found else { return };
    let Ok(ids) = vm.collect_iterable(&found) else { return };
    let ids: Vec<usize> = ids.iter().filter_map(|v| if let Value::Int(i) = v { Some(*i as usize) } else { None }).collect();
    let held: Vec<usize> = owners.iter().filter(|(obj, _)| ids.contains(obj)).map(|(_, task)| *task).collect();
    super::state(vm).exit_global_tasks = held;
}

fn close_coro(vm: &mut Vm, t: &Task) {
    let coro = t.coro.clone();
    // matches CPython's coroutine finalizer: an error closing it (a Queue.get cancelling
    // its getter on a closed loop) is "Exception ignored in: <coroutine object ...>".
    if let Err(e) = vm.call_method(&coro, "close", vec![]) {
        vm.write_unraisable(e, crate::vm::unraisable::Unraisable::Object(coro));
    }
}

fn report_pending_at_exit(vm: &mut Vm, tv: &Value, t: &Task) {
    let task = t.identity(tv);
    let loop_ = t.core.loop_.clone();
    let mut pairs = vec![Value::str("message"), Value::str("Task was destroyed but it is pending!"), Value::str("task"), task];
    super::source_traceback::add_to_context(vm, &mut pairs, t.core.source_traceback());
    if let Ok(ctx) = vm.new_dict_from_pairs(pairs) {
        // A failing handler has nowhere to report to but the handler machinery itself.
        let _ = super::event_loop::call_exception_handler(vm, &loop_, ctx);
    }
}

/// The hash CPython would give `v` when it is a native task: its modelled address, rotated
/// (see `task_addresses`); None for anything else.
pub fn modelled_hash(v: &Value) -> Option<i64> {
    let t = v.downcast::<Task>()?;
    match t.core.task_block.get() {
        0 => None,
        slot => Some(super::task_addresses::hash_of(slot)),
    }
}

impl Task {
    /// A task taking over this dying one's coroutine, name and creation point (for a report).
    fn heir(&mut self) -> Task {
        let heir = Task {
            core: FutureCore::new(self.core.loop_.clone()),
            coro: std::mem::replace(&mut self.coro, Value::None),
            label: Cell::new(self.label.replace(Label::Name(Value::None))),
            fut_waiter: Cell::new(self.fut_waiter.take()),
            class: self.core.subclass().unwrap_or_else(|| self.class.clone()),
        };
        heir.core.set_source_traceback(self.core.source_traceback());
        heir.core.log_destroy_pending.set(false);
        heir
    }

    /// CPython's `{'task': task, 'message': 'Task was destroyed but it is pending!'}` report,
    /// made once the current operation finishes; the coroutine dies (and warns it was never
    /// awaited, if so) after the report, as in CPython.
    fn report_destroyed_pending(&mut self) {
        let loop_ = self.core.loop_.clone();
        let callbacks = std::mem::take(&mut *self.core.callbacks.borrow_mut());
        let heir = self.heir();
        *heir.core.callbacks.borrow_mut() = callbacks;
        let heir = Value::Native(crate::object::NativeRef::new(heir));
        crate::vm::finalize::enqueue(crate::vm::finalize::Pending::Run(Box::new(move |vm: &mut Vm| {
            let tb = super::future::core_of(&heir).and_then(|c| c.source_traceback());
            let mut pairs = vec![Value::str("message"), Value::str("Task was destroyed but it is pending!"), Value::str("task"), heir];
            super::source_traceback::add_to_context(vm, &mut pairs, tb);
            if let Ok(ctx) = vm.new_dict_from_pairs(pairs) {
                // A failing handler has nowhere to report to but the handler machinery itself.
                let _ = super::event_loop::call_exception_handler(vm, &loop_, ctx);
            }
        })));
    }
}

impl NativeObject for Task {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn weakrefable(&self) -> bool {
        true
    }
    fn instance_dict(&self, create: bool) -> Option<Rc<std::cell::RefCell<crate::object::PyDict>>> {
        self.core.instance_dict(create)
    }
}

/// Whether `v` is a task: a native one or a script subclass's instance around one.
pub fn is_task(v: &Value) -> bool {
    task(v).is_ok()
}

/// `_asyncio._task_context(task)`: the context the task's steps run in, or None while it has
/// none (it never set a variable before contextvars came into use). asyncio.Runner keeps the
/// one its first main task made, so later `run()` calls share it as in CPython.
pub fn m_task_context(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tv = crate::builtins::arg(&args, 0);
    let t = task(&tv)?;
    Ok(t.context().unwrap_or(Value::None))
}

fn task(v: &Value) -> PyResult<&Task> {
    // A script subclass of Task wraps the native task as its payload (as `future::core_of`
    // unwraps a Future subclass), so Task methods work on it as in CPython.
    let native = match v {
        Value::Instance(i) => match &i.payload {
            crate::object::Payload::Builtin(b) => b,
            _ => v,
        },
        _ => v,
    };
    native.downcast::<Task>().ok_or_else(|| PyErr::type_error("descriptor requires a '_asyncio.Task' object"))
}

pub fn install(_vm: &mut Vm, c: &RuntimeClasses) {
    use crate::builtins::{def_method, def_new};
    let t = &c.task;
    def_new(t, task_new);
    def_method(t, "get_name", get_name);
    def_method(t, "set_name", set_name);
    def_method(t, "get_coro", get_coro);
    // CPython's Task exposes its coroutine as `_coro` as well.
    crate::builtins::def_getter(t, "_coro", get_coro);
    def_method(t, "cancelling", cancelling);
    def_method(t, "uncancel", uncancel);
    def_method(t, "__repr__", repr);
    def_method(t, "get_stack", get_stack);
    def_method(t, "print_stack", print_stack);
}

fn task_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Subclasses take their own `__init__` arguments; only Task itself binds them here.
    if matches!(args.pos.first(), Some(Value::Class(c)) if Rc::ptr_eq(c, &super::classes(vm).task)) {
        super::clinic::init_args(&args, "Task", Some("coro"), &["loop", "name", "context"])?;
    }
    let coro = args.arg(1, "coro").cloned().unwrap_or(Value::None);
    let loop_ = match args.kwarg("loop") {
        Some(l) if !l.is_none() => l.clone(),
        _ => super::events::get_event_loop_value(vm)?,
    };
    // As CPython's future_init (run before the coroutine is checked): `loop.get_debug()`.
    if loop_.downcast::<super::event_loop::EventLoop>().is_none() {
        vm.call_method(&loop_, "get_debug", vec![])?;
    }
    let name = args.kwarg("name").cloned().unwrap_or(Value::None);
    let context = args.kwarg("context").cloned().filter(|c| !c.is_none());
    let cls = match args.pos.first() {
        Some(Value::Class(c)) if !Rc::ptr_eq(c, &super::classes(vm).task) => c.clone(),
        _ => return create_task_in(vm, &loop_, coro, name, context),
    };
    // A subclass: make its instance here, around the native task, before the first step is
    // scheduled, so the task runs as (and reports itself as) that instance.
    let n = build_task(vm, &loop_, coro, name, context)?;
    let inst = Rc::new(crate::object::Instance {
        class: std::cell::RefCell::new(cls),
        dict: Rc::new(std::cell::RefCell::new(crate::object::PyDict::new())),
        payload: crate::object::Payload::Builtin(Value::Native(n.clone())),
    });
    if let Some(t) = n.downcast::<Task>() {
        t.core.set_wrapper(Some(inst.clone()));
    }
    let tv = Value::Instance(inst);
    super::state(vm).register_task(&Value::Native(n));
    schedule_step(vm, &loop_, &tv)?;
    Ok(tv)
}

/// Whether `v` can be driven by a Task.
pub fn is_coroutine(v: &Value) -> bool {
    match v {
        // matches CPython 3.11's asyncio.iscoroutine, which still accepts (legacy
        // generator-based) generator objects: a task steps them like a coroutine.
        Value::Generator(g) => matches!(g.kind, crate::object::generator::GenKind::Coroutine | crate::object::generator::GenKind::Generator),
        Value::Instance(i) => implements_coroutine_abc(&i.class.borrow()),
        _ => {
            v.downcast::<super::sleep::Sleep>().is_some()
                || v.downcast::<super::native_sync::SyncCoro>().is_some()
                || v.downcast::<crate::builtins::generator::AsyncGenAwaitable>().is_some()
        }
    }
}

/// matches CPython's `collections.abc.Coroutine.__subclasshook__` (which `iscoroutine` and
/// `create_task` rely on): a class defining `__await__`, `send`, `throw` and `close` (none of
/// them set to None) is a coroutine type.
fn implements_coroutine_abc(cls: &crate::object::Class) -> bool {
    ["__await__", "send", "throw", "close"].iter().all(|m| cls.lookup(m).map_or(false, |v| !v.is_none()))
}

/// One step of a coroutine that is not a native one (an `aclose()`/`asend()` awaitable, an
/// instance of a class implementing the Coroutine ABC): CPython's Task calls its `send` or
/// `throw` method, and a StopIteration it raises is the return value.
fn resume_by_methods(vm: &mut Vm, coro: &Value, how: Resume) -> PyResult<Step> {
    let r = match how {
        Resume::Send(v) => vm.call_method(coro, "send", vec![v]),
        Resume::Throw(e) => {
            let exc = Value::Instance(vm.materialize(e));
            vm.call_method(coro, "throw", vec![exc])
        }
    };
    match r {
        Ok(value) => Ok(Step::Yield { value, from_root: false }),
        Err(e) if vm.err_matches(&e, crate::object::ExcKind::StopIteration) => Ok(Step::Return(vm.stop_iteration_value(&e))),
        Err(e) => Err(e),
    }
}

/// `loop.create_task(coro, name=None)`: the task runs in a copy of the current context.
pub fn create_task(vm: &mut Vm, loop_: &Value, coro: Value, name: Value) -> PyResult<Value> {
    create_task_in(vm, loop_, coro, name, None)
}

/// `loop.create_task(coro, name=None, context=None)`: the task's first step is scheduled with
/// `call_soon`; `context` (or, when None, a snapshot of the current one) is where every step
/// runs.
pub fn create_task_in(vm: &mut Vm, loop_: &Value, coro: Value, name: Value, context: Option<Value>) -> PyResult<Value> {
    let tv = Value::Native(build_task(vm, loop_, coro, name, context)?);
    super::state(vm).register_task(&tv);
    schedule_step(vm, loop_, &tv)?;
    Ok(tv)
}

/// A new native task, not yet registered or scheduled.
fn build_task(vm: &mut Vm, loop_: &Value, coro: Value, name: Value, context: Option<Value>) -> PyResult<crate::object::NativeRef> {
    if !is_coroutine(&coro) {
        let r = vm.repr(&coro)?;
        return Err(PyErr::type_error(format!("a coroutine was expected, got {r}")));
    }
    let context = match context {
        Some(Value::Native(c)) if c.downcast::<contextvars::Context>().is_some() => Some(c),
        // matches CPython's `PyContext_Enter` check (made at creation here, not at the step).
        Some(_) => return Err(PyErr::type_error("an instance of Context was expected")),
        None => match contextvars::capture() {
            Some(Value::Native(c)) => Some(c),
            _ => None,
        },
    };
    let name = if name.is_none() {
        Value::Int(super::state(vm).next_task_number() as i64)
    } else {
        Value::string(vm.str(&name)?)
    };
    let class = super::classes(vm).task.clone();
    let t = crate::object::NativeRef::new(Task {
        core: FutureCore::new(loop_.clone()),
        coro,
        label: Cell::new(Label::new(name, context)),
        fut_waiter: Cell::new(None),
        class,
    });
    let source_tb = super::source_traceback::capture_for(vm, loop_);
    if let Some(t) = t.downcast::<Task>() {
        t.core.set_source_traceback(source_tb);
        t.core.task_block.set(super::task_addresses::take());
    }
    Ok(t)
}

/// `loop.call_soon(task.__step)`.
fn schedule_step(vm: &mut Vm, loop_: &Value, task: &Value) -> PyResult<()> {
    super::event_loop::schedule_ready(vm, loop_, super::ready::Ready::Step(task.clone()))
}

/// `loop.call_soon(task.__wakeup, fut)`: the future the task awaited is done.
pub fn schedule_wakeup(vm: &mut Vm, loop_: &Value, task: Value, fut: Value) -> PyResult<()> {
    super::event_loop::schedule_ready(vm, loop_, super::ready::Ready::Wakeup { task, fut })
}

/// The task whose step or wake-up `cb` is (for debug reports, which name the task).
pub fn task_of_callback(cb: &Value) -> Option<Value> {
    match cb {
        Value::Builtin(b) if matches!(b.name.as_ref(), "task_step" | "task_wakeup") => {
            b.bound.clone().filter(|t| t.downcast::<Task>().is_some())
        }
        _ => None,
    }
}

/// `task.__step` as a callable (for a step that throws an exception in, and for handles).
pub fn step_callback(task: &Value) -> Value {
    bound_native("task_step", task_step, task)
}

/// A native function with `task` bound as its first argument.
fn bound_native(name: &'static str, func: crate::object::NativeFn, task: &Value) -> Value {
    thread_local! {
        // Every pending task holds one of these callbacks: share their names.
        static NAMES: std::cell::RefCell<Vec<(&'static str, Rc<str>)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let name = NAMES.with(|n| {
        let mut n = n.borrow_mut();
        if let Some((_, rc)) = n.iter().find(|(k, _)| *k == name) {
            return rc.clone();
        }
        let rc: Rc<str> = Rc::from(name);
        n.push((name, rc.clone()));
        rc
    });
    Value::Builtin(Rc::new(crate::object::BuiltinFunction::new(
        name,
        func,
        NativeKind::Function,
        Some(task.clone()),
        None,
        crate::builtins::arity::Arity::Any,
    )))
}

/// `task.__wakeup` as a callable (for handles made in debug mode or for an error report).
pub fn wakeup_callback(task: &Value) -> Value {
    bound_native("task_wakeup", task_wakeup, task)
}

/// Callback: `task.__step(exc=None)`.
fn task_step(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = arg(&args, 0);
    let exc = args.pos.get(1).cloned();
    step(vm, &t, exc.map(value_to_err))?;
    Ok(Value::None)
}

fn value_to_err(v: Value) -> PyErr {
    match v {
        Value::Instance(i) => PyErr::from_instance(i),
        _ => PyErr::runtime_error("bad exception"),
    }
}

/// Callback added to the awaited future: `task.__wakeup(fut)`.
fn task_wakeup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wakeup(vm, &arg(&args, 0), &arg(&args, 1))?;
    Ok(Value::None)
}

/// `task.__wakeup(fut)`: step the task, throwing in the exception `fut` ended with.
pub fn wakeup(vm: &mut Vm, task: &Value, fut: &Value) -> PyResult<()> {
    let exc = match future::core_of(fut) {
        Some(c) => future::result_of(c).err(),
        None => None,
    };
    step(vm, task, exc)
}

/// One step of the task's coroutine (CPython's `Task.__step`).
pub fn step(vm: &mut Vm, tv: &Value, exc: Option<PyErr>) -> PyResult<()> {
    // matches CPython's `Task.__step`, which runs inside the task's context. The switch is
    // kept out of this path entirely: a program that never used contextvars pays one load.
    if contextvars::in_use() {
        return step_in_context(vm, tv, exc);
    }
    step_body(vm, tv, exc, false)
}

/// `step` once contextvars is in use: the whole step runs inside the task's context.
#[cold]
#[inline(never)]
fn step_in_context(vm: &mut Vm, tv: &Value, exc: Option<PyErr>) -> PyResult<()> {
    let entered = enter_context(vm, task(tv)?)?;
    let r = step_body(vm, tv, exc, true);
    leave_context(task(tv)?, Some(entered));
    r
}

fn step_body(vm: &mut Vm, tv: &Value, exc: Option<PyErr>, in_context: bool) -> PyResult<()> {
    let t = task(tv)?;
    // The task as user code knows it (a subclass instance), for current_task() and for the
    // done callbacks; a wake-up only holds the native task.
    let ident = t.identity(tv);
    let r = step_inner(vm, &ident, exc, in_context);
    let t = task(tv)?;
    if t.core.is_done() {
        if let Some(inst) = t.core.wrapper() {
            t.core.set_wrapper(None);
            t.core.set_subclass(inst.class());
        }
    }
    r
}

fn step_inner(vm: &mut Vm, tv: &Value, mut exc: Option<PyErr>, in_context: bool) -> PyResult<()> {
    let t = task(tv)?;
    if t.core.is_done() {
        return Err(PyErr::new(ExcKind::InvalidStateError, "_step(): already done"));
    }
    let cancelling = t.core.must_cancel.get();
    if cancelling {
        if !matches!(&exc, Some(e) if vm.err_matches(e, ExcKind::CancelledError)) {
            exc = Some(future::cancelled_error(&t.core));
        }
        t.core.must_cancel.set(false);
    }
    let waiter = t.fut_waiter.take();
    if super::native_streams::any_delivered() {
        if let Some(w) = &waiter {
            super::native_streams::task_resumes(w, cancelling);
        }
    }
    drop(waiter);
    let prev = super::state(vm).enter_task(tv.clone());
    let how = match exc {
        None => Resume::Send(Value::None),
        Some(e) => Resume::Throw(e),
    };
    // `t` lives as long as `tv`, and a task's coroutine is never replaced while it lives.
    let r = resume_coro(vm, &t.coro, how);
    if crate::vm::finalize::has_pending() {
        // In CPython a finished coroutine's locals die as it returns, inside the step: run what
        // their deaths queued (generator closes, task reports) before the result is set.
        vm.run_finalizers();
    }
    super::state(vm).leave_task(prev);
    let t = task(tv)?;
    if !in_context && contextvars::in_use() {
        // contextvars was first used during this step: the context it made is this task's.
        leave_context(t, None);
    }
    match r {
        Ok(Step::Return(v)) => {
            if t.core.must_cancel.get() {
                t.core.must_cancel.set(false);
                let msg = t.core.cancel_message();
                future::cancel_future(vm, tv, msg)?;
            } else {
                future::set_result_value(vm, tv, v)?;
            }
        }
        Ok(Step::Yield { value, .. }) => handle_yield(vm, tv, value)?,
        Err(e) if vm.err_matches(&e, ExcKind::CancelledError) => {
            // Matches CPython 3.11: keep the coroutine's own CancelledError for the first awaiter
            // and cancel the future itself without a message.
            let inst = vm.materialize(e);
            t.core.set_cancelled_exc(Value::Instance(inst));
            future::cancel_future(vm, tv, Value::None)?;
        }
        Err(e) if vm.err_matches(&e, ExcKind::KeyboardInterrupt) || vm.err_matches(&e, ExcKind::SystemExit) => {
            let inst = vm.materialize(e);
            future::set_exception_value(vm, tv, Value::Instance(inst.clone()))?;
            return Err(PyErr::from_instance(inst));
        }
        Err(e) => {
            let inst = vm.materialize(e);
            future::set_exception_value(vm, tv, Value::Instance(inst))?;
        }
    }
    Ok(())
}

/// Make the task's context current for a step; returns it with the caller's, for
/// `leave_context`.
#[cold]
#[inline(never)]
fn enter_context(vm: &mut Vm, t: &Task) -> PyResult<(Option<Value>, Option<Value>)> {
    let ctx = t.context();
    let prev = contextvars::enter_scheduled(vm, ctx.as_ref())?;
    Ok((ctx, prev))
}

/// After a step: give the caller its context back (`entered` is what `enter_context` returned,
/// or none when contextvars was first used during the step: no thread had a context before,
/// so the one made now is this task's). A context made lazily during the step stays the
/// task's for its next steps.
#[cold]
#[inline(never)]
fn leave_context(t: &Task, entered: Option<(Option<Value>, Option<Value>)>) {
    let (ctx, made) = match entered {
        Some((ctx, prev)) => {
            let made = contextvars::leave_scheduled(ctx.as_ref(), prev);
            (ctx, made)
        }
        None => (None, contextvars::swap_current(None)),
    };
    if let (None, Some(Value::Native(m))) = (ctx, made) {
        t.adopt_context(m);
    }
}

fn resume_coro(vm: &mut Vm, coro: &Value, how: Resume) -> PyResult<Step> {
    match coro {
        Value::Generator(g) => vm.resume(g, how),
        other if other.downcast::<super::native_sync::SyncCoro>().is_some() => super::native_sync::resume(vm, other, how),
        other if other.downcast::<super::sleep::Sleep>().is_some() => super::sleep::resume_sleep(vm, other, how),
        other => resume_by_methods(vm, other, how),
    }
}

fn handle_yield(vm: &mut Vm, tv: &Value, result: Value) -> PyResult<()> {
    let t = task(tv)?;
    let loop_ = t.core.loop_.clone();
    if let Some(c) = future::core_of(&result) {
        if !same_loop(&c.loop_, &loop_) {
            // matches CPython's task step: a future of another loop is refused.
            let r = vm.repr(tv)?;
            let fr = vm.repr(&result)?;
            let e = PyErr::runtime_error(format!("Task {r} got Future {fr} attached to a different loop"));
            let ev = Value::Instance(vm.materialize(e));
            return super::event_loop::call_soon(vm, &loop_, step_callback(tv), vec![ev]).map(|_| ());
        }
        if c.blocking.get() {
            if std::ptr::eq(c, &t.core) {
                let r = vm.repr(tv)?;
                let e = PyErr::runtime_error(format!("Task cannot await on itself: {r}"));
                let ev = Value::Instance(vm.materialize(e));
                return super::event_loop::call_soon(vm, &loop_, step_callback(tv), vec![ev]).map(|_| ());
            }
            c.blocking.set(false);
            let native = match tv {
                Value::Instance(i) => match &i.payload {
                    crate::object::Payload::Builtin(b) => b.clone(),
                    _ => tv.clone(),
                },
                _ => tv.clone(),
            };
            future::add_callback(vm, &result, future::DoneCallback::Wakeup(future::DoneCallback::native(&native)?))?;
            t.fut_waiter.set(Some(result.clone()));
            if t.core.must_cancel.get() {
                let msg = t.core.cancel_message();
                if cancel_any(vm, &result, msg)? {
                    t.core.must_cancel.set(false);
                }
            }
            return Ok(());
        }
        let r = vm.repr(tv)?;
        let fr = vm.repr(&result)?;
        let e = PyErr::runtime_error(format!("yield was used instead of yield from in task {r} with {fr}"));
        let ev = Value::Instance(vm.materialize(e));
        return super::event_loop::call_soon(vm, &loop_, step_callback(tv), vec![ev]).map(|_| ());
    }
    if result.is_none() {
        // A bare yield gives up control for one loop iteration.
        return schedule_step(vm, &loop_, tv);
    }
    let fr = vm.repr(&result)?;
    let e = PyErr::runtime_error(format!("Task got bad yield: {fr}"));
    let ev = Value::Instance(vm.materialize(e));
    super::event_loop::call_soon(vm, &loop_, step_callback(tv), vec![ev]).map(|_| ())
}

/// Whether two loop values are one loop (a script subclass instance wraps the native loop).
fn same_loop(a: &Value, b: &Value) -> bool {
    fn native(v: &Value) -> &Value {
        match v {
            Value::Instance(i) => match &i.payload {
                crate::object::Payload::Builtin(b) => b,
                _ => v,
            },
            _ => v,
        }
    }
    a.is(b) || native(a).is(native(b)) || a.is_none() || b.is_none()
}

/// Cancel a Future or Task.
pub fn cancel_any(vm: &mut Vm, fut: &Value, msg: Value) -> PyResult<bool> {
    if fut.downcast::<Task>().is_some() {
        cancel_task(vm, fut, msg)
    } else if fut.downcast::<future::Future>().is_some() {
        future::cancel_future(vm, fut, msg)
    } else {
        let r = vm.call_method(fut, "cancel", vec![msg])?;
        vm.is_true(&r)
    }
}

/// `Task.cancel(msg)`.
pub fn cancel_task(vm: &mut Vm, tv: &Value, msg: Value) -> PyResult<bool> {
    let t = task(tv)?;
    t.core.log_traceback.set(false);
    if t.core.is_done() {
        return Ok(false);
    }
    t.core.num_cancels_requested.set(t.core.num_cancels_requested.get().saturating_add(1));
    let waiter = t.fut_waiter();
    if let Some(w) = waiter {
        if cancel_any(vm, &w, msg.clone())? {
            return Ok(true);
        }
    }
    let t = task(tv)?;
    t.core.must_cancel.set(true);
    t.core.set_cancel_message(msg);
    Ok(true)
}

/// The task a Task method was called on: CPython's method descriptor refuses another type's
/// object before it looks at the arguments.
fn task_self<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Task> {
    let this = args.pos.first().ok_or_else(|| PyErr::type_error(format!("unbound method Task.{method}() needs an argument")))?;
    task(this).map_err(|_| crate::builtins::arity::wrong_self("_asyncio.Task", method, &vm.type_name(this)))
}

fn get_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = task_self(vm, &args, "get_name")?;
    super::clinic::no_args(&args, "get_name")?;
    Ok(t.name_value())
}

fn set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    task_self(vm, &args, "set_name")?;
    super::clinic::one_arg(&args, "set_name")?;
    let s = vm.str(&arg(&args, 1))?;
    task(&arg(&args, 0))?.set_name_value(Value::string(s));
    Ok(Value::None)
}

fn get_coro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = task_self(vm, &args, "get_coro")?;
    super::clinic::no_args(&args, "get_coro")?;
    Ok(t.coro.clone())
}

fn cancelling(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = task_self(vm, &args, "cancelling")?;
    super::clinic::no_args(&args, "cancelling")?;
    Ok(Value::Int(t.core.num_cancels_requested.get() as i64))
}

fn uncancel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = task_self(vm, &args, "uncancel")?;
    super::clinic::no_args(&args, "uncancel")?;
    let n = t.core.num_cancels_requested.get().saturating_sub(1);
    t.core.num_cancels_requested.set(n);
    Ok(Value::Int(n as i64))
}

/// `Task.get_stack(*, limit=None)` / `Task.print_stack(*, limit=None, file=None)`: the argument
/// checks of CPython's C methods, then the work in `asyncio.tasks` (frame walking in Python).
fn get_stack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stack_helper(vm, args, "get_stack", &["limit"])
}

fn print_stack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stack_helper(vm, args, "print_stack", &["limit", "file"])
}

fn stack_helper(vm: &mut Vm, args: Args, name: &str, keywords: &[&str]) -> PyResult<Value> {
    task_self(vm, &args, name)?;
    super::clinic::keywords_only(&args, name, keywords)?;
    let tasks = vm.import_module("asyncio.tasks")?;
    let helper = vm.getattr(&tasks, &Value::str(&format!("_task_{name}")))?;
    let kw = args.kw.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    vm.call_kw(&helper, vec![args.pos[0].clone()], kw)
}

/// CPython's `coroutines._format_coroutine`: where the coroutine is suspended, or where it was
/// defined once it has finished.
fn coro_repr_in_task(vm: &Vm, g: &crate::object::generator::Generator) -> String {
    use crate::object::generator::GenState;
    let q = g.qualname();
    let code = &g.code.code;
    let file = &code.filename;
    // An asyncio coroutine of the frozen modules: CPython's file and lines.
    if file.starts_with("<frozen asyncio.") {
        use super::callback_sources::cpython_coroutine_place as place;
        let text = match &*g.state.borrow() {
            GenState::Finished => place(&q, false).map(|p| format!("<{q}() done, defined at {p}>")),
            GenState::Created(_) => place(&q, false).map(|p| format!("<{q}() running at {p}>")),
            _ => place(&q, true).map(|p| format!("<{q}() running at {p}>")),
        };
        if let Some(text) = text {
            return text;
        }
    }
    match &*g.state.borrow() {
        GenState::Finished => format!("<{q}() done, defined at {file}:{}>", code.first_line),
        GenState::Created(_) => format!("<{q}() running at {file}:{}>", code.first_line),
        GenState::Suspended(_) | GenState::SuspendedOne(_) => match g.state.borrow().suspended_chain() {
            Some((f, _)) => format!("<{q}() running at {file}:{}>", f.line()),
            None => format!("<{q}() running>"),
        },
        // A running coroutine's frame is on the VM's stack (the task repr'ing itself, as in
        // `repr(asyncio.current_task())`); CPython reports its current line.
        GenState::Running => match vm.frames.iter().rev().find(|f| Rc::ptr_eq(&f.code, &g.code)) {
            Some(f) => format!("<{q}() running at {file}:{}>", f.line()),
            None => format!("<{q}() running>"),
        },
        GenState::Delegated => format!("<{q}() running>"),
    }
}

/// CPython's `_format_coroutine` name for an awaitable that is not a native coroutine (an
/// `aclose()`/`athrow()` awaitable, a Coroutine-ABC instance): its `__qualname__`, else its
/// `__name__`, else `<TYPE without __name__>`.
fn coro_name(vm: &mut Vm, coro: &Value) -> String {
    for attr in ["__qualname__", "__name__"] {
        if let Ok(Value::Str(s)) = vm.getattr(coro, &Value::str(attr)) {
            if !s.as_str().is_empty() {
                return s.as_str().to_string();
            }
        }
    }
    format!("<{} without __name__>", vm.type_name(coro))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tv = arg(&args, 0);
    let t = task(&tv)?;
    let mut body = future::future_repr_body(vm, &t.core)?;
    // CPython puts the name and coroutine after the state.
    let (state, rest) = match body.find(' ') {
        Some(i) => (body[..i].to_string(), body[i..].to_string()),
        None => (body.clone(), String::new()),
    };
    // CPython 3.11's `_task_repr_info` shows a pending task with outstanding cancel requests
    // as 'cancelling'.
    let state = if state == "pending" && t.core.num_cancels_requested.get() > 0 {
        "cancelling".to_string()
    } else {
        state
    };
    let name = vm.repr(&t.name_value())?;
    let coro = t.coro.clone();
    let coro_repr = match &coro {
        Value::Generator(g) => coro_repr_in_task(vm, g),
        other if other.downcast::<super::sleep::Sleep>().is_some() => super::sleep_attrs::format_in_task(vm, other),
        other if other.downcast::<super::native_sync::SyncCoro>().is_some() => {
            super::native_sync_attrs::format_in_task(vm, other)
        }
        other => format!("<{}()>", coro_name(vm, other)),
    };
    // matches CPython's `_task_repr_info`: `wait_for=` comes right after the coroutine, before
    // the done callbacks or result (and `created at`, debug mode, which `rest` ends with).
    let wait_for = match t.fut_waiter() {
        Some(w) => format!(" wait_for={}", vm.repr(&w)?),
        None => String::new(),
    };
    body = format!("{state} name={name} coro={coro_repr}{wait_for}{rest}");
    // CPython's `_task_repr` names the object's own class (a Task subclass shows its name).
    let cls = vm.type_of(&arg(&args, 0)).name();
    Ok(Value::string(format!("<{cls} {body}>")))
}
