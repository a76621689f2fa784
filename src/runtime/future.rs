//! `asyncio.Future` (`_asyncio.Future`): result/exception state, done callbacks, `await`.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::RuntimeClasses;
use crate::builtins::arg;
use crate::object::{Args, Class, ExcKind, Instance, NativeObject, NativeRef, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A future's state; the variants carry only what is valid in that state.
pub enum FutureState {
    Pending,
    Cancelled,
    Result(Value),
    /// Always an exception instance (checked by `set_exception`); kept as the instance so the
    /// state fits in a `Value`'s 16 bytes (the variants share the `Value` tag's spare values).
    Exception(Rc<Instance>),
}

/// A done callback. A task's wake-up is kept as the task itself (CPython's C Task allocates a
/// bound method per await; nothing script-visible depends on that object).
#[derive(Clone)]
///
/// The task and gather state are native objects, held as bare handles so that the enum (and
/// `Callbacks`) fits in a `Value`'s 16 bytes.
pub enum DoneCallback {
    /// `task.__wakeup(fut)`.
    Wakeup(NativeRef),
    /// A callable, called with the future.
    Func(Value),
    /// A callable and the context it runs in: `add_done_callback(fn, context=ctx)`, or the
    /// copy of the current context CPython captures at registration once contextvars are in use.
    FuncIn(Box<(Value, Value)>),
    /// `asyncio.gather`'s per-child callback (its native state, see `gather`).
    Gather(NativeRef),
}

impl DoneCallback {
    /// The native handle a wake-up or gather callback keeps (`v` was checked to be native).
    pub fn native(v: &Value) -> PyResult<NativeRef> {
        match v {
            Value::Native(n) => Ok(n.clone()),
            _ => Err(PyErr::type_error("a native task or gather state was expected")),
        }
    }
}

/// The done callbacks in registration order; the first is kept inline as CPython's
/// `fut_callback0`, since nearly every future gets exactly one (its awaiting task's wake-up).
#[derive(Default)]
pub enum Callbacks {
    #[default]
    Empty,
    One(DoneCallback),
    /// Boxed: rare, and a bare `Vec` would make every future's callback slot 8 bytes larger.
    Many(Box<Vec<DoneCallback>>),
}

impl Callbacks {
    pub fn len(&self) -> usize {
        match self {
            Callbacks::Empty => 0,
            Callbacks::One(_) => 1,
            Callbacks::Many(v) => v.len(),
        }
    }

    fn push(&mut self, cb: DoneCallback) {
        *self = match std::mem::take(self) {
            Callbacks::Empty => Callbacks::One(cb),
            Callbacks::One(first) => Callbacks::Many(Box::new(vec![first, cb])),
            Callbacks::Many(mut v) => {
                v.push(cb);
                Callbacks::Many(v)
            }
        };
    }

    fn to_vec(&self) -> Vec<DoneCallback> {
        match self {
            Callbacks::Empty => Vec::new(),
            Callbacks::One(cb) => vec![cb.clone()],
            Callbacks::Many(v) => v.to_vec(),
        }
    }

    fn from_vec(mut v: Vec<DoneCallback>) -> Callbacks {
        match v.len() {
            0 => Callbacks::Empty,
            1 => Callbacks::One(v.pop().expect("length checked")),
            _ => Callbacks::Many(Box::new(v)),
        }
    }
}

/// Fields most futures never set, boxed so a pending future does not pay for them.
struct Rare {
    cancel_message: Value,
    /// The CancelledError that ended a task's coroutine, handed (once) to the first caller
    /// that asks for the cancellation error: CPython's `_cancelled_exc`.
    cancelled_exc: Option<Value>,
    /// Where the future or task was made, recorded in debug mode (CPython's
    /// `_source_traceback`).
    source_tb: Option<super::source_traceback::SourceTraceback>,
    /// Task only: the script subclass the task was made as, kept once the task is done (for
    /// the "MyTask exception was never retrieved" report, which names it as CPython does).
    subclass: Option<Rc<Class>>,
    /// Task only: the subclass instance wrapping the task while it is pending (see
    /// `Task::identity`).
    wrapper: Option<Rc<crate::object::Instance>>,
    /// The `__dict__` (CPython's futures and tasks take arbitrary attributes).
    dict: Option<Rc<RefCell<crate::object::PyDict>>>,
    /// The exception's traceback when it was set (C `_asyncio`'s `fut_exception_tb`): the first
    /// `result()` (or `await`) gives it back to the exception and forgets it, later ones raise
    /// the exception with no traceback, so awaiting a failed task twice does not stack the
    /// first awaiter's frames under the second's.
    exception_tb: Option<Vec<crate::object::exception::TbEntry>>,
}

impl Rare {
    fn new() -> Box<Rare> {
        Box::new(Rare {
            cancel_message: Value::None,
            cancelled_exc: None,
            source_tb: None,
            subclass: None,
            wrapper: None,
            dict: None,
            exception_tb: None,
        })
    }
}

/// The state shared by Future and Task.
pub struct FutureCore {
    pub state: RefCell<FutureState>,
    pub callbacks: RefCell<Callbacks>,
    pub loop_: Value,
    rare: Cell<Option<Box<Rare>>>,
    /// `_asyncio_future_blocking`.
    pub blocking: Cell<bool>,
    /// The exception was never retrieved (reported when the future dies).
    pub log_traceback: Cell<bool>,
    /// Task only (here to share the flags' padding): cancel at the next step.
    pub must_cancel: Cell<bool>,
    /// Task only: `cancelling()` (saturating: 16 bits leave room for `task_block`).
    pub num_cancels_requested: Cell<u16>,
    /// Task only: the block CPython's allocator would have given it, which its hash follows
    /// (see `task_addresses`); 0 for none.
    pub task_block: Cell<u16>,
    /// Task only: `_log_destroy_pending` (report the task if it dies still pending).
    pub log_destroy_pending: Cell<bool>,
}

impl FutureCore {
    pub fn new(loop_: Value) -> FutureCore {
        FutureCore {
            state: RefCell::new(FutureState::Pending),
            callbacks: RefCell::new(Callbacks::Empty),
            loop_,
            rare: Cell::new(None),
            blocking: Cell::new(false),
            log_traceback: Cell::new(false),
            must_cancel: Cell::new(false),
            num_cancels_requested: Cell::new(0),
            task_block: Cell::new(0),
            log_destroy_pending: Cell::new(true),
        }
    }

    /// Works on the rarely-set fields. They sit in a `Cell` (taken out, worked on, put back)
    /// rather than a `RefCell`, which saves a borrow flag per future; `f` only moves and
    /// clones values, so nothing can reach this future's fields while they are out.
    fn with_rare<R>(&self, f: impl FnOnce(&mut Option<Box<Rare>>) -> R) -> R {
        let mut rare = self.rare.take();
        let r = f(&mut rare);
        self.rare.set(rare);
        r
    }

    pub fn cancel_message(&self) -> Value {
        self.with_rare(|rare| rare.as_ref().map_or(Value::None, |r| r.cancel_message.clone()))
    }

    pub fn set_cancel_message(&self, msg: Value) {
        // The replaced message is dropped only after the fields are back in place.
        let old = self.with_rare(|rare| match rare.as_mut() {
            Some(r) => std::mem::replace(&mut r.cancel_message, msg),
            None if msg.is_none() => msg,
            None => std::mem::replace(&mut rare.get_or_insert_with(Rare::new).cancel_message, msg),
        });
        drop(old);
    }

    pub fn take_cancelled_exc(&self) -> Option<Value> {
        self.with_rare(|rare| rare.as_mut().and_then(|r| r.cancelled_exc.take()))
    }

    fn set_exception_tb(&self, tb: Vec<crate::object::exception::TbEntry>) {
        let old = self.with_rare(|rare| rare.get_or_insert_with(Rare::new).exception_tb.replace(tb));
        drop(old);
    }

    fn take_exception_tb(&self) -> Option<Vec<crate::object::exception::TbEntry>> {
        self.with_rare(|rare| rare.as_mut().and_then(|r| r.exception_tb.take()))
    }

    pub fn set_cancelled_exc(&self, exc: Value) {
        let old = self.with_rare(|rare| rare.get_or_insert_with(Rare::new).cancelled_exc.replace(exc));
        drop(old);
    }

    /// `created at file:line` of the reprs (debug mode).
    pub fn created_at(&self) -> Option<String> {
        self.source_traceback().and_then(|tb| tb.created_at())
    }

    pub fn source_traceback(&self) -> Option<super::source_traceback::SourceTraceback> {
        self.with_rare(|rare| rare.as_ref().and_then(|r| r.source_tb.clone()))
    }

    pub fn subclass(&self) -> Option<Rc<Class>> {
        self.with_rare(|rare| rare.as_ref().and_then(|r| r.subclass.clone()))
    }

    pub fn wrapper(&self) -> Option<Rc<crate::object::Instance>> {
        self.with_rare(|rare| rare.as_ref().and_then(|r| r.wrapper.clone()))
    }

    pub fn set_wrapper(&self, inst: Option<Rc<crate::object::Instance>>) {
        self.with_rare(|rare| rare.get_or_insert_with(Rare::new).wrapper = inst);
    }

    pub fn set_subclass(&self, cls: Rc<Class>) {
        self.with_rare(|rare| rare.get_or_insert_with(Rare::new).subclass = Some(cls));
    }

    pub fn set_source_traceback(&self, tb: Option<super::source_traceback::SourceTraceback>) {
        if tb.is_some() {
            self.with_rare(|rare| rare.get_or_insert_with(Rare::new).source_tb = tb);
        }
    }

    /// The `__dict__`, made on first need when `create`.
    pub fn instance_dict(&self, create: bool) -> Option<Rc<RefCell<crate::object::PyDict>>> {
        self.with_rare(|rare| match rare {
            Some(r) if r.dict.is_some() => r.dict.clone(),
            _ if !create => None,
            _ => Some(rare.get_or_insert_with(Rare::new).dict.get_or_insert_with(Default::default).clone()),
        })
    }

    /// Register a done callback on a pending future.
    pub fn push_callback(&self, cb: DoneCallback) {
        self.callbacks.borrow_mut().push(cb);
    }

    pub fn is_done(&self) -> bool {
        !matches!(&*self.state.borrow(), FutureState::Pending)
    }

    pub fn is_cancelled(&self) -> bool {
        matches!(&*self.state.borrow(), FutureState::Cancelled)
    }

    pub fn state_name(&self) -> &'static str {
        match &*self.state.borrow() {
            FutureState::Pending => "PENDING",
            FutureState::Cancelled => "CANCELLED",
            FutureState::Result(_) | FutureState::Exception(_) => "FINISHED",
        }
    }
}

pub struct Future {
    pub core: FutureCore,
    class: Rc<Class>,
}

/// matches CPython's `Future.__del__` (see `Task`'s `Drop`): "Future exception was never
/// retrieved", reported through the loop's exception handler with a stand-in future.
impl Drop for Future {
    fn drop(&mut self) {
        if !self.core.log_traceback.replace(false) {
            return;
        }
        let exc = match &*self.core.state.borrow() {
            FutureState::Exception(e) => e.clone(),
            _ => return,
        };
        let loop_ = self.core.loop_.clone();
        let subclass = self.core.subclass();
        // matches CPython's "{type name} exception was never retrieved".
        let name = subclass.as_ref().map_or_else(|| self.class.name(), |c| c.name());
        let message = format!("{name} exception was never retrieved");
        // The stand-in stays a plain native future (the subclass's methods would look for an
        // instance it is not); its repr names the subclass (see `repr`).
        let heir = Future { core: FutureCore::new(loop_.clone()), class: self.class.clone() };
        heir.core.set_source_traceback(self.core.source_traceback());
        if let Some(cls) = subclass {
            heir.core.set_subclass(cls);
        }
        *heir.core.state.borrow_mut() = FutureState::Exception(exc.clone());
        report_unretrieved(message, loop_, Value::Instance(exc), Value::Native(crate::object::NativeRef::new(heir)));
    }
}

/// At exit: report the futures and tasks still alive whose exception nobody retrieved. They
/// are held by reference cycles (an exception's traceback reaching a frame that holds the
/// task), which CPython's collection at finalization frees, running `__del__`'s report. The
/// reports come in the order the exceptions were set (CPython's, the order of creation, is
/// the same for the usual failed tasks).
pub fn report_leaked_unretrieved(vm: &mut Vm) {
    if vm.runtime.is_none() {
        return;
    }
    let noted = super::state(vm).take_unretrieved();
    report_each_unretrieved(&noted);
    vm.run_finalizers();
    // CPython finalizes in order of creation: tasks still pending usually came last.
    super::task::report_leaked_pending(vm);
    vm.run_finalizers();
    release_tracebacks(vm, &noted);
}

/// The last step of the collection at exit: the exceptions of futures still alive let go of
/// the frame locals their tracebacks keep. Those reach the future again (a Runner's frame
/// holds the failed main task), a cycle CPython's final collection frees; what only the cycle
/// kept then goes, and a coroutine in it that never ran warns (at `sys:1`).
fn release_tracebacks(vm: &mut Vm, noted: &[crate::object::NativeWeak]) {
    let mut released = Vec::new();
    for n in noted.iter().filter_map(|w| w.upgrade()) {
        let v = Value::Native(n);
        let Some(c) = core_of(&v) else { continue };
        let FutureState::Exception(exc) = &*c.state.borrow() else { continue };
        let Some(data) = crate::object::exception::exc_data(exc) else { continue };
        let mut data = data.borrow_mut();
        released.extend(data.traceback.iter_mut().filter_map(|e| e.locals.take()));
        if let Some(mut tb) = c.take_exception_tb() {
            released.extend(tb.iter_mut().filter_map(|e| e.locals.take()));
        }
        released.push(Rc::new(std::mem::take(&mut data.kept_alive).into_iter().map(Some).collect()));
    }
    if released.is_empty() {
        return;
    }
    // A coroutine's "never awaited" warning gets its tracemalloc hint (stdlib/warnings.py).
    let warnings = vm.import_module("warnings").ok();
    let phase = |vm: &mut Vm, on: bool| {
        if let Some(w) = &warnings {
            let _ = vm.setattr(w, &Value::str("_shutdown_collecting"), Value::bool(on));
        }
    };
    phase(vm, true);
    drop(released);
    vm.run_finalizers();
    phase(vm, false);
}

fn report_each_unretrieved(noted: &[crate::object::NativeWeak]) {
    for n in noted.iter().filter_map(|w| w.upgrade()) {
        let v = Value::Native(n.clone());
        let Some(c) = core_of(&v) else { continue };
        if !c.log_traceback.replace(false) {
            continue;
        }
        let exc = match &*c.state.borrow() {
            FutureState::Exception(e) => e.clone(),
            _ => continue,
        };
        // matches CPython's "{type name} exception was never retrieved".
        let name = c.subclass().map_or_else(|| n.class().name().to_string(), |cls| cls.name().to_string());
        report_unretrieved(format!("{name} exception was never retrieved"), c.loop_.clone(), Value::Instance(exc), v.clone());
    }
}

/// Queue the report of an exception nobody retrieved: once the VM reaches a safe point it
/// calls the loop's exception handler with `heir`, a stand-in for the dead future or task.
pub fn report_unretrieved(message: String, loop_: Value, exc: Value, heir: Value) {
    crate::vm::finalize::enqueue(crate::vm::finalize::Pending::Run(Box::new(move |vm: &mut Vm| {
        let tb = core_of(&heir).and_then(|c| c.source_traceback());
        let mut pairs = vec![Value::str("message"), Value::str(&message), Value::str("exception"), exc, Value::str("future"), heir];
        super::source_traceback::add_to_context(vm, &mut pairs, tb);
        if let Ok(ctx) = vm.new_dict_from_pairs(pairs) {
            // A failing handler has nowhere to report to but the handler machinery itself.
            let _ = super::event_loop::call_exception_handler(vm, &loop_, ctx);
        }
    })));
}

impl NativeObject for Future {
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
        self.core.instance_dict(create)
    }
}

/// The future state of a Future or a Task value.
pub fn core_of(v: &Value) -> Option<&FutureCore> {
    if let Value::Instance(i) = v {
        // A script subclass of Future (e.g. gather's `_GatheringFuture`) wraps a native future.
        return match &i.payload {
            crate::object::Payload::Builtin(b) => core_of(b),
            _ => None,
        };
    }
    if let Some(f) = v.downcast::<Future>() {
        return Some(&f.core);
    }
    v.downcast::<super::task::Task>().map(|t| &t.core)
}

fn core(v: &Value) -> PyResult<&FutureCore> {
    core_of(v).ok_or_else(|| PyErr::type_error("descriptor requires a '_asyncio.Future' object"))
}

pub fn new_future(vm: &mut Vm, loop_: Value) -> Value {
    let class = super::classes(vm).future.clone();
    let source_tb = super::source_traceback::capture_for(vm, &loop_);
    let fut = Future { core: FutureCore::new(loop_), class };
    fut.core.set_source_traceback(source_tb);
    Value::Native(crate::object::NativeRef::new(fut))
}

pub fn install(vm: &mut Vm, c: &RuntimeClasses) {
    use crate::builtins::{def_getter, def_method, def_new};
    let f = &c.future;
    def_new(f, future_new);
    def_method(f, "result", result);
    def_method(f, "exception", exception);
    def_method(f, "set_result", set_result);
    def_method(f, "set_exception", set_exception);
    def_method(f, "cancel", cancel);
    def_method(f, "cancelled", cancelled);
    def_method(f, "done", done);
    def_method(f, "add_done_callback", add_done_callback);
    def_method(f, "remove_done_callback", remove_done_callback);
    def_method(f, "get_loop", get_loop);
    def_method(f, "__await__", await_);
    def_method(f, "__iter__", iter_);
    def_method(f, "__repr__", repr);
    def_getter(f, "_state", state);
    // matches CPython: `asyncio.Future[int]` / `asyncio.Task[int]` are generic aliases.
    crate::builtins::def_classmethod(f, "__class_getitem__", crate::builtins::base_dunders::class_getitem);
    let it = &c.future_iter;
    def_method(it, "__next__", iter_next);
    def_method(it, "send", iter_send);
    def_method(it, "throw", iter_throw);
    def_method(it, "__iter__", crate::builtins::generator::identity_fn);
    let _ = vm;
}

fn future_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Subclasses take their own `__init__` arguments; only Future itself binds them here.
    if matches!(args.pos.first(), Some(Value::Class(c)) if Rc::ptr_eq(c, &super::classes(vm).future)) {
        super::clinic::init_args(&args, "Future", None, &["loop"])?;
    }
    let loop_ = match args.kwarg("loop") {
        Some(l) if !l.is_none() => l.clone(),
        _ => super::events::get_event_loop_value(vm)?,
    };
    // As CPython's future_init, which asks `loop.get_debug()`: a loop= that is not a loop
    // fails here (AttributeError), not later.
    if loop_.downcast::<super::event_loop::EventLoop>().is_none() {
        vm.call_method(&loop_, "get_debug", vec![])?;
    }
    let fut = new_future(vm, loop_);
    // A script subclass (gather's `_GatheringFuture`): remembered for the "... exception was
    // never retrieved" report, which names the subclass as CPython does.
    if let (Some(Value::Class(cls)), Some(c)) = (args.pos.first(), core_of(&fut)) {
        if !Rc::ptr_eq(cls, &super::classes(vm).future) {
            c.set_subclass(cls.clone());
        }
    }
    Ok(fut)
}

/// The exception a cancelled future raises.
/// Matches CPython's C `create_cancelled_error`: the stored exception is transferred to the
/// first caller; later callers get a fresh one built from the cancel message.
pub fn cancelled_error(c: &FutureCore) -> PyErr {
    if let Some(exc) = c.take_cancelled_exc() {
        return exc_to_err(&exc);
    }
    let msg = c.cancel_message();
    if msg.is_none() {
        PyErr::with_args(ExcKind::CancelledError, vec![])
    } else {
        PyErr::with_args(ExcKind::CancelledError, vec![msg])
    }
}

fn exc_to_err(v: &Value) -> PyErr {
    match v {
        Value::Instance(i) => PyErr::from_instance(i.clone()),
        _ => PyErr::runtime_error("invalid exception in future"),
    }
}

/// `fut.result()` as a Rust result.
pub fn result_of(c: &FutureCore) -> PyResult<Value> {
    let exc = match &*c.state.borrow() {
        FutureState::Pending => return Err(PyErr::new(ExcKind::InvalidStateError, "Result is not set.")),
        FutureState::Cancelled => return Err(cancelled_error(c)),
        FutureState::Result(v) => return Ok(v.clone()),
        FutureState::Exception(e) => e.clone(),
    };
    c.log_traceback.set(false);
    // matches C `_asyncio`'s future_get_result: the exception is raised with the traceback it
    // had when set, once; then with none.
    let tb = c.take_exception_tb().unwrap_or_default();
    let old = crate::object::exception::exc_data(&exc).map(|d| std::mem::replace(&mut d.borrow_mut().traceback, tb));
    // What the replaced entries kept alive may run a finalizer: only once nothing is borrowed.
    drop(old);
    Err(PyErr::from_instance(exc))
}

fn result(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::no_args(&args, "result")?;
    result_of(core(&arg(&args, 0))?)
}

fn exception(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::no_args(&args, "exception")?;
    exception_of(core(&arg(&args, 0))?)
}

/// `fut.exception()` as a Rust result.
pub fn exception_of(c: &FutureCore) -> PyResult<Value> {
    let r = match &*c.state.borrow() {
        FutureState::Pending => Err(PyErr::new(ExcKind::InvalidStateError, "Exception is not set.")),
        FutureState::Cancelled => Err(cancelled_error(c)),
        FutureState::Result(_) => Ok(Value::None),
        FutureState::Exception(e) => {
            c.log_traceback.set(false);
            Ok(Value::Instance(e.clone()))
        }
    };
    r
}

/// Schedule every done callback with `call_soon(cb, fut)`.
pub fn schedule_callbacks(vm: &mut Vm, fut: &Value) -> PyResult<()> {
    let Some(c) = core_of(fut) else { return Ok(()) };
    let cbs = std::mem::take(&mut *c.callbacks.borrow_mut());
    let loop_ = c.loop_.clone();
    match cbs {
        Callbacks::Empty => Ok(()),
        Callbacks::One(cb) => schedule_callback(vm, &loop_, cb, fut),
        Callbacks::Many(v) => {
            for cb in *v {
                schedule_callback(vm, &loop_, cb, fut)?;
            }
            Ok(())
        }
    }
}

/// `call_soon(cb, fut)` for one done callback.
fn schedule_callback(vm: &mut Vm, loop_: &Value, cb: DoneCallback, fut: &Value) -> PyResult<()> {
    match cb {
        DoneCallback::Wakeup(task) => super::task::schedule_wakeup(vm, loop_, Value::Native(task), fut.clone()),
        DoneCallback::Gather(state) => {
            let state = Value::Native(state);
            super::event_loop::schedule_ready(vm, loop_, super::ready::Ready::Gather { state, fut: fut.clone() })
        }
        DoneCallback::Func(f) => super::event_loop::call_soon(vm, loop_, f, vec![fut.clone()]).map(|_| ()),
        DoneCallback::FuncIn(fc) => {
            let (f, ctx) = *fc;
            super::event_loop::call_soon_in(vm, loop_, f, vec![fut.clone()], Some(ctx)).map(|_| ())
        }
    }
}

/// Matches the C `_asyncio.Future` (what CPython uses), not the pure-Python `futures.py`
/// whose message is `"FINISHED: <Future ...>"`.
fn invalid_state(_vm: &mut Vm, _fut: &Value) -> PyErr {
    PyErr::new(ExcKind::InvalidStateError, "invalid state")
}

/// `fut.set_result(v)`.
pub fn set_result_value(vm: &mut Vm, fut: &Value, v: Value) -> PyResult<()> {
    let c = core(fut)?;
    if c.is_done() {
        return Err(invalid_state(vm, fut));
    }
    *c.state.borrow_mut() = FutureState::Result(v);
    schedule_callbacks(vm, fut)
}

fn set_result(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::one_arg(&args, "set_result")?;
    // matches CPython's Task: the result comes from the coroutine only.
    if super::task::is_task(&args.pos[0]) {
        return Err(PyErr::runtime_error("Task does not support set_result operation"));
    }
    set_result_value(vm, &args.pos[0], args.pos[1].clone())?;
    Ok(Value::None)
}

/// `fut.set_exception(exc)`.
pub fn set_exception_value(vm: &mut Vm, fut: &Value, exc: Value) -> PyResult<()> {
    let c = core(fut)?;
    if c.is_done() {
        return Err(invalid_state(vm, fut));
    }
    let exc = match exc {
        Value::Class(cls) => Value::Instance(vm.instantiate_exception(&cls, vec![])?),
        other => other,
    };
    let inst = match &exc {
        Value::Instance(i) if crate::object::exception::exc_data(i).is_some() => i.clone(),
        _ => return Err(PyErr::type_error("invalid exception object")),
    };
    if vm.is_instance_of_kind(&exc, ExcKind::StopIteration) {
        return Err(PyErr::type_error("StopIteration interacts badly with generators and cannot be raised into a Future"));
    }
    let tb = crate::object::exception::exc_data(&inst).map(|d| d.borrow().traceback.clone()).unwrap_or_default();
    *c.state.borrow_mut() = FutureState::Exception(inst);
    if !tb.is_empty() {
        c.set_exception_tb(tb);
    }
    c.log_traceback.set(true);
    if let Value::Native(n) = fut {
        super::state(vm).note_unretrieved(n);
    }
    schedule_callbacks(vm, fut)
}

fn set_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::one_arg(&args, "set_exception")?;
    // matches CPython's Task: the result comes from the coroutine only.
    if super::task::is_task(&args.pos[0]) {
        return Err(PyErr::runtime_error("Task does not support set_exception operation"));
    }
    set_exception_value(vm, &args.pos[0], args.pos[1].clone())?;
    Ok(Value::None)
}

/// `Future.cancel(msg)`: true if the future was pending.
pub fn cancel_future(vm: &mut Vm, fut: &Value, msg: Value) -> PyResult<bool> {
    let c = core(fut)?;
    c.log_traceback.set(false);
    if c.is_done() {
        return Ok(false);
    }
    *c.state.borrow_mut() = FutureState::Cancelled;
    c.set_cancel_message(msg);
    schedule_callbacks(vm, fut)?;
    Ok(true)
}

fn cancel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fut = arg(&args, 0);
    let msg = super::clinic::cancel_msg(&args)?;
    if super::task::is_task(&fut) {
        return super::task::cancel_task(vm, &fut, msg).map(Value::bool);
    }
    cancel_future(vm, &fut, msg).map(Value::bool)
}

fn cancelled(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::no_args(&args, "cancelled")?;
    Ok(Value::bool(core(&arg(&args, 0))?.is_cancelled()))
}

fn done(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::no_args(&args, "done")?;
    Ok(Value::bool(core(&arg(&args, 0))?.is_done()))
}

/// `fut.add_done_callback(fn)`.
pub fn add_done_callback_value(vm: &mut Vm, fut: &Value, cb: Value) -> PyResult<()> {
    add_callback(vm, fut, DoneCallback::Func(cb))
}

/// Drop the done callback `cb` (compared by identity) from `fut`'s callbacks.
pub fn remove_done_callback_value(fut: &Value, cb: &Value) -> PyResult<()> {
    let c = core(fut)?;
    let kept: Vec<DoneCallback> = c.callbacks.borrow().to_vec().into_iter().filter(|x| !matches!(x, DoneCallback::Func(f) if f.is(cb)) && !matches!(x, DoneCallback::FuncIn(fc) if fc.0.is(cb))).collect();
    *c.callbacks.borrow_mut() = Callbacks::from_vec(kept);
    Ok(())
}

/// Register `cb`, or schedule it at once if the future is done.
pub fn add_callback(vm: &mut Vm, fut: &Value, cb: DoneCallback) -> PyResult<()> {
    let c = core(fut)?;
    if c.is_done() {
        let loop_ = c.loop_.clone();
        schedule_callback(vm, &loop_, cb, fut)
    } else {
        c.push_callback(cb);
        Ok(())
    }
}

/// `fut.add_done_callback(fn, *, context=None)`: as CPython's C Future, the callback later runs
/// in `context`; with no `context=` in a copy of the context current at registration; with
/// `context=None` (handed on to `call_soon`) in a copy of the one current when it is scheduled.
fn add_done_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::add_done_callback(&args)?;
    let cb = args.pos[1].clone();
    let context = match args.kwarg("context") {
        Some(c) if c.is_none() => None,
        Some(c) => Some(c.clone()),
        None => crate::modules::contextvars::capture(),
    };
    let cb = match context {
        Some(ctx) => DoneCallback::FuncIn(Box::new((cb, ctx))),
        None => DoneCallback::Func(cb),
    };
    add_callback(vm, &args.pos[0], cb)?;
    Ok(Value::None)
}

fn remove_done_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::one_arg(&args, "remove_done_callback")?;
    let c = core(&args.pos[0])?;
    // Compared on a copy: `==` may run script code that touches the callbacks.
    let cbs = c.callbacks.borrow().to_vec();
    let mut kept = Vec::new();
    let mut removed = 0;
    for cb in cbs {
        let matches = match &cb {
            DoneCallback::Func(f) => vm.eq(f, &args.pos[1])?,
            DoneCallback::FuncIn(fc) => vm.eq(&fc.0, &args.pos[1])?,
            DoneCallback::Wakeup(_) => false,
            DoneCallback::Gather(g) => matches!(&args.pos[1], Value::Native(n) if NativeRef::ptr_eq(g, n)),
        };
        if matches {
            removed += 1;
        } else {
            kept.push(cb);
        }
    }
    *c.callbacks.borrow_mut() = Callbacks::from_vec(kept);
    Ok(Value::Int(removed))
}

fn get_loop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::no_args(&args, "get_loop")?;
    Ok(core(&arg(&args, 0))?.loop_.clone())
}


fn state(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::str(core(&arg(&args, 0))?.state_name()))
}

/// `<Future pending>`, `<Future finished result=1>`, `<Future cancelled>`.
pub fn future_repr_body(vm: &mut Vm, c: &FutureCore) -> PyResult<String> {
    let state = c.state_name().to_lowercase();
    let mut s = state;
    let detail = match &*c.state.borrow() {
        FutureState::Result(v) => Some(("result", v.clone())),
        FutureState::Exception(e) => Some(("exception", Value::Instance(e.clone()))),
        _ => None,
    };
    if let Some((k, v)) = detail {
        // CPython's `_future_repr_info` shows a result through `reprlib.repr()` (abbreviated);
        // an exception in full.
        let r = if k == "result" { result_repr(vm, &v)? } else { vm.repr(&v)? };
        s.push_str(&format!(" {k}={r}"));
    }
    let n = c.callbacks.borrow().len();
    if n > 0 {
        let cbs = c.callbacks.borrow().to_vec();
        // CPython's `_format_callbacks`: the first and the last, with a count between.
        let shown = if n > 2 {
            let (first, last) = (callback_name(vm, &cbs[0]), callback_name(vm, &cbs[n - 1]));
            format!("{first}, <{} more>, {last}", n - 2)
        } else {
            cbs.iter().map(|cb| callback_name(vm, cb)).collect::<Vec<_>>().join(", ")
        };
        s.push_str(&format!(" cb=[{shown}]"));
    }
    // CPython's `_future_repr_info` ends with where the future was made (debug mode).
    if let Some(at) = c.created_at() {
        s.push_str(&format!(" created at {at}"));
    }
    Ok(s)
}

/// `reprlib.repr(v)` (asyncio formats results and callback arguments with it), via `asyncio.base_futures._result_repr` unless the plain repr is
/// short enough that reprlib would leave it alone.
pub fn result_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if matches!(v, Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)) {
        return vm.repr(v);
    }
    let helpers = vm.import_module("asyncio.base_futures")?;
    let f = vm.getattr(&helpers, &Value::str("_result_repr"))?;
    let r = vm.call(&f, vec![v.clone()])?;
    match r {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => vm.repr(&other),
    }
}

fn callback_name(vm: &mut Vm, cb: &DoneCallback) -> String {
    let cb = match cb {
        // A bound builtin method's `__qualname__` names the class of its `self`: a Task
        // subclass's own name.
        DoneCallback::Wakeup(task) => {
            let c = core_of(&Value::Native(task.clone())).and_then(|c| c.wrapper().map(|i| i.class()).or_else(|| c.subclass()));
            let owner = c.map_or_else(|| "Task".to_string(), |cls| cls.qualname.borrow().to_string());
            return format!("{owner}.task_wakeup()");
        }
        DoneCallback::Gather(_) => {
            let name = "gather.<locals>._done_callback";
            return format!("{name}(){}", super::callback_sources::cpython_suffix(name).unwrap_or_default());
        }
        DoneCallback::Func(f) => f,
        DoneCallback::FuncIn(fc) => &fc.0,
    };
    match cb {
        Value::Builtin(b) if b.bound.as_ref().map_or(false, |x| x.downcast::<super::task::Task>().is_some()) => {
            "Task.task_wakeup()".to_string()
        }
        // CPython's `_format_callbacks` formats each with `_format_callback_source(cb, ())`.
        other => super::handle::format_callback_source(vm, other, &[]).unwrap_or_default(),
    }
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fut = arg(&args, 0);
    let c = core(&fut)?;
    let body = future_repr_body(vm, c)?;
    // CPython's `_future_repr` uses `self.__class__.__name__` (a subclass shows its own name,
    // also on the stand-in of a dead subclass instance).
    let cls = match (&fut, c.subclass()) {
        (Value::Native(_), Some(sub)) => sub.name(),
        _ => vm.type_of(&fut).name(),
    };
    Ok(Value::string(format!("<{cls} {body}>")))
}

// ---- `await fut` ----

/// The iterator `Future.__await__()` returns: yields the future once, then returns its result.
pub struct FutureIter {
    pub fut: Value,
    /// Set once the result was handed out: CPython's iterator then drops the future and is
    /// exhausted.
    pub exhausted: Cell<bool>,
    class: Rc<Class>,
}

impl NativeObject for FutureIter {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn await_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::slot_no_args(&args, "__await__")?;
    future_iter(vm, &args)
}

fn iter_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::slot_no_args(&args, "__iter__")?;
    future_iter(vm, &args)
}

fn future_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let class = super::classes(vm).future_iter.clone();
    Ok(Value::Native(crate::object::NativeRef::new(FutureIter { fut: arg(args, 0), exhausted: Cell::new(false), class })))
}

/// One step of `await fut`: the VM's fast path for sending into a FutureIter.
pub fn future_iter_send(it: &FutureIter) -> PyResult<crate::vm::generator::SendResult> {
    if it.exhausted.get() {
        return Ok(crate::vm::generator::SendResult::Return(Value::None));
    }
    let c = core(&it.fut)?;
    let r = await_step(c, &it.fut);
    if c.is_done() {
        it.exhausted.set(true);
    }
    r
}

/// A native Future or Task (never a script subclass, whose `__await__` may be overridden).
fn native_future_core(v: &Value) -> Option<&FutureCore> {
    if let Some(f) = v.downcast::<Future>() {
        return Some(&f.core);
    }
    v.downcast::<super::task::Task>().map(|t| &t.core)
}

/// Whether `await v` may hold the future itself instead of the iterator `__await__()` would
/// return: CPython's `FutureIter` keeps no state of its own before the future is done (it
/// reads the future's `_asyncio_future_blocking`), so sending into the future directly
/// behaves the same and allocates nothing.
pub fn can_await_directly(v: &Value) -> bool {
    native_future_core(v).is_some()
}

/// One step of a direct `await fut` (see `can_await_directly`).
pub fn direct_await_send(v: &Value) -> Option<PyResult<crate::vm::generator::SendResult>> {
    Some(await_step(native_future_core(v)?, v))
}

/// CPython's `FutureIter_am_send`: a pending future is yielded if it is not already marked
/// blocking (the task clears the mark when it takes the future), else the await was not
/// driven by a task; a done future gives its result.
fn await_step(c: &FutureCore, fut: &Value) -> PyResult<crate::vm::generator::SendResult> {
    use crate::vm::generator::SendResult;
    if !c.is_done() {
        if !c.blocking.get() {
            c.blocking.set(true);
            return Ok(SendResult::Yield(fut.clone()));
        }
        return Err(PyErr::runtime_error("await wasn't used with future"));
    }
    result_of(c).map(SendResult::Return)
}

fn iter_step(args: &Args) -> PyResult<Value> {
    let this = arg(args, 0);
    let it = this.downcast::<FutureIter>().ok_or_else(|| PyErr::type_error("expected a future iterator"))?;
    match future_iter_send(it)? {
        crate::vm::generator::SendResult::Yield(v) => Ok(v),
        crate::vm::generator::SendResult::Return(v) => Err(PyErr::stop_iteration(if v.is_none() { None } else { Some(v) })),
    }
}

fn iter_next(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    iter_step(&args)
}

fn iter_send(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    iter_step(&args)
}

fn iter_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Err(vm.throw_args_to_err(&args.pos[1..])?)
}

/// Every pending task holds a Task and a waiter Future: keep them from growing unnoticed.
#[cfg(test)]
#[test]
fn future_and_task_sizes() {
    use std::mem::size_of;
    assert_eq!(size_of::<FutureState>(), size_of::<Value>());
    assert_eq!(size_of::<DoneCallback>(), size_of::<Value>());
    assert_eq!(size_of::<Callbacks>(), size_of::<Value>());
    assert!(size_of::<Future>() <= 88, "Future is {} bytes", size_of::<Future>());
    assert!(size_of::<super::task::Task>() <= 136, "Task is {} bytes", size_of::<super::task::Task>());
}
