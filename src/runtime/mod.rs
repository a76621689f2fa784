//! The async runtime: the native event loop, futures, tasks and the `_asyncio` module that the
//! script-level `asyncio` package (in `stdlib/asyncio/`) is built on. The VM does not know the
//! loop exists: a Task resumes its coroutine with `Vm::resume`, and a Future reaches the task
//! as the value its `__await__` yields.

pub mod asyncgen_hooks;
pub mod child_process;
pub mod clinic;
pub mod clock;
pub mod coro_origin;
pub mod event_loop;
pub mod events;
pub mod field;
pub mod future;
pub mod future_fields;
pub mod gather;
pub mod gil;
pub mod handle;
pub mod asyncio_logger;
pub mod callback_sources;
pub mod loop_bases;
pub mod loop_method_names;
pub mod loop_subclass;
pub mod native_streams;
pub mod native_sync;
mod native_sync_attrs;
pub mod net;
pub mod processes;
pub mod reactor;
pub mod ready;
pub mod sleep;
pub mod sleep_attrs;
pub mod source_traceback;
pub mod stand_in_frames;
pub mod handle_attrs;
pub mod task;
pub mod task_addresses;
pub mod threads;
pub mod timers;
pub mod trsock;
pub mod unix_signals;

use std::rc::Rc;

use crate::object::class::Layout;
use crate::object::{Class, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

/// Class objects of the runtime's native types.
pub struct RuntimeClasses {
    pub future: Rc<Class>,
    pub task: Rc<Class>,
    pub future_iter: Rc<Class>,
    pub event_loop: Rc<Class>,
    pub handle: Rc<Class>,
    pub timer_handle: Rc<Class>,
    pub sleep: Rc<Class>,
    /// The native coroutines of `native_sync` (Queue.put, Lock.acquire...).
    pub sync_coro: Rc<Class>,
    pub socket: Rc<Class>,
    pub child_process: Rc<Class>,
    pub signal_watch: Rc<Class>,
    /// `gather`'s per-child callback state.
    pub gather_state: Rc<Class>,
}

/// The async state that belongs to one thread (CPython keeps the running loop per thread);
/// `gil` swaps it with the rest of a thread's state.
#[derive(Default)]
pub struct LoopLocals {
    pub running_loop: Option<Value>,
    /// The loop set with `set_event_loop` (or created by `get_event_loop`).
    pub event_loop: Option<Value>,
    /// `set_event_loop` was called in this thread (CPython's policy `_set_called`): from then
    /// on `get_event_loop()` no longer creates a loop.
    pub set_called: bool,
    /// A thread started by `threading` (not the main thread).
    pub worker_thread: bool,
    pub current_task: Option<Value>,
    /// `sys.set_asyncgen_hooks()` in this thread (`asyncgen_hooks`); None: the running loop's.
    pub asyncgen_hooks: asyncgen_hooks::Hooks,
}

/// Per-interpreter async state (kept in `Vm::runtime`, not in a global).
pub struct RuntimeState {
    pub classes: RuntimeClasses,
    pub locals: LoopLocals,
    tasks: Vec<crate::object::NativeWeak>,
    /// Futures and tasks given an exception (see `future::report_leaked_unretrieved`).
    unretrieved: Vec<crate::object::NativeWeak>,
    task_counter: u64,
    /// Set once `stdlib/asyncio` hands its Queue/Lock/Event classes to `native_sync`.
    pub native_sync: Option<Rc<native_sync::NativeSync>>,
    /// The timer callback every positive `sleep()` schedules.
    pub sleep_setter: Option<Value>,
    /// The code object `asyncio.sleep()` coroutines report as `cr_code` (see `sleep_attrs`).
    pub sleep_code: Option<Value>,
    /// The `__sleep0` function whose generators `sleep(0)` coroutines show as `cr_await`.
    pub sleep0_func: Option<Value>,
    /// (loop class, type epoch) at which `create_task` was last found to be the native loop's
    /// own method (see `events::create_task`).
    pub native_create_task: Option<(usize, u64)>,
    /// An event loop policy the script set (`events::set_event_loop_policy`).
    pub policy: Option<Value>,
    /// The loops the main module's globals held when shutdown began to clear them (see
    /// `task::report_leaked_pending`).
    pub exit_global_loops: Vec<Value>,
    /// The pending tasks those globals reached (by `Value::id`).
    pub exit_global_tasks: Vec<usize>,
}

impl RuntimeState {
    pub fn next_task_number(&mut self) -> u64 {
        self.task_counter += 1;
        self.task_counter
    }

    pub fn register_task(&mut self, t: &Value) {
        if let Value::Native(n) = t {
            if self.tasks.len() > 64 && self.tasks.len().is_power_of_two() {
                self.tasks.retain(|w| w.strong_count() > 0);
            }
            self.tasks.push(crate::object::NativeRef::downgrade(n));
        }
    }

    /// Remember a future that now holds an exception, for the report at exit if it is still
    /// alive then (held by a reference cycle, which CPython's final collection frees).
    pub fn note_unretrieved(&mut self, n: &crate::object::NativeRef) {
        if self.unretrieved.len() > 64 && self.unretrieved.len().is_power_of_two() {
            self.unretrieved.retain(|w| w.strong_count() > 0);
        }
        self.unretrieved.push(crate::object::NativeRef::downgrade(n));
    }

    pub fn take_unretrieved(&mut self) -> Vec<crate::object::NativeWeak> {
        std::mem::take(&mut self.unretrieved)
    }

    /// The coroutines of the tasks still alive, for finding where a coroutine awaited by
    /// one of them keeps its frame (`cr_frame` / `cr_await` of a delegated coroutine).
    pub fn task_coroutines(&self) -> Vec<Value> {
        let tasks = self.tasks.iter().filter_map(|w| w.upgrade());
        tasks.filter_map(|t| t.downcast::<task::Task>().map(|t| t.coro.clone())).collect()
    }

    pub fn live_tasks(&mut self) -> Vec<Value> {
        self.tasks.retain(|w| w.strong_count() > 0);
        self.tasks.iter().filter_map(|w| w.upgrade()).map(Value::Native).collect()
    }

    /// Forget `t` (`asyncio._unregister_task`): `all_tasks()` no longer lists it.
    pub fn unregister_task(&mut self, t: &Value) {
        self.tasks.retain(|w| w.upgrade().is_some_and(|n| !Value::Native(n).is(t)));
    }

    /// Make `t` the current task; returns the previous one.
    pub fn enter_task(&mut self, t: Value) -> Option<Value> {
        self.locals.current_task.replace(t)
    }

    pub fn leave_task(&mut self, prev: Option<Value>) {
        self.locals.current_task = prev;
    }
}

fn make_classes(vm: &Vm) -> RuntimeClasses {
    let object = vm.types.object.clone();
    let coroutine = vm.types.coroutine.clone();
    let mk = |name: &str, module: &str, base: &Rc<Class>| {
        let c = new_class_with(name, &[base.clone()], Layout::Builtin, None).expect("runtime classes have simple bases");
        c.dict.borrow_mut().set_str("__module__", Value::str(module));
        c
    };
    let future = mk("Future", "_asyncio", &object);
    let task = mk("Task", "_asyncio", &future);
    let handle = mk("Handle", "asyncio.events", &object);
    let future_iter = mk("FutureIter", "_asyncio", &object);
    // CPython's `_asyncio` types are static C types whose `tp_name` carries the module, so
    // error messages say "'_asyncio.Task' object has no attribute ...".
    for (c, n) in [(&future, "_asyncio.Future"), (&task, "_asyncio.Task"), (&future_iter, "_asyncio.FutureIter")] {
        *c.tp_name.borrow_mut() = Some(Rc::from(n));
    }
    RuntimeClasses {
        future_iter,
        event_loop: mk("_UnixSelectorEventLoop", "asyncio.unix_events", &object),
        timer_handle: mk("TimerHandle", "asyncio.events", &handle),
        // Subclasses of the coroutine type, so `isinstance(c, types.CoroutineType)` (and with
        // it `inspect.iscoroutine`) holds for them as for CPython's `async def` coroutines.
        sleep: mk("coroutine", "builtins", &coroutine),
        sync_coro: mk("coroutine", "builtins", &coroutine),
        socket: mk("TransportSocket", "asyncio.trsock", &object),
        child_process: mk("ChildProcess", "_subprocess", &object),
        signal_watch: mk("SignalWatch", "_asyncio", &object),
        gather_state: mk("_GatherState", "_asyncio", &object),
        future,
        task,
        handle,
    }
}

/// The runtime state, created on first use.
#[inline]
/// The runtime state if asyncio's runtime has been set up (read-only callers).
pub fn state_if_made(vm: &Vm) -> Option<&RuntimeState> {
    vm.runtime.as_ref().and_then(|r| r.downcast_ref::<RuntimeState>())
}

pub fn state(vm: &mut Vm) -> &mut RuntimeState {
    if vm.runtime.is_none() {
        install_state(vm);
    }
    vm.runtime
        .as_mut()
        .and_then(|r| r.downcast_mut::<RuntimeState>())
        .expect("runtime state was just installed")
}

/// Make the runtime state (kept out of line: `state` runs several times per task step).
#[cold]
#[inline(never)]
fn install_state(vm: &mut Vm) {
    // Only this function ever sets `vm.runtime`, always to a `RuntimeState`.
    {
        let classes = make_classes(vm);
        future::install(vm, &classes);
        future_fields::install(&classes);
        task::install(vm, &classes);
        event_loop::install(vm, &classes);
        handle::install(vm, &classes);
        sleep::install(vm, &classes);
        gather::install(vm, &classes);
        native_sync::install(vm, &classes);
        net::install(vm, &classes);
        child_process::install(vm, &classes);
        unix_signals::install(vm, &classes);
        vm.runtime = Some(Box::new(RuntimeState {
            classes,
            locals: LoopLocals::default(),
            tasks: Vec::new(),
            unretrieved: Vec::new(),
            task_counter: 0,
            native_sync: None,
            sleep_setter: None,
            sleep_code: None,
            sleep0_func: None,
            native_create_task: None,
            policy: None,
            exit_global_loops: Vec::new(),
            exit_global_tasks: Vec::new(),
        }));
        vm.native_send_hook = Some(send_hook);
        vm.native_awaitable_check = Some(is_native_awaitable);
    }
}

pub fn classes(vm: &mut Vm) -> &RuntimeClasses {
    &state(vm).classes
}

/// The VM's fast path for `await` on a Future or a sleep.
fn send_hook(vm: &mut Vm, recv: &Value, _sent: &Value) -> PyResult<Option<crate::vm::generator::SendResult>> {
    if let Some(it) = recv.downcast::<future::FutureIter>() {
        return future::future_iter_send(it).map(Some);
    }
    if let Some(r) = future::direct_await_send(recv) {
        return r.map(Some);
    }
    if let Some(s) = recv.downcast::<sleep::Sleep>() {
        return sleep::sleep_send(vm, s).map(Some);
    }
    if let Some(c) = recv.downcast::<native_sync::SyncCoro>() {
        return native_sync::send(vm, c).map(Some);
    }
    Ok(None)
}

/// What `await` may use as is: the runtime's own await iterators and coroutines, and a
/// native Future or Task no other direct await holds (`future::can_await_directly`), which
/// then needs no iterator object.
fn is_native_awaitable(v: &Value) -> bool {
    v.downcast::<future::FutureIter>().is_some()
        || v.downcast::<sleep::Sleep>().is_some()
        || v.downcast::<native_sync::SyncCoro>().is_some()
        || future::can_await_directly(v)
}

/// The `_asyncio` native module.
pub fn init_module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = crate::modules::new_module("_asyncio");
    let c = classes(vm);
    let (future, task) = (c.future.clone(), c.task.clone());
    let (handle, timer_handle, loop_cls) = (c.handle.clone(), c.timer_handle.clone(), c.event_loop.clone());
    let mut dict = d.borrow_mut();
    dict.set_str("Future", Value::Class(future));
    dict.set_str("Task", Value::Class(task));
    dict.set_str("Handle", Value::Class(handle));
    dict.set_str("TimerHandle", Value::Class(timer_handle));
    dict.set_str("SelectorEventLoop", Value::Class(loop_cls));
    // For `asyncio.trsock`: the loop's socket wrapper type.
    dict.set_str("_TransportSocket", Value::Class(c.socket.clone()));
    events::install(&mut dict);
    // CPython writes these in Python: their `__module__` (and so `help()`, `__doc__` and
    // `__text_signature__`, keyed by it) names the asyncio module that defines them there.
    for (name, module) in [
        ("sleep", "asyncio.tasks"),
        ("create_task", "asyncio.tasks"),
        ("ensure_future", "asyncio.tasks"),
        ("all_tasks", "asyncio.tasks"),
        ("current_task", "asyncio.tasks"),
        ("iscoroutine", "asyncio.coroutines"),
        ("isfuture", "asyncio.base_futures"),
    ] {
        if let Some(Value::Builtin(b)) = dict.get_str(name) {
            let _ = b.module.set(Rc::from(module));
        }
    }
    crate::builtins::def_fn(&mut dict, "_use_native_sync", native_sync::use_native_sync);
    crate::builtins::def_fn(&mut dict, "_name_loop_methods", loop_method_names::name_script_methods);
    crate::builtins::def_fn(&mut dict, "_loop_base_classes", loop_bases::loop_base_classes);
    crate::builtins::def_fn(&mut dict, "_log_at", asyncio_logger::m_log_at);
    crate::builtins::def_fn(&mut dict, "_gather_state", gather::new_state);
    crate::builtins::def_fn(&mut dict, "_gather_watch", gather::watch);
    crate::builtins::def_fn(&mut dict, "_gather_children", gather::add_children);
    crate::builtins::def_fn(&mut dict, "_gather_set_outer", gather::set_outer);
    crate::builtins::def_fn(&mut dict, "_task_context", task::m_task_context);
    crate::builtins::def_fn(&mut dict, "_pending_tasks", events::pending_tasks_in_order);
    crate::builtins::def_fn(&mut dict, "_policy_get_event_loop", events::policy_get_event_loop);
    crate::builtins::def_fn(&mut dict, "_set_event_loop_policy", events::set_event_loop_policy);
    crate::builtins::def_fn(&mut dict, "_waitpid", child_process::m_waitpid);
    drop(dict);
    let (cancelled, invalid) = (vm.exc_class(crate::object::ExcKind::CancelledError), vm.exc_class(crate::object::ExcKind::InvalidStateError));
    d.borrow_mut().set_str("CancelledError", Value::Class(cancelled));
    d.borrow_mut().set_str("InvalidStateError", Value::Class(invalid));
    Ok(m)
}
