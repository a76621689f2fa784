//! The event loop (`_UnixSelectorEventLoop`): a FIFO ready queue, a timer heap, and the reactor
//! for sleeping until the next timer or I/O event. Scheduling follows CPython's `_run_once`:
//! due timers move to the ready queue in deadline order, then exactly the callbacks queued at
//! that moment run, so a `call_soon` made by a callback runs on the next iteration.

use crate::object::BoolWord;
use super::asyncio_logger;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::handle::Handle;
use super::reactor::Reactor;
use super::timers::TimerHeap;
use super::RuntimeClasses;
use crate::builtins::{arg, check_count};
use crate::modules::contextvars;
use crate::object::{Args, Class, ExcKind, NativeObject, PyErr, PyResult, Value};
use crate::vm::Vm;

pub struct EventLoop {
    pub ready: RefCell<VecDeque<super::ready::Ready>>,
    pub timers: RefCell<TimerHeap>,
    pub reactor: RefCell<Option<Reactor>>,
    /// Wakes the loop from another thread; kept outside `reactor`, which the loop holds
    /// borrowed while it waits.
    pub waker: RefCell<Option<super::reactor::LoopWaker>>,
    pub running: Cell<bool>,
    /// The thread running the loop (CPython's `_thread_id`), for debug mode's thread check.
    pub thread_id: Cell<Option<std::thread::ThreadId>>,
    pub stopping: Cell<bool>,
    pub closed: Cell<bool>,
    pub debug: Cell<bool>,
    /// `loop.slow_callback_duration`: in debug mode, callbacks running longer are reported.
    pub slow_callback_duration: Cell<f64>,
    /// Debug mode: where the handle running now was scheduled (CPython's `_current_handle`,
    /// whose `_source_traceback` the default handler shows as `handle_traceback`).
    current_handle_tb: RefCell<Option<super::source_traceback::SourceTraceback>>,
    /// Debug mode turned coroutine origin tracking on for this loop's run: the depth it found
    /// (CPython's `_coroutine_origin_tracking_saved_depth`), put back when tracking goes off.
    origin_tracking_saved: Cell<Option<u32>>,
    pub clock: Box<dyn super::clock::Clock>,
    /// Async generators first iterated on this loop (for `shutdown_asyncgens`). Weak, like
    /// CPython's `WeakSet`: registering must not keep a generator alive.
    pub asyncgens: RefCell<Vec<std::rc::Weak<crate::object::generator::Generator>>>,
    pub exception_handler: RefCell<Value>,
    /// The script subclass instance around this loop, if any (see `loop_subclass`); weak, as
    /// the instance holds the loop.
    pub wrapper: RefCell<Option<std::rc::Weak<crate::object::Instance>>>,
    /// The `__dict__` (CPython's loop is a plain Python object: scripts may set their own
    /// attributes on it), made on first need.
    dict: RefCell<Option<Rc<RefCell<crate::object::PyDict>>>>,
    class: Rc<Class>,
}

impl NativeObject for EventLoop {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn weakrefable(&self) -> bool {
        true
    }
    fn instance_dict(&self, create: bool) -> Option<Rc<RefCell<crate::object::PyDict>>> {
        // A script subclass's instance around this loop keeps the attributes in its own dict.
        if self.wrapper.borrow().is_some() {
            return None;
        }
        let mut d = self.dict.borrow_mut();
        if create && d.is_none() {
            *d = Some(Default::default());
        }
        d.clone()
    }
}

impl EventLoop {
    fn set_running_flag(&self, running: bool) {
        self.running.set(running);
        self.thread_id.set(running.then(|| std::thread::current().id()));
    }

    /// CPython's `_check_thread` (debug mode only): the non-thread-safe scheduling methods
    /// refuse to run in a thread other than the one running the loop.
    fn check_thread(&self) -> PyResult<()> {
        match self.thread_id.get() {
            Some(id) if self.debug.get() && id != std::thread::current().id() => Err(PyErr::runtime_error(
                "Non-thread-safe operation invoked on an event loop other than the current one",
            )),
            _ => Ok(()),
        }
    }
}

/// The loop as script code knows it: the subclass instance around a native loop, else `v`
/// (the VM hands a native method the native loop of a subclass instance).
pub fn loop_value(v: &Value) -> Value {
    if let Some(l) = v.downcast::<EventLoop>() {
        if let Some(w) = l.wrapper.borrow().as_ref().and_then(std::rc::Weak::upgrade) {
            return Value::Instance(w);
        }
    }
    v.clone()
}

pub fn loop_of(v: &Value) -> PyResult<&EventLoop> {
    match v.downcast::<EventLoop>() {
        Some(l) => Ok(l),
        // A script subclass's instance wraps the native loop.
        None => super::loop_subclass::wrapped(v).ok_or_else(|| PyErr::type_error("expected an event loop")),
    }
}

/// CPython's `coroutines._is_debug_mode()`, which a new loop starts with: development mode
/// (`-X dev`) or a non-empty PYTHONASYNCIODEBUG turns debug mode on.
fn debug_from_environment() -> bool {
    crate::modules::sys::dev_mode() || std::env::var_os("PYTHONASYNCIODEBUG").is_some_and(|v| !v.is_empty())
}

pub fn new_event_loop(vm: &mut Vm) -> Value {
    let class = super::classes(vm).event_loop.clone();
    Value::Native(crate::object::NativeRef::new(EventLoop {
        ready: RefCell::new(VecDeque::new()),
        timers: RefCell::new(TimerHeap::new()),
        reactor: RefCell::new(Reactor::for_new_loop().ok()),
        waker: RefCell::new(None),
        running: Cell::new(false),
        thread_id: Cell::new(None),
        stopping: Cell::new(false),
        closed: Cell::new(false),
        debug: Cell::new(debug_from_environment()),
        slow_callback_duration: Cell::new(0.1),
        current_handle_tb: RefCell::new(None),
        origin_tracking_saved: Cell::new(None),
        clock: Box::new(super::clock::MonotonicClock),
        asyncgens: RefCell::new(Vec::new()),
        exception_handler: RefCell::new(Value::None),
        wrapper: RefCell::new(None),
        dict: RefCell::new(None),
        class,
    }))
}

pub fn install(_vm: &mut Vm, c: &RuntimeClasses) {
    use crate::builtins::def_method;
    let l = &c.event_loop;
    crate::builtins::def_new(l, super::loop_subclass::loop_new);
    def_method(l, "__init__", super::loop_subclass::loop_init);
    def_method(l, "call_soon", m_call_soon);
    def_method(l, "call_soon_threadsafe", m_call_soon_threadsafe);
    def_method(l, "call_later", m_call_later);
    def_method(l, "call_at", m_call_at);
    def_method(l, "time", m_time);
    def_method(l, "create_future", m_create_future);
    def_method(l, "create_task", m_create_task);
    def_method(l, "run_forever", m_run_forever);
    def_method(l, "run_until_complete", m_run_until_complete);
    def_method(l, "stop", m_stop);
    def_method(l, "close", m_close);
    def_method(l, "is_running", m_is_running);
    def_method(l, "is_closed", m_is_closed);
    def_method(l, "_take_asyncgens", m_take_asyncgens);
    def_method(l, "_register_asyncgen", super::asyncgen_hooks::m_register_asyncgen);
    def_method(l, "get_debug", m_get_debug);
    def_method(l, "_check_callback", m_check_callback);
    l.dict.borrow_mut().set_str(
        "slow_callback_duration",
        Value::Property(Rc::new(crate::object::Property {
            fget: crate::builtins::native("slow_callback_duration", m_get_slow, crate::object::function::NativeKind::Function, None),
            fset: crate::builtins::native("slow_callback_duration", m_set_slow, crate::object::function::NativeKind::Function, None),
            fdel: Value::None,
            doc: Value::None.into(),
        })),
    );
    // CPython's loop is a plain Python object with a `__dict__` (scripts keep their own
    // state on it: `loop.my_attr = ...`).
    l.dict.borrow_mut().set_str(
        "__dict__",
        Value::Property(Rc::new(crate::object::Property {
            fget: crate::builtins::native("__dict__", m_get_dict, crate::object::function::NativeKind::Function, None),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None.into(),
        })),
    );
    def_method(l, "set_debug", m_set_debug);
    // CPython's loop keeps `time.get_clock_info('monotonic').resolution`, which `loop.time()`
    // deadlines are rounded against; scripts and libraries read it.
    l.dict.borrow_mut().set_str("_clock_resolution", Value::float(monotonic_resolution()));
    def_method(l, "call_exception_handler", m_call_exception_handler);
    def_method(l, "default_exception_handler", m_default_exception_handler);
    def_method(l, "set_exception_handler", m_set_exception_handler);
    def_method(l, "get_exception_handler", m_get_exception_handler);
    def_method(l, "__repr__", m_repr);
}

/// `clock_getres(CLOCK_MONOTONIC)` in seconds (a nanosecond should the call fail).
fn monotonic_resolution() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid timespec for the call to fill.
    let rc = unsafe { libc::clock_getres(libc::CLOCK_MONOTONIC, &mut ts) };
    if rc != 0 {
        return 1e-9;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn check_closed(l: &EventLoop) -> PyResult<()> {
    if l.closed.get() {
        return Err(PyErr::runtime_error("Event loop is closed"));
    }
    Ok(())
}

/// The loop's cross-thread waker, created now: a thread that holds it (the REPL's input
/// thread) interrupts the loop's wait for I/O or timers without touching any Python value.
pub fn attach_waker(loop_: &Value) -> PyResult<super::reactor::LoopWaker> {
    let l = loop_of(loop_)?;
    if let Some(w) = l.waker.borrow().as_ref() {
        return Ok(w.clone());
    }
    let w = super::reactor::waker(&l.reactor)?;
    *l.waker.borrow_mut() = Some(w.clone());
    Ok(w)
}

/// Mark `loop_` as this thread's running loop (or no longer running): the REPL keeps its loop
/// running for the whole session, as `python -m asyncio` does with `run_forever`.
pub fn set_running(vm: &mut Vm, loop_: &Value, running: bool) -> PyResult<()> {
    loop_of(loop_)?.set_running_flag(running);
    super::state(vm).locals.running_loop = running.then(|| loop_.clone());
    Ok(())
}

/// `loop.call_soon(cb, *args)`: the callback runs in a copy of the current context.
pub fn call_soon(vm: &mut Vm, loop_: &Value, cb: Value, args: Vec<Value>) -> PyResult<crate::object::NativeRc<Handle>> {
    call_soon_in(vm, loop_, cb, args, contextvars::capture())
}

/// `loop.call_soon(cb, *args, context=context)` (`None`: the empty context).
pub fn call_soon_in(vm: &mut Vm, loop_: &Value, cb: Value, args: Vec<Value>, context: Option<Value>) -> PyResult<crate::object::NativeRc<Handle>> {
    if matches!(loop_, Value::Instance(_)) && super::loop_subclass::script_override(vm, loop_, "call_soon") {
        return super::loop_subclass::via_call_soon(vm, loop_, cb, args, context);
    }
    call_soon_native(vm, loop_, cb, args, context)
}

/// The native loop's `call_soon` (what a subclass's `super().call_soon(...)` reaches).
fn call_soon_native(vm: &mut Vm, loop_: &Value, cb: Value, args: Vec<Value>, context: Option<Value>) -> PyResult<crate::object::NativeRc<Handle>> {
    let l = loop_of(loop_)?;
    check_closed(l)?;
    l.check_thread()?;
    push_soon(vm, loop_, cb, args, context)
}

/// Queue a handle without the thread check (`call_soon_threadsafe`).
fn push_soon(vm: &mut Vm, loop_: &Value, cb: Value, args: Vec<Value>, context: Option<Value>) -> PyResult<crate::object::NativeRc<Handle>> {
    let l = loop_of(loop_)?;
    check_closed(l)?;
    let h = crate::object::NativeRc::new(Handle::new(vm, cb, args, None).in_context(context));
    if l.debug.get() {
        *h.source_tb.borrow_mut() = super::source_traceback::capture_for(vm, loop_);
    }
    l.ready.borrow_mut().push_back(super::ready::Ready::Handle(h.clone()));
    Ok(h)
}

/// Queue a task's step or wake-up (see `ready`); in debug mode as a `Handle`, which records
/// where it was scheduled.
pub fn schedule_ready(vm: &mut Vm, loop_: &Value, entry: super::ready::Ready) -> PyResult<()> {
    if let Value::Instance(_) = loop_ {
        if super::loop_subclass::script_override(vm, loop_, "call_soon") {
            return super::loop_subclass::schedule_via_call_soon(vm, loop_, entry);
        }
    }
    let l = loop_of(loop_)?;
    check_closed(l)?;
    if l.debug.get() {
        l.check_thread()?;
        let h = entry.into_handle(vm);
        *h.source_tb.borrow_mut() = super::source_traceback::capture_for(vm, loop_);
        loop_of(loop_)?.ready.borrow_mut().push_back(super::ready::Ready::Handle(h));
    } else {
        l.ready.borrow_mut().push_back(entry);
    }
    Ok(())
}

/// `loop.call_at(when, cb, *args)`: the callback runs in a copy of the current context.
pub fn call_at(vm: &mut Vm, loop_: &Value, when: f64, cb: Value, args: Vec<Value>) -> PyResult<crate::object::NativeRc<Handle>> {
    call_at_in(vm, loop_, when, cb, args, contextvars::capture())
}

/// `loop.call_at(when, cb, *args, context=context)` (`None`: the empty context).
pub fn call_at_in(vm: &mut Vm, loop_: &Value, when: f64, cb: Value, args: Vec<Value>, context: Option<Value>) -> PyResult<crate::object::NativeRc<Handle>> {
    let l = loop_of(loop_)?;
    check_closed(l)?;
    l.check_thread()?;
    let h = crate::object::NativeRc::new(Handle::new(vm, cb, args, Some(when)).in_context(context));
    if l.debug.get() {
        *h.source_tb.borrow_mut() = super::source_traceback::capture_for(vm, loop_);
    }
    l.timers.borrow_mut().push(when, h.clone());
    Ok(h)
}

fn callback_args(vm: &mut Vm, args: &Args, from: usize, what: &str) -> PyResult<(Value, Vec<Value>)> {
    let cb = args.pos.get(from).cloned().ok_or_else(|| PyErr::type_error(format!("{what}() missing callback")))?;
    // CPython checks the callback only in debug mode (`_check_callback`); otherwise a
    // non-callable fails when the handle runs ("Exception in callback 1()").
    let debug = loop_of(&args.pos[0])?.debug.get();
    if debug {
        check_callback(vm, &cb, what)?;
    }
    Ok((cb, args.pos[from + 1..].to_vec()))
}

/// CPython's debug-mode `_check_callback`: a coroutine or coroutine function is refused first,
/// then anything not callable. `call_later` reports itself as `call_at`, which it calls.
#[cold]
fn check_callback(vm: &mut Vm, cb: &Value, what: &str) -> PyResult<()> {
    let what = if what == "call_later" { "call_at" } else { what };
    let coroutine = super::task::is_coroutine(cb) || {
        let m = vm.import_module("asyncio.coroutines")?;
        let f = vm.getattr(&m, &Value::str("iscoroutinefunction"))?;
        let r = vm.call(&f, vec![cb.clone()])?;
        vm.is_true(&r)?
    };
    if coroutine {
        return Err(PyErr::type_error(format!("coroutines cannot be used with {what}()")));
    }
    if !crate::builtins::functions::is_callable(vm, cb) {
        return Err(PyErr::type_error(format!("a callable object was expected by {what}(), got {}", vm.repr(cb)?)));
    }
    Ok(())
}

/// `loop._check_callback(callback, method)`, which `run_in_executor` (stdlib/asyncio) uses in
/// debug mode.
fn m_check_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let what = match args.pos.get(2) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => vm.str(other)?,
        None => return Err(PyErr::type_error("_check_callback() missing 2 required positional arguments: 'callback' and 'method'")),
    };
    check_callback(vm, &arg(&args, 1), &what)?;
    Ok(Value::None)
}

/// The `context=` keyword of the scheduling methods: the given context, or a snapshot of the
/// current one.
fn context_arg(args: &Args) -> Option<Value> {
    match args.kwarg("context") {
        Some(c) if !c.is_none() => Some(c.clone()),
        _ => contextvars::capture(),
    }
}

fn m_call_soon(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::py_method(&args, "BaseEventLoop.call_soon", &["callback"], true, &["context"])?;
    let (cb, rest) = callback_args(vm, &args, 1, "call_soon")?;
    let h = call_soon_native(vm, &loop_value(&args.pos[0]), cb, rest, context_arg(&args))?;
    Ok(Value::Native(h.into_erased()))
}

/// `loop.call_soon_threadsafe(cb, *args)`: as `call_soon`, then wake the loop, which may be
/// blocked waiting for I/O in another thread.
fn m_call_soon_threadsafe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::py_method(&args, "BaseEventLoop.call_soon_threadsafe", &["callback"], true, &["context"])?;
    let (cb, rest) = callback_args(vm, &args, 1, "call_soon_threadsafe")?;
    let h = push_soon(vm, &loop_value(&args.pos[0]), cb, rest, context_arg(&args))?;
    // The loop creates its waker before it first blocks (see `run_once`).
    if let Some(w) = loop_of(&args.pos[0])?.waker.borrow().as_ref() {
        w.wake();
    }
    Ok(Value::Native(h.into_erased()))
}

fn number(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        // A big `when` compares with the other timers' floats as Python compares them; as a
        // float it orders the same unless it is beyond the float range.
        Value::BigInt(b) => Ok(crate::object::int::to_f64(b).unwrap_or(if b.sign() == num_bigint::Sign::Minus { f64::NEG_INFINITY } else { f64::INFINITY })),
        other => Err(PyErr::type_error(format!(
            "'<' not supported between instances of '{}' and 'float'",
            vm.type_name(other)
        ))),
    }
}

/// CPython's `self.time() + delay`, which fails on a non-number before anything else: a big
/// int or a Fraction adds as Python adds it (a float, or OverflowError), anything else gets
/// the `+` error.
pub fn time_plus(vm: &mut Vm, now: f64, delay: &Value) -> PyResult<f64> {
    match delay {
        Value::Float(_) | Value::Int(_) | Value::Bool(_) => Ok(now + number(vm, delay)?),
        other => match vm.binary_op(crate::bytecode::opcode::BinOp::Add, &Value::float(now), other, false)? {
            Value::Float(f) => Ok(f.get()),
            sum => {
                let t = vm.type_name(&sum);
                Err(PyErr::type_error(format!("'<' not supported between instances of '{t}' and 'float'")))
            }
        },
    }
}

fn m_call_later(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::py_method(&args, "BaseEventLoop.call_later", &["delay", "callback"], true, &["context"])?;
    if args.pos[1].is_none() {
        return Err(PyErr::type_error("delay must not be None"));
    }
    let now = loop_of(&args.pos[0])?.clock.now();
    let when = time_plus(vm, now, &args.pos[1])?;
    let (cb, rest) = callback_args(vm, &args, 2, "call_later")?;
    let h = call_at_in(vm, &loop_value(&args.pos[0]), when, cb, rest, context_arg(&args))?;
    Ok(Value::Native(h.into_erased()))
}

fn m_call_at(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::py_method(&args, "BaseEventLoop.call_at", &["when", "callback"], true, &["context"])?;
    if args.pos[1].is_none() {
        return Err(PyErr::type_error("when cannot be None"));
    }
    let when = number(vm, &args.pos[1])?;
    let (cb, rest) = callback_args(vm, &args, 2, "call_at")?;
    let h = call_at_in(vm, &loop_value(&args.pos[0]), when, cb, rest, context_arg(&args))?;
    if !matches!(args.pos[1], Value::Float(_)) {
        *h.when_given.borrow_mut() = Some(args.pos[1].clone());
    }
    Ok(Value::Native(h.into_erased()))
}

fn m_time(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::py_method(&args, "BaseEventLoop.time", &[], false, &[])?;
    Ok(Value::float(loop_of(&arg(&args, 0))?.clock.now()))
}

fn m_create_future(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::py_method(&args, "BaseEventLoop.create_future", &[], false, &[])?;
    let loop_ = loop_value(&args.pos[0]);
    use super::source_traceback::{with_stand_in, CREATE_FUTURE};
    Ok(with_stand_in(vm, CREATE_FUTURE, |vm| super::future::new_future(vm, loop_)))
}

pub fn m_create_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let loop_ = loop_value(&arg(&args, 0));
    let coro = args.arg(1, "coro").cloned().unwrap_or(Value::None);
    // CPython's `create_task` frame holds `coro` while "Event loop is closed" travels up, so a
    // coroutine warns it was never awaited when the exception goes, not at the call.
    let name = args.kwarg("name").cloned().unwrap_or(Value::None);
    let context = args.kwarg("context").cloned().filter(|c| !c.is_none());
    create_task_named(vm, &loop_, coro, name, context)
}

/// `loop.create_task(coro, context=context)` on the native loop, unnamed.
pub fn create_task_checked(vm: &mut Vm, loop_: &Value, coro: Value, context: Option<Value>) -> PyResult<Value> {
    create_task_named(vm, loop_, coro, Value::None, context)
}

/// CPython's `BaseEventLoop.create_task` without a task factory: `self._check_closed()`, then
/// `tasks.Task(coro, ...)`; their errors pass through its frame (and `_check_closed`'s).
fn create_task_named(vm: &mut Vm, loop_: &Value, coro: Value, name: Value, context: Option<Value>) -> PyResult<Value> {
    use super::stand_in_frames::{through, Pick};
    const M: &str = "asyncio.base_events";
    if let Err(e) = check_closed(loop_of(loop_)?) {
        let e = vm.error_keeping(e, coro);
        let e = through(vm, e, M, "_LoopFrames", "_check_closed", 1, Pick::Statement);
        return Err(through(vm, e, M, "_LoopFrames", "create_task", 1, Pick::Call));
    }
    super::task::create_task_in(vm, loop_, coro, name, context).map_err(|e| through(vm, e, M, "_LoopFrames", "create_task", 2, Pick::Call))
}

/// CPython's `base_events.MAXIMUM_SELECT_TIMEOUT` (24 hours).
const MAXIMUM_SELECT_TIMEOUT: f64 = 24.0 * 3600.0;

/// Run one iteration: wait for the next timer (or I/O), move due timers to the ready queue,
/// then run the callbacks that were ready at that point.
pub fn run_once(vm: &mut Vm, loop_: &Value) -> PyResult<()> {
    crate::vm::signals::check(vm)?;
    let l = loop_of(loop_)?;
    l.timers.borrow_mut().purge_cancelled();
    let timeout = if !l.ready.borrow().is_empty() || l.stopping.get() {
        Some(0.0)
    } else {
        // matches CPython's `_run_once`: `min(max(0, when - now), MAXIMUM_SELECT_TIMEOUT)`,
        // one day, so an infinite or huge deadline still polls (f64::max maps NaN to 0).
        l.timers.borrow_mut().next_deadline().map(|when| (when - l.clock.now()).max(0.0).min(MAXIMUM_SELECT_TIMEOUT))
    };
    // Another thread may wake the loop (`call_soon_threadsafe`) once threads exist.
    // An attached waker (the REPL's input thread) is another way to be woken.
    let has_io = super::gil::threads_active()
        || l.waker.borrow().is_some()
        || l.reactor.borrow().as_ref().map_or(false, |r| r.has_registrations());
    // matches CPython's `_run_once`, which polls the selector every iteration (with a zero
    // timeout while callbacks are ready): I/O that completed is seen even by a loop that is
    // never idle (a task spinning on `await asyncio.sleep(0)` while another reads a socket).
    if timeout != Some(0.0) || has_io {
        match (timeout, has_io) {
            (Some(t), true) if t == 0.0 => poll_events(vm, loop_, Some(0.0))?,
            (None, false) => {
                // Nothing can ever wake this loop: CPython would block forever in select().
                // Sleep in slices so Ctrl-C still works.
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            _ => {
                // No flush of stdout here: CPython's selector wait leaves it buffered, so a
                // child process writing to the inherited stdout comes out before what the
                // script printed to a pipe, as there.
                // Without registrations, still wake every 50 ms to notice Ctrl-C.
                let timeout = match timeout {
                    None if !l.reactor.borrow().as_ref().map_or(false, |r| r.has_registrations()) => Some(0.05),
                    t => t,
                };
                if super::gil::threads_active() && l.waker.borrow().is_none() {
                    *l.waker.borrow_mut() = Some(super::reactor::waker(&l.reactor)?);
                }
                poll_events(vm, loop_, timeout)?;
            }
        }
    }
    let l = loop_of(loop_)?;
    // CPython reads the clock here unconditionally; without timers the reading decides
    // nothing, so it is skipped (the clock has no side effects).
    if !l.timers.borrow().is_empty() {
        let end = l.clock.now() + l.clock.resolution();
        let mut timers = l.timers.borrow_mut();
        let mut ready = l.ready.borrow_mut();
        while let Some(h) = timers.pop_due(end) {
            if !h.cancelled.get() {
                ready.push_back(super::ready::Ready::Handle(h));
            }
        }
    }
    let ntodo = l.ready.borrow().len();
    for _ in 0..ntodo {
        let entry = match loop_of(loop_)?.ready.borrow_mut().pop_front() {
            Some(e) => e,
            None => break,
        };
        let h = match entry {
            super::ready::Ready::Handle(h) => h,
            // Turned on while the entry was queued: time it as the handle CPython would run.
            other if loop_of(loop_)?.debug.get() => other.into_handle(vm),
            native => {
                // A task step, a wake-up or a gather callback, run without a Handle; on an
                // error the entry is reported as the Handle CPython would have run.
                let (r, entry) = match native {
                    super::ready::Ready::Step(task) => (super::task::step(vm, &task, None), super::ready::Ready::Step(task)),
                    super::ready::Ready::Wakeup { task, fut } => {
                        (super::task::wakeup(vm, &task, &fut), super::ready::Ready::Wakeup { task, fut })
                    }
                    super::ready::Ready::Gather { state, fut } => {
                        (super::gather::done(vm, &state, &fut), super::ready::Ready::Gather { state, fut })
                    }
                    // Taken by the first arm above; listed so the match stays exhaustive.
                    super::ready::Ready::Handle(h) => (Ok(()), super::ready::Ready::Handle(h)),
                };
                if let Err(e) = r {
                    report_callback_error(vm, loop_, entry, e).map_err(|e| through_run_once(vm, e))?;
                }
                if crate::vm::finalize::has_pending() {
                    vm.run_finalizers();
                }
                continue;
            }
        };
        if h.cancelled.get() {
            continue;
        }
        let (cb, args) = Handle::callback_for_run(&h);
        let l = loop_of(loop_)?;
        if l.debug.get() {
            *l.current_handle_tb.borrow_mut() = h.source_tb.borrow().clone();
        }
        let r = run_in_context(vm, loop_, &h, cb, args);
        *loop_of(loop_)?.current_handle_tb.borrow_mut() = None;
        r.map_err(|e| through_run_once(vm, e))?;
        if crate::vm::finalize::has_pending() {
            vm.run_finalizers();
        }
    }
    Ok(())
}

/// A SystemExit or KeyboardInterrupt leaving a callback (its `Handle._run` frame already
/// in the traceback) passes through CPython's `_run_once` at `handle._run()`.
fn through_run_once(vm: &mut Vm, e: PyErr) -> PyErr {
    use super::stand_in_frames::{through, Pick};
    through(vm, e, "asyncio.base_events", "_LoopFrames", "_run_once", 1, Pick::Call)
}

/// Wait up to `timeout` for I/O and queue `_on_socket_ready` for each socket that became
/// ready (CPython's `_process_events`).
fn poll_events(vm: &mut Vm, loop_: &Value, timeout: Option<f64>) -> PyResult<()> {
    let l = loop_of(loop_)?;
    let events = super::reactor::wait(vm, &l.reactor, timeout);
    crate::vm::signals::check(vm)?;
    for (sock, readable, writable) in events {
        let cb = Value::Builtin(Rc::new(crate::object::BuiltinFunction::new(Rc::from("_on_socket_ready"), on_socket_ready, crate::object::function::NativeKind::Function, None, None, crate::builtins::arity::Arity::Any)));
        // CPython's selector loop queues these with `_add_callback`, not `call_soon`.
        call_soon_native(vm, loop_, cb, vec![sock, Value::bool(readable), Value::bool(writable)], contextvars::capture())?;
    }
    Ok(())
}

/// matches CPython's `Handle._run`, which calls the callback through `self._context.run`.
/// Until a program uses contextvars there is nothing to switch.
fn run_in_context(vm: &mut Vm, loop_: &Value, h: &crate::object::NativeRc<Handle>, cb: Value, args: Vec<Value>) -> PyResult<()> {
    // matches CPython's `Handle._run`, which calls `context.run(callback, *args)` on whatever
    // `context=` was given: an object that is not a Context runs the callback through its own
    // `run`, or fails there (reported as the callback's error).
    if let Some(c) = h.context.as_ref().filter(|c| c.downcast::<contextvars::Context>().is_none()) {
        let c = c.clone();
        let mut argv = vec![cb.clone()];
        argv.extend(args.iter().cloned());
        return match vm.getattr(&c, &Value::str("run")).and_then(|run| vm.call(&run, argv)) {
            Ok(_) => Ok(()),
            Err(e) => handle_failed(vm, loop_, h, cb, args, e),
        };
    }
    let outer = if contextvars::in_use() {
        match contextvars::enter_scheduled(vm, h.context.as_ref()) {
            Ok(prev) => Some(prev),
            // The context is already entered elsewhere: reported as the callback's error.
            Err(e) => return report_handle_error(vm, loop_, h, cb, args, e),
        }
    } else {
        None
    };
    let r = if loop_of(loop_)?.debug.get() { run_handle_timed(vm, loop_, h, cb, args) } else { run_handle(vm, loop_, h, cb, args) };
    match outer {
        Some(prev) => drop(contextvars::leave_scheduled(h.context.as_ref(), prev)),
        // contextvars first used by this callback: what it set dies with its empty context.
        None if contextvars::in_use() => drop(contextvars::swap_current(None)),
        None => {}
    }
    r
}

/// `handle._run()` called by the script. On a loop of the script's own (or none), the
/// callback's error goes to that object's `call_exception_handler`, as CPython's `_run` does.
pub fn run_handle_now(vm: &mut Vm, loop_: &Value, h: &crate::object::NativeRc<Handle>, cb: Value, args: Vec<Value>) -> PyResult<()> {
    if loop_of(loop_).is_ok() {
        return run_in_context(vm, loop_, h, cb, args);
    }
    let prev = contextvars::enter_scheduled(vm, h.context.as_ref())?;
    let r = vm.call(&cb, args.clone());
    contextvars::leave_scheduled(h.context.as_ref(), prev);
    let Err(e) = r else { return Ok(()) };
    if vm.err_matches(&e, ExcKind::SystemExit) || vm.err_matches(&e, ExcKind::KeyboardInterrupt) {
        return Err(e);
    }
    let source = super::handle::format_callback_source(vm, &cb, &args)?;
    let inst = vm.materialize(e);
    let ctx = callback_error_context(vm, h, &source, &inst)?;
    let report = vm.getattr(loop_, &Value::str("call_exception_handler"))?;
    vm.call(&report, vec![ctx])?;
    Ok(())
}

/// `_set_result_unless_cancelled(fut, result)` as `sleep()` schedules it.
fn is_sleep_setter(b: &crate::object::BuiltinFunction, args: &[Value]) -> bool {
    b.bound.is_none() && args.len() == 2 && std::ptr::fn_addr_eq(b.func, super::events::set_result_unless_cancelled as crate::object::NativeFn)
}

/// Reactor callback: retry the socket's parked operations (or reap an exited child, or run
/// the handlers of signals that arrived).
fn on_socket_ready(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sock = arg(&args, 0);
    if sock.downcast::<super::child_process::ChildProcess>().is_some() {
        super::child_process::on_exit_ready(vm, &sock)?;
        return Ok(Value::None);
    }
    if sock.downcast::<super::unix_signals::SignalWatch>().is_some() {
        super::unix_signals::on_ready(vm, &sock)?;
        return Ok(Value::None);
    }
    if matches!(arg(&args, 2), Value::Bool(BoolWord::TRUE)) {
        super::net::attempt_write(vm, &sock)?;
    }
    if matches!(arg(&args, 1), Value::Bool(BoolWord::TRUE)) {
        super::net::attempt_read(vm, &sock)?;
    }
    Ok(Value::None)
}

/// Debug mode: run a callback and report it when it blocked the loop for at least
/// `slow_callback_duration` (CPython's "Executing <Handle ...> took 0.150 seconds", logged as a
/// warning on the `asyncio` logger, which prints the bare message on stderr).
fn run_handle_timed(vm: &mut Vm, loop_: &Value, h: &crate::object::NativeRc<Handle>, cb: Value, args: Vec<Value>) -> PyResult<()> {
    let start = std::time::Instant::now();
    let r = run_handle(vm, loop_, h, cb.clone(), args.clone());
    let dt = start.elapsed().as_secs_f64();
    if dt >= loop_of(loop_)?.slow_callback_duration.get() {
        // A task step is reported as the task (CPython's `_format_handle`).
        let what = match super::task::task_of_callback(&cb) {
            Some(t) => vm.repr(&t)?,
            None => super::handle::describe(vm, h, Some((&cb, &args)))?,
        };
        let text = format!("Executing {what} took {dt:.3} seconds");
        if !asyncio_logger::log(vm, 30, &text, None, asyncio_logger::SLOW_CALLBACK)? {
            vm.stdout.flush();
            vm.stderr.write_str(&format!("{text}\n"));
        }
    }
    r
}

/// A task step queued without a handle failed: report it as `run_handle` would have.
fn report_callback_error(vm: &mut Vm, loop_: &Value, entry: super::ready::Ready, e: PyErr) -> PyResult<()> {
    if !vm.err_matches(&e, ExcKind::Exception) {
        // A task step runs in CPython's `Handle._run` too.
        let inst = vm.materialize(e);
        add_handle_run_frame(vm, &inst);
        return Err(PyErr::from_instance(inst));
    }
    let h = entry.into_handle(vm);
    let (cb, args) = h.take_callback();
    report_handle_error(vm, loop_, &h, cb, args, e)
}

/// Call one callback; ordinary exceptions go to the loop's exception handler, BaseExceptions
/// such as KeyboardInterrupt and SystemExit propagate out of the loop.
fn run_handle(vm: &mut Vm, loop_: &Value, h: &crate::object::NativeRc<Handle>, cb: Value, args: Vec<Value>) -> PyResult<()> {
    let (e, saved) = match &cb {
        // The timer callback of every positive `sleep()`, called without the generic call path.
        Value::Builtin(b) if is_sleep_setter(b, &args) => match super::events::set_result_unless_cancelled_value(vm, &args[0], &args[1]) {
            Ok(()) => return Ok(()),
            Err(e) => (e, args),
        },
        // A native function or bound method (`fut.set_result`): called as the generic call
        // path calls one, with the bound object first; the arguments stay for the error report.
        Value::Builtin(b) => {
            let skip = usize::from(b.bound.is_some());
            let mut argv = crate::object::ArgVec::new();
            if let Some(bound) = &b.bound {
                argv.push(bound.clone());
            }
            argv.extend(args);
            match vm.call_builtin(b, &mut argv, &[]) {
                Ok(_) => return Ok(()),
                Err(e) => (e, argv.drain(skip..).collect::<Vec<_>>()),
            }
        }
        _ => {
            // Kept for the error report (inline: no allocation on the normal path).
            let saved: crate::object::ArgVec = args.iter().cloned().collect();
            match vm.call(&cb, args) {
                Ok(_) => return Ok(()),
                Err(e) => (e, saved.into_vec()),
            }
        }
    };
    handle_failed(vm, loop_, h, cb, saved, e)
}

/// matches CPython's `Handle._run`: only SystemExit and KeyboardInterrupt escape the loop;
/// any other BaseException (CancelledError, GeneratorExit, a script's own) is reported.
fn handle_failed(vm: &mut Vm, loop_: &Value, h: &crate::object::NativeRc<Handle>, cb: Value, saved: Vec<Value>, e: PyErr) -> PyResult<()> {
    let escapes = vm.err_matches(&e, ExcKind::SystemExit) || vm.err_matches(&e, ExcKind::KeyboardInterrupt);
    if vm.err_matches(&e, ExcKind::BaseException) && !escapes {
        return report_handle_error(vm, loop_, h, cb, saved, e);
    }
    // It leaves through `Handle._run`, whose frame CPython's traceback shows.
    let inst = vm.materialize(e);
    add_handle_run_frame(vm, &inst);
    Err(PyErr::from_instance(inst))
}

/// matches CPython's `Handle._run`: the message names the callback as
/// `_format_callback_source` does, and the context carries the handle.
fn report_handle_error(vm: &mut Vm, loop_: &Value, h: &crate::object::NativeRc<Handle>, cb: Value, saved: Vec<Value>, e: PyErr) -> PyResult<()> {
    let inst = vm.materialize(e);
    add_handle_run_frame(vm, &inst);
    // matches CPython: a handle cancelled while it ran has dropped its callback, so the
    // report says "Exception in callback None()" and shows "<Handle cancelled>".
    let source = if h.cancelled.get() {
        "None()".to_string()
    } else {
        let source = super::handle::format_callback_source(vm, &cb, &saved)?;
        h.restore_callback(cb, saved);
        source
    };
    let ctx = callback_error_context(vm, h, &source, &inst)?;
    call_handler_while(vm, loop_, ctx, Some(&inst))
}

/// matches CPython's traceback of an exception a callback raised: its outermost frame is
/// `Handle._run`'s (Python code there), `self._context.run(self._callback, *self._args)`.
fn add_handle_run_frame(vm: &mut Vm, inst: &crate::object::Instance) {
    super::stand_in_frames::push(vm, inst, "asyncio.events", "_HandleFrame", "_run", 1, super::stand_in_frames::Pick::Statement);
}

/// The context `Handle._run` gives `call_exception_handler` for a failed callback.
fn callback_error_context(vm: &mut Vm, h: &crate::object::NativeRc<Handle>, source: &str, inst: &Rc<crate::object::Instance>) -> PyResult<Value> {
    let mut pairs = vec![
        Value::str("message"),
        Value::string(format!("Exception in callback {source}")),
        Value::str("exception"),
        Value::Instance(inst.clone()),
        Value::str("handle"),
        Value::Native(h.erased()),
    ];
    let tb = h.source_tb.borrow().clone();
    super::source_traceback::add_to_context(vm, &mut pairs, tb);
    vm.new_dict_from_pairs(pairs)
}

/// `loop.call_exception_handler(context)`.
pub fn call_exception_handler(vm: &mut Vm, loop_: &Value, ctx: Value) -> PyResult<()> {
    call_handler_while(vm, loop_, ctx, None)
}

/// `call_exception_handler` while `handling` is the exception being handled (CPython calls
/// it from `Handle._run`'s except block, so a failing handler's error chains to it).
fn call_handler_while(vm: &mut Vm, loop_: &Value, ctx: Value, handling: Option<&std::rc::Rc<crate::object::Instance>>) -> PyResult<()> {
    // A loop subclass's own `call_exception_handler` gets the reports, as CPython's futures,
    // tasks and handles call `self._loop.call_exception_handler(context)`.
    if super::loop_subclass::script_override(vm, loop_, "call_exception_handler") {
        return vm.call_method(loop_, "call_exception_handler", vec![ctx]).map(|_| ());
    }
    loop_handler_while(vm, loop_, ctx, handling)
}

/// The native loop's `call_exception_handler`: the handler set, else the default one.
fn loop_handler_while(vm: &mut Vm, loop_: &Value, ctx: Value, handling: Option<&std::rc::Rc<crate::object::Instance>>) -> PyResult<()> {
    let handler = loop_of(loop_)?.exception_handler.borrow().clone();
    if !handler.is_none() {
        if let Err(e) = vm.call(&handler, vec![loop_.clone(), ctx.clone()]) {
            if vm.err_matches(&e, ExcKind::SystemExit) || vm.err_matches(&e, ExcKind::KeyboardInterrupt) {
                return Err(e);
            }
            // matches CPython: the default handler reports the handler's own failure, with
            // the original context under 'context'.
            let inst = vm.materialize(e);
            if let Some(h) = handling {
                chain_to(&inst, h);
            }
            let report = vm.new_dict_from_pairs(vec![
                Value::str("message"),
                Value::str("Unhandled error in exception handler"),
                Value::str("exception"),
                Value::Instance(inst.clone()),
                Value::str("context"),
                ctx,
            ])?;
            // The default handler runs in the except block of the custom one's failure, so
            // its own failure chains to that.
            let r = subclass_default_handler(vm, loop_, report).map_err(|e| {
                let failed = vm.materialize(e);
                chain_to(&failed, &inst);
                PyErr::from_instance(failed)
            });
            return guard_default_handler(
                vm,
                r,
                "Exception in default exception handler while handling an unexpected error in custom exception handler",
                asyncio_logger::BOTH_HANDLERS_FAILED,
            );
        }
        return Ok(());
    }
    let r = subclass_default_handler(vm, loop_, ctx);
    guard_default_handler(vm, r, "Exception in default exception handler", asyncio_logger::DEFAULT_HANDLER_FAILED)
}

/// matches CPython's call_exception_handler: a failing default handler (a `repr()` in the
/// context raising, a subclass's override) is logged with its traceback as `message`; only
/// SystemExit and KeyboardInterrupt get out.
fn guard_default_handler(vm: &mut Vm, r: PyResult<()>, message: &str, site: asyncio_logger::LogSite) -> PyResult<()> {
    let Err(e) = r else { return Ok(()) };
    if vm.err_matches(&e, ExcKind::SystemExit) || vm.err_matches(&e, ExcKind::KeyboardInterrupt) {
        return Err(e);
    }
    let inst = vm.materialize(e);
    if asyncio_logger::log(vm, 40, message, Some(Value::Instance(inst.clone())), site)? {
        return Ok(());
    }
    vm.stdout.flush();
    vm.stderr.write_str(&format!("{message}\n"));
    let t = vm.format_exception(&inst);
    vm.stderr.write_str(&t);
    Ok(())
}

/// `self.default_exception_handler(context)`: a loop subclass's override, else the native one.
fn subclass_default_handler(vm: &mut Vm, loop_: &Value, ctx: Value) -> PyResult<()> {
    if super::loop_subclass::script_override(vm, loop_, "default_exception_handler") {
        return vm.call_method(loop_, "default_exception_handler", vec![ctx]).map(|_| ());
    }
    default_exception_handler(vm, loop_, &ctx)
}

/// Set `inst.__context__` to `handled` unless it has one (or is `handled` itself).
fn chain_to(inst: &std::rc::Rc<crate::object::Instance>, handled: &std::rc::Rc<crate::object::Instance>) {
    if std::rc::Rc::ptr_eq(inst, handled) {
        return;
    }
    if let Some(d) = crate::object::exception::exc_data(inst) {
        let mut d = d.borrow_mut();
        if d.context.is_none() {
            d.context = Some(Value::Instance(handled.clone()));
        }
    }
}

/// CPython's `default_exception_handler`: `message`, then `key: repr(value)` for the other
/// context keys in sorted order, then the exception's traceback, logged as an error on the
/// `asyncio` logger (printed on stderr when `logging` is not loaded).
fn default_exception_handler(vm: &mut Vm, loop_: &Value, ctx: &Value) -> PyResult<()> {
    // matches CPython: inside a callback (debug mode), a report that does not say where its
    // object was made says where that callback was scheduled (added to the context itself).
    let running = loop_of(loop_).ok().and_then(|l| l.current_handle_tb.borrow().clone());
    if let (Some(tb), Value::Dict(d)) = (running, ctx) {
        if vm.dict_get_item(ctx, &Value::str("source_traceback"))?.is_none() {
            let v = tb.to_value(vm)?;
            vm.dict_set_item(d, Value::str("handle_traceback"), v)?;
        }
    }
    let msg = match vm.dict_get_item(ctx, &Value::str("message"))? {
        Some(m) if vm.is_true(&m)? => vm.str(&m)?,
        _ => "Unhandled exception in event loop".to_string(),
    };
    let mut lines = vec![msg];
    let mut keys: Vec<String> = match ctx {
        Value::Dict(d) => d.borrow().keys().iter().filter_map(|k| k.as_str().map(str::to_string)).collect(),
        _ => ["future", "task", "handle"].iter().map(|k| k.to_string()).collect(),
    };
    keys.sort();
    for key in keys.iter().filter(|k| *k != "message" && *k != "exception") {
        if let Some(v) = vm.dict_get_item(ctx, &Value::str(key))? {
            let r = match key.as_str() {
                "source_traceback" => super::source_traceback::format_for_report(vm, "Object created at (most recent call last):\n", &v)?,
                "handle_traceback" => super::source_traceback::format_for_report(vm, "Handle created at (most recent call last):\n", &v)?,
                _ => vm.repr(&v)?,
            };
            lines.push(format!("{key}: {r}"));
        }
    }
    let text = lines.join("\n");
    let exc = match vm.dict_get_item(ctx, &Value::str("exception"))? {
        Some(e @ Value::Instance(_)) => Some(e),
        _ => None,
    };
    if asyncio_logger::log(vm, 40, &text, exc.clone(), asyncio_logger::BY_DEFAULT_HANDLER)? {
        return Ok(());
    }
    vm.stdout.flush();
    vm.stderr.write_str(&format!("{text}\n"));
    if let Some(Value::Instance(inst)) = exc {
        let t = vm.format_exception(&inst);
        vm.stderr.write_str(&t);
    }
    Ok(())
}

fn m_call_exception_handler(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Called as a method (a subclass's `super().call_exception_handler(...)` too): the
    // native behaviour, without looking for an override again.
    loop_handler_while(vm, &loop_value(&arg(&args, 0)), arg(&args, 1), None)?;
    Ok(Value::None)
}

fn m_default_exception_handler(vm: &mut Vm, args: Args) -> PyResult<Value> {
    default_exception_handler(vm, &arg(&args, 0), &arg(&args, 1))?;
    Ok(Value::None)
}

fn m_set_exception_handler(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let handler = arg(&args, 1);
    if !handler.is_none() && !crate::builtins::functions::is_callable(vm, &handler) {
        return Err(PyErr::type_error(format!("A callable object or None is expected, got {}", vm.repr(&handler)?)));
    }
    *loop_of(&arg(&args, 0))?.exception_handler.borrow_mut() = arg(&args, 1);
    Ok(Value::None)
}

fn m_get_exception_handler(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(loop_of(&arg(&args, 0))?.exception_handler.borrow().clone())
}

/// `loop.run_forever()`.
pub fn run_forever(vm: &mut Vm, loop_: &Value) -> PyResult<()> {
    let l = loop_of(loop_)?;
    check_closed(l)?;
    if l.running.get() {
        return Err(PyErr::runtime_error("This event loop is already running"));
    }
    if super::state(vm).locals.running_loop.is_some() {
        return Err(PyErr::runtime_error("Cannot run the event loop while another loop is running"));
    }
    l.set_running_flag(true);
    set_origin_tracking(l, l.debug.get());
    super::state(vm).locals.running_loop = Some(loop_.clone());
    // matches CPython's run_forever: the loop's own async generator hooks apply while it
    // runs, and the hooks it found are put back when it stops.
    let saved_hooks = super::state(vm).locals.asyncgen_hooks.take();
    let mut result = Ok(());
    loop {
        if let Err(e) = run_once(vm, loop_) {
            // CPython's `run_forever` frame, at `self._run_once()`.
            use super::stand_in_frames::{through, Pick};
            result = Err(through(vm, e, "asyncio.base_events", "_LoopFrames", "run_forever", 1, Pick::Call));
            break;
        }
        let l = loop_of(loop_)?;
        if l.stopping.get() {
            break;
        }
    }
    let l = loop_of(loop_)?;
    l.stopping.set(false);
    l.set_running_flag(false);
    set_origin_tracking(l, false);
    super::state(vm).locals.running_loop = None;
    super::state(vm).locals.asyncgen_hooks = saved_hooks;
    result
}

fn m_run_forever(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run_forever(vm, &loop_value(&arg(&args, 0)))?;
    Ok(Value::None)
}

fn stop_loop_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Bound to the loop; called with the finished future. matches CPython's
    // `_run_until_complete_cb`: a future that failed with SystemExit or KeyboardInterrupt
    // already ended its run_forever (the exception escaped the loop), so its callback, still
    // queued, must not stop the next run.
    let exc = super::future::core_of(&arg(&args, 1)).and_then(|c| match &*c.state.borrow() {
        super::future::FutureState::Exception(e) => Some(Value::Instance(e.clone())),
        _ => None,
    });
    if let Some(e) = exc {
        let cls = vm.type_of(&e);
        if [ExcKind::SystemExit, ExcKind::KeyboardInterrupt].into_iter().any(|k| cls.is_subclass(&vm.exc_class(k))) {
            return Ok(Value::None);
        }
    }
    if let Ok(l) = loop_of(&arg(&args, 0)) {
        l.stopping.set(true);
    }
    Ok(Value::None)
}

/// `loop.run_until_complete(future)`.
pub fn run_until_complete(vm: &mut Vm, loop_: &Value, fut: Value) -> PyResult<Value> {
    let l = loop_of(loop_)?;
    // CPython's `run_until_complete` frame holds `future` while these errors travel up.
    check_closed(l).map_err(|e| vm.error_keeping(e, fut.clone()))?;
    if l.running.get() {
        return Err(vm.error_keeping(PyErr::runtime_error("This event loop is already running"), fut));
    }
    // CPython's `_check_running` refuses before the coroutine is wrapped in a task, so it is
    // left never awaited.
    if super::state(vm).locals.running_loop.is_some() {
        let e = PyErr::runtime_error("Cannot run the event loop while another loop is running");
        return Err(vm.error_keeping(e, fut));
    }
    let new_task = super::future::core_of(&fut).is_none();
    // matches CPython's `tasks._ensure_future(future, loop=self)`: a future of another loop
    // is refused (this loop would never see it finish).
    if let Some(c) = super::future::core_of(&fut) {
        let same = loop_of(&c.loop_).is_ok_and(|other| std::ptr::eq(other, l));
        if !same {
            use super::stand_in_frames::{through, Pick};
            let e = PyErr::new(ExcKind::ValueError, "The future belongs to a different loop than the one specified as the loop argument");
            let e = through(vm, e, "asyncio.tasks", "_TaskFrames", "ensure_future", 1, Pick::Call);
            return Err(through(vm, e, "asyncio.base_events", "_LoopFrames", "run_until_complete", 4, Pick::Call));
        }
    }
    // What is not awaitable fails in `tasks.ensure_future`, called from this method.
    let fut = super::events::ensure_future(vm, fut, loop_).map_err(|e| {
        use super::stand_in_frames::{through, Pick};
        if !vm.err_matches(&e, ExcKind::TypeError) {
            return e;
        }
        let e = through(vm, e, "asyncio.tasks", "_TaskFrames", "ensure_future", 1, Pick::Call);
        through(vm, e, "asyncio.base_events", "_LoopFrames", "run_until_complete", 4, Pick::Call)
    })?;
    if new_task {
        // matches CPython: the task run_until_complete makes itself is not reported if it
        // dies pending (the loop was stopped before it finished).
        if let Some(c) = super::future::core_of(&fut) {
            c.log_destroy_pending.set(false);
        }
    }
    let stopper = Value::Builtin(Rc::new(crate::object::BuiltinFunction::new(Rc::from("_run_until_complete_cb"), stop_loop_callback, crate::object::function::NativeKind::Function, Some(loop_.clone()), None, crate::builtins::arity::Arity::Any)));
    super::future::add_done_callback_value(vm, &fut, stopper.clone())?;
    let r = run_forever(vm, loop_);
    // matches CPython: the stopper leaves the future whatever happened, so a future that
    // finishes during a later run of the loop does not stop that run.
    super::future::remove_done_callback_value(&fut, &stopper)?;
    if let Err(e) = r {
        // KeyboardInterrupt and friends: CPython leaves the future pending. The error passes
        // through `run_until_complete` at `self.run_forever()`.
        use super::stand_in_frames::{through, Pick};
        return Err(through(vm, e, "asyncio.base_events", "_LoopFrames", "run_until_complete", 5, Pick::Call));
    }
    let c = super::future::core_of(&fut).ok_or_else(|| PyErr::type_error("expected a future"))?;
    // CPython raises these from `run_until_complete`'s Python frame, which its traceback shows.
    use super::stand_in_frames::{push, Pick};
    if !c.is_done() {
        let inst = vm.materialize(PyErr::runtime_error("Event loop stopped before Future completed."));
        push(vm, &inst, "asyncio.base_events", "_LoopFrames", "run_until_complete", 2, Pick::Statement);
        return Err(PyErr::from_instance(inst));
    }
    super::future::result_of(c).map_err(|e| {
        let inst = vm.materialize(e);
        push(vm, &inst, "asyncio.base_events", "_LoopFrames", "run_until_complete", 3, Pick::Call);
        PyErr::from_instance(inst)
    })
}

fn m_run_until_complete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("run_until_complete", &args, 2, 2)?;
    run_until_complete(vm, &loop_value(&args.pos[0]), args.pos[1].clone())
}

fn m_stop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    loop_of(&arg(&args, 0))?.stopping.set(true);
    Ok(Value::None)
}

fn m_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let l = loop_of(&this)?;
    if l.running.get() {
        return Err(PyErr::runtime_error("Cannot close a running event loop"));
    }
    if l.closed.get() {
        return Ok(Value::None);
    }
    l.closed.set(true);
    l.ready.borrow_mut().clear();
    l.timers.borrow_mut().clear();
    // As CPython's close() closes its selector and self-pipe: the descriptors are free again.
    let reactor = l.reactor.borrow_mut().take();
    if reactor.as_ref().is_some_and(|r| r.watches_signals()) {
        // No signal may be written into a descriptor number about to be reused.
        crate::vm::signals::set_wakeup_fd(-1);
    }
    drop(reactor);
    l.waker.borrow_mut().take();
    Ok(Value::None)
}

fn m_is_running(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(loop_of(&arg(&args, 0))?.running.get()))
}

fn m_is_closed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(loop_of(&arg(&args, 0))?.closed.get()))
}

/// `loop._take_asyncgens()`: the registered async generators still alive and not finished, in
/// first-iteration order; the registry is emptied (the first half of `shutdown_asyncgens`).
fn m_take_asyncgens(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let gens = std::mem::take(&mut *loop_of(&this)?.asyncgens.borrow_mut());
    let live = gens.iter().filter_map(|w| w.upgrade()).filter(|g| !g.is_finished()).map(Value::Generator);
    Ok(Value::list(live.collect()))
}

fn m_get_dict(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    match &this {
        Value::Native(n) => Ok(n.instance_dict(true).map(Value::Dict).unwrap_or(Value::None)),
        // a script subclass's instance has a dict of its own
        Value::Instance(inst) => Ok(crate::vm::attr::instance_dict_value(&this, inst)),
        _ => Err(PyErr::type_error("expected an event loop")),
    }
}

fn m_get_slow(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(loop_of(&arg(&args, 0))?.slow_callback_duration.get()))
}

fn m_set_slow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos.get(1).cloned().unwrap_or(Value::None);
    let secs = match v {
        Value::Float(f) => f.get(),
        Value::Int(i) => i as f64,
        Value::Bool(b) => b.get() as i64 as f64,
        other => return Err(PyErr::type_error(format!("must be real number, not {}", vm.type_name(&other)))),
    };
    loop_of(&arg(&args, 0))?.slow_callback_duration.set(secs);
    Ok(Value::None)
}

fn m_get_debug(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(loop_of(&arg(&args, 0))?.debug.get()))
}

fn m_set_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = vm.is_true(&arg(&args, 1))?;
    let this_arg = arg(&args, 0);
    let l = loop_of(&this_arg)?;
    l.debug.set(b);
    if l.running.get() {
        // matches CPython: a running loop changes its coroutine origin tracking from a
        // callback (`call_soon_threadsafe`), so coroutines made before that runs are not
        // tracked.
        let this = loop_value(&arg(&args, 0));
        let cb = Value::Builtin(Rc::new(crate::object::BuiltinFunction::new(
            Rc::from("_set_coroutine_origin_tracking"),
            origin_tracking_callback,
            crate::object::function::NativeKind::Function,
            Some(this.clone()),
            None,
            crate::builtins::arity::Arity::Any,
        )));
        call_soon(vm, &this, cb, vec![Value::bool(b)])?;
    }
    Ok(Value::None)
}

/// The callback `set_debug` schedules on a running loop (bound to the loop).
fn origin_tracking_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let on = vm.is_true(&arg(&args, 1))?;
    let this = arg(&args, 0);
    set_origin_tracking(loop_of(&this)?, on);
    Ok(Value::None)
}

/// CPython's `BaseEventLoop._set_coroutine_origin_tracking`: debug mode records where
/// coroutines are made (`DEBUG_STACK_DEPTH` frames) while the loop runs; the depth found is
/// restored when tracking goes off.
fn set_origin_tracking(l: &EventLoop, on: bool) {
    use super::coro_origin::{depth, set_depth};
    match (on, l.origin_tracking_saved.get()) {
        (true, None) => {
            l.origin_tracking_saved.set(Some(depth()));
            set_depth(10);
        }
        (false, Some(saved)) => {
            set_depth(saved);
            l.origin_tracking_saved.set(None);
        }
        _ => {}
    }
}

fn m_repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = loop_value(&arg(&args, 0));
    let l = loop_of(&this)?;
    let b = |x: bool| if x { "True" } else { "False" };
    // CPython's BaseEventLoop.__repr__ names the object's class (a subclass shows its own).
    let name = match &this {
        Value::Instance(i) => i.class().name(),
        _ => Rc::from("_UnixSelectorEventLoop"),
    };
    Ok(Value::string(format!(
        "<{name} running={} closed={} debug={}>",
        b(l.running.get()),
        b(l.closed.get()),
        b(l.debug.get())
    )))
}
