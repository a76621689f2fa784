//! Loop lookup and the module-level functions of `_asyncio`: `get_running_loop`,
//! `get_event_loop`, `new_event_loop`, `ensure_future`, `current_task`, `all_tasks`, `sleep`.

use crate::object::BoolWord;
use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(d: &mut PyDict) {
    def_fn(d, "get_running_loop", get_running_loop);
    def_fn(d, "_get_running_loop", get_running_loop_or_none);
    def_fn(d, "get_event_loop", get_event_loop);
    def_fn(d, "set_event_loop", set_event_loop);
    def_fn(d, "new_event_loop", new_event_loop);
    def_fn(d, "ensure_future", ensure_future_fn);
    def_fn(d, "_ensure_future", inner_ensure_future_fn);
    def_fn(d, "create_task", create_task);
    def_fn(d, "current_task", current_task);
    def_fn(d, "all_tasks", all_tasks);
    def_fn(d, "sleep", super::sleep::sleep);
    def_fn(d, "iscoroutine", iscoroutine);
    def_fn(d, "isfuture", isfuture);
    def_fn(d, "_set_result_unless_cancelled", set_result_unless_cancelled);
    def_fn(d, "_enter_task", enter_task);
    def_fn(d, "_leave_task", leave_task);
    def_fn(d, "_set_running_loop", set_running_loop);
    def_fn(d, "_register_task", register_task);
    def_fn(d, "_unregister_task", unregister_task);
    def_fn(d, "_is_coroutine_function", is_coroutine_function);
}

/// `_asyncio._is_coroutine_function(f)`: whether `f` is one of the native functions that
/// replace CPython's `async def` functions (`asyncio.sleep`, `Queue.get`, `Lock.acquire`, ...),
/// which `inspect.iscoroutinefunction` and `asyncio.iscoroutinefunction` call coroutine
/// functions in CPython.
fn is_coroutine_function(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Builtin(f) = arg(&args, 0) else { return Ok(Value::Bool(BoolWord::FALSE)) };
    let target = f.func as usize;
    let natives = [super::sleep::sleep as crate::object::NativeFn].into_iter().chain(super::native_sync::COROUTINE_FUNCTIONS).chain(super::native_streams::COROUTINE_FUNCTIONS);
    Ok(Value::bool(natives.into_iter().any(|g| g as usize == target)))
}

/// The running loop, or RuntimeError "no running event loop".
pub fn running_loop(vm: &mut Vm) -> PyResult<Value> {
    super::state(vm).locals.running_loop.clone().ok_or_else(|| PyErr::runtime_error("no running event loop"))
}

fn get_running_loop(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    running_loop(vm)
}

fn get_running_loop_or_none(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(super::state(vm).locals.running_loop.clone().unwrap_or(Value::None))
}

/// `asyncio.get_event_loop()` as CPython 3.11's default policy: the running loop, else the
/// thread's set loop; a new loop is made only in the main thread and only if `set_event_loop`
/// was never called there. `Future()`, `Task()`, `ensure_future()` and `gather()` without a
/// loop go the same way.
pub fn get_event_loop_value(vm: &mut Vm) -> PyResult<Value> {
    if let Some(l) = super::state(vm).locals.running_loop.clone() {
        return Ok(l);
    }
    // As CPython: without a running loop, a policy the script set is asked.
    if let Some(p) = super::state(vm).policy.clone() {
        return vm.call_method(&p, "get_event_loop", vec![]);
    }
    thread_event_loop(vm, None)
}

/// The default policy's `get_event_loop`: the thread's set loop, or a new one (from
/// `policy.new_event_loop()` when a policy is given) as CPython's BaseDefaultEventLoopPolicy.
fn thread_event_loop(vm: &mut Vm, policy: Option<&Value>) -> PyResult<Value> {
    if let Some(l) = super::state(vm).locals.event_loop.clone() {
        return Ok(l);
    }
    let locals = &super::state(vm).locals;
    if locals.set_called || locals.worker_thread {
        let threading = vm.import_module("threading")?;
        let current = vm.call_method(&threading, "current_thread", vec![])?;
        let name = vm.getattr(&current, &Value::str("name"))?;
        let name = vm.repr(&name)?;
        let e = PyErr::runtime_error(format!("There is no current event loop in thread {name}."));
        // CPython raises it in the policy's Python method, whose frame the traceback shows
        // (a script's policy subclass already shows its own frame calling this).
        if policy.is_some() {
            return Err(e);
        }
        use super::stand_in_frames::{through, Pick};
        return Err(through(vm, e, "asyncio.events", "_PolicyFrames", "get_event_loop", 1, Pick::Statement));
    }
    let l = match policy {
        Some(p) => vm.call_method(p, "new_event_loop", vec![])?,
        None => super::event_loop::new_event_loop(vm),
    };
    super::state(vm).locals.event_loop = Some(l.clone());
    Ok(l)
}

/// `_asyncio._policy_get_event_loop(policy)`: BaseDefaultEventLoopPolicy.get_event_loop.
pub fn policy_get_event_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let policy = arg(&args, 0);
    thread_event_loop(vm, Some(&policy))
}

/// `_asyncio._set_event_loop_policy(policy)`: the policy `get_event_loop()` (and `Future()`,
/// `Task()`... without a loop) consult; None for the default policy.
pub fn set_event_loop_policy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let policy = arg(&args, 0);
    let state = super::state(vm);
    state.policy = if policy.is_none() { None } else { Some(policy) };
    // A new policy (the default one too) starts with no loop set in this thread, as
    // CPython's policies keep their loops in their own thread-local state.
    state.locals.event_loop = None;
    state.locals.set_called = false;
    Ok(Value::None)
}

fn get_event_loop(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    get_event_loop_value(vm)
}

fn set_event_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::state(vm).locals.set_called = true;
    let l = arg(&args, 0);
    super::state(vm).locals.event_loop = if l.is_none() { None } else { Some(l) };
    Ok(Value::None)
}

fn new_event_loop(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(super::event_loop::new_event_loop(vm))
}

/// `asyncio.ensure_future(obj, loop=loop)`.
pub fn ensure_future(vm: &mut Vm, obj: Value, loop_: &Value) -> PyResult<Value> {
    if super::future::core_of(&obj).is_some() {
        return Ok(obj);
    }
    if super::task::is_coroutine(&obj) {
        // As CPython, ensure_future goes through `loop.create_task`, so a task factory
        // (loop.set_task_factory installs a script-level create_task) sees the coroutine.
        if let Some(Value::Function(_)) = vm.lookup_special(loop_, "create_task") {
            let create = vm.getattr(loop_, &Value::str("create_task"))?;
            return vm.call(&create, vec![obj]);
        }
        return super::task::create_task(vm, loop_, obj, Value::None);
    }
    if vm.lookup_special(&obj, "__await__").is_some() {
        // Wrap an awaitable in a coroutine via the script-level helper.
        let asyncio = vm.import_module("asyncio")?;
        let wrap = vm.getattr(&asyncio, &Value::str("_wrap_awaitable"))?;
        let coro = vm.call(&wrap, vec![obj])?;
        return super::task::create_task(vm, loop_, coro, Value::None);
    }
    Err(not_awaitable(vm))
}

/// CPython's TypeError from `_ensure_future`, which its traceback shows raising it.
fn not_awaitable(vm: &mut Vm) -> PyErr {
    use super::stand_in_frames::{through, Pick};
    let e = PyErr::type_error("An asyncio.Future, a coroutine or an awaitable is required");
    through(vm, e, "asyncio.tasks", "_TaskFrames", "_ensure_future", 1, Pick::Statement)
}

/// `asyncio.ensure_future(obj, *, loop=None)`: CPython's `ensure_future`, whose frame shows
/// calling `_ensure_future` when that fails.
fn ensure_future_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use super::stand_in_frames::{through, Pick};
    super::clinic::py_function(&args, "ensure_future", &["coro_or_future"], &["loop"])?;
    let made = super::source_traceback::with_stand_in(vm, super::source_traceback::ENSURE_FUTURE, |vm| ensure_future_checked(vm, &args));
    made.map_err(|e| {
        if vm.err_matches(&e, crate::object::ExcKind::TypeError) {
            through(vm, e, "asyncio.tasks", "_TaskFrames", "ensure_future", 1, Pick::Call)
        } else {
            e
        }
    })
}

/// `tasks._ensure_future(obj, *, loop=None)`, what `gather` and `shield` call.
fn inner_ensure_future_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::py_function(&args, "_ensure_future", &["coro_or_future"], &["loop"])?;
    super::source_traceback::with_stand_in(vm, super::source_traceback::INNER_ENSURE_FUTURE, |vm| ensure_future_checked(vm, &args))
}

fn ensure_future_checked(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let obj = args.arg(0, "coro_or_future").cloned().unwrap_or(Value::None);
    let loop_given = args.kwarg("loop").is_some_and(|l| !l.is_none());
    // CPython's `_ensure_future` sorts out what it was given before it looks for a loop: a
    // future comes back as it is, and anything not awaitable is a TypeError even when there
    // is no event loop.
    let is_future = super::future::core_of(&obj).is_some();
    if !loop_given && is_future {
        return Ok(obj);
    }
    if !is_future && !super::task::is_coroutine(&obj) && vm.lookup_special(&obj, "__await__").is_none() {
        return Err(not_awaitable(vm));
    }
    let loop_ = match args.kwarg("loop") {
        Some(l) if !l.is_none() => {
            // matches CPython's `_ensure_future`: a future must belong to the given loop.
            if let Some(c) = super::future::core_of(&obj) {
                if !c.loop_.is(l) {
                    return Err(PyErr::new(
                        crate::object::ExcKind::ValueError,
                        "The future belongs to a different loop than the one specified as the loop argument",
                    ));
                }
            }
            l.clone()
        }
        // CPython's `_ensure_future` frame holds the argument while the error travels up.
        _ => get_event_loop_value(vm).map_err(|e| vm.error_keeping(e, obj.clone()))?,
    };
    ensure_future(vm, obj, &loop_)
}

/// `asyncio.create_task(coro, *, name=None, context=None)`, CPython's `tasks.create_task`
/// natively: `loop.create_task(coro)` on the running loop (straight to the native one unless
/// a task factory or a subclass replaced it), then `task.set_name(name)`.
fn create_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (coro, name, context) = create_task_args(&args)?;
    // CPython's `create_task` frame holds `coro` while "no running event loop" travels up.
    let loop_ = running_loop(vm).map_err(|e| vm.error_keeping(e, coro.clone()))?;
    // What `loop.create_task` raises passes through CPython's `create_task` frame, at the
    // line of the call made (with or without `context=`).
    let line = if context.is_none() { 2 } else { 4 };
    let made = if native_create_task(vm, &loop_) {
        use super::source_traceback::{with_stand_in, CREATE_TASK};
        with_stand_in(vm, CREATE_TASK, |vm| super::event_loop::create_task_checked(vm, &loop_, coro, context))
    } else {
        let create = vm.getattr(&loop_, &Value::str("create_task"))?;
        match context {
            // As CPython: the one-argument call when no context is given.
            None => vm.call(&create, vec![coro]),
            Some(c) => vm.call_kw(&create, vec![coro], vec![(std::rc::Rc::from("context"), c)]),
        }
    };
    let task = made.map_err(|e| super::stand_in_frames::through(vm, e, "asyncio.tasks", "_TaskFrames", "create_task", line, super::stand_in_frames::Pick::Call))?;
    if !name.is_none() {
        vm.call_method(&task, "set_name", vec![name])?;
    }
    Ok(task)
}

/// Whether `loop_.create_task` is the native loop's own method (no task factory installed,
/// not a subclass overriding it). The answer is kept per loop class and type epoch: any
/// change to a class namespace moves the epoch on, so a later replacement is seen.
fn native_create_task(vm: &mut Vm, loop_: &Value) -> bool {
    use crate::object::NativeObject as _;
    let Value::Native(n) = loop_ else { return false };
    let Some(l) = n.downcast::<super::event_loop::EventLoop>() else { return false };
    let key = (std::rc::Rc::as_ptr(&l.class()) as usize, crate::object::dict::type_epoch());
    if super::state(vm).native_create_task == Some(key) {
        return true;
    }
    let native = matches!(vm.lookup_special(loop_, "create_task"),
        Some(Value::Builtin(b)) if std::ptr::fn_addr_eq(b.func, super::event_loop::m_create_task as crate::object::NativeFn));
    if native {
        super::state(vm).native_create_task = Some(key);
    }
    native
}

/// The arguments of `create_task(coro, *, name=None, context=None)`, with the errors CPython
/// raises for a script function of that signature.
fn create_task_args(args: &Args) -> PyResult<(Value, Value, Option<Value>)> {
    if args.pos.len() > 1 {
        return Err(PyErr::type_error(format!("create_task() takes 1 positional argument but {} were given", args.pos.len())));
    }
    let mut coro = args.pos.first().cloned();
    let (mut name, mut context) = (Value::None, Value::None);
    for (k, v) in args.kw {
        match &**k {
            "coro" if coro.is_some() => return Err(PyErr::type_error("create_task() got multiple values for argument 'coro'")),
            "coro" => coro = Some(v.clone()),
            "name" => name = v.clone(),
            "context" => context = v.clone(),
            other => return Err(PyErr::type_error(format!("create_task() got an unexpected keyword argument '{other}'"))),
        }
    }
    let coro = coro.ok_or_else(|| PyErr::type_error("create_task() missing 1 required positional argument: 'coro'"))?;
    Ok((coro, name, if context.is_none() { None } else { Some(context) }))
}

/// `asyncio.current_task(loop=None)`: CPython looks `loop` up in its dict of running tasks, so
/// a loop that is not running (or any other hashable object) gives None, and an unhashable
/// one raises TypeError.
fn current_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic::py_function_defaults(&args, "current_task", &["loop"], 0, &[])?;
    let loop_ = args.arg(0, "loop").cloned().unwrap_or(Value::None);
    if !loop_.is_none() {
        vm.hash(&loop_)?;
        let st = super::state(vm);
        if !st.locals.running_loop.as_ref().is_some_and(|l| l.is(&loop_)) {
            return Ok(Value::None);
        }
    }
    let st = super::state(vm);
    if st.locals.running_loop.is_none() {
        return Err(PyErr::runtime_error("no running event loop"));
    }
    Ok(st.locals.current_task.clone().unwrap_or(Value::None))
}

/// `asyncio.all_tasks(loop=None)`: the pending tasks of `loop` (the running loop by default);
/// matches CPython, tasks of another loop are not listed.
fn all_tasks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pending = pending_tasks_in_set_order(vm, &args)?;
    vm.new_set(pending)
}

/// `_asyncio._pending_tasks(loop)`: `all_tasks(loop)` as a list in its set's iteration order,
/// the order `asyncio.run()`'s shutdown cancels the leftover tasks in.
pub fn pending_tasks_in_order(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pending = pending_tasks_in_set_order(vm, &args)?;
    let set = vm.new_set(pending)?;
    let items = match &set {
        Value::Set(s) => s.borrow().items(),
        _ => Vec::new(),
    };
    Ok(Value::list(items))
}

/// CPython's `{t for t in list(_all_tasks) if ...}`: the live tasks in the order of the
/// `_all_tasks` WeakSet (see `task_addresses`; a task without a modelled block comes last, in
/// creation order), then the pending ones of the loop, kept in that order.
fn pending_tasks_in_set_order(vm: &mut Vm, args: &Args) -> PyResult<Vec<Value>> {
    let loop_ = match args.arg(0, "loop") {
        Some(l) if !l.is_none() => l.clone(),
        _ => running_loop(vm)?,
    };
    let live = super::state(vm).live_tasks();
    let listed: Vec<Value> = match super::task_addresses::all_tasks_order() {
        Some(order) => {
            let block_of = |t: &Value| super::future::core_of(t).map_or(0, |c| c.task_block.get());
            let by_block: std::collections::HashMap<u16, Value> =
                live.iter().filter(|t| block_of(t) != 0).map(|t| (block_of(t), t.clone())).collect();
            let mut listed: Vec<Value> = order.into_iter().filter_map(|b| by_block.get(&b).cloned()).collect();
            let seen: std::collections::HashSet<usize> = listed.iter().filter_map(|t| t.ptr()).collect();
            listed.extend(live.iter().filter(|t| !t.ptr().is_some_and(|p| seen.contains(&p))).cloned());
            listed
        }
        // Too many tasks for the model: the WeakSet as if filled with the live ones only.
        None => match vm.new_set(live)? {
            Value::Set(s) => s.borrow().items(),
            _ => Vec::new(),
        },
    };
    let pending = listed
        .into_iter()
        .filter(|t| super::future::core_of(t).map_or(false, |c| !c.is_done() && c.loop_.is(&loop_)))
        // A Task subclass's task is listed as the instance the user made (CPython's identity).
        .map(|t| match t.downcast::<super::task::Task>() {
            Some(n) => n.identity(&t),
            None => t,
        })
        .collect();
    Ok(pending)
}

fn iscoroutine(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(super::task::is_coroutine(&arg(&args, 0))))
}

fn isfuture(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(super::future::core_of(&arg(&args, 0)).is_some()))
}

/// `futures._set_result_unless_cancelled(fut, result)` (the timer callback of `sleep`).
pub fn set_result_unless_cancelled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_result_unless_cancelled_value(vm, &arg(&args, 0), &arg(&args, 1))?;
    Ok(Value::None)
}

pub fn set_result_unless_cancelled_value(vm: &mut Vm, fut: &Value, result: &Value) -> PyResult<()> {
    if super::future::core_of(fut).map_or(true, |c| c.is_cancelled()) {
        return Ok(());
    }
    super::future::set_result_value(vm, fut, result.clone())
}

/// `asyncio._enter_task(loop, task)`: CPython refuses to enter a task while another one runs
/// (corio keeps one current task per thread, which is the running loop's).
fn enter_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let task = arg(&args, 1);
    if let Some(current) = super::state(vm).locals.current_task.clone() {
        let (t, c) = (vm.repr(&task)?, vm.repr(&current)?);
        return Err(PyErr::runtime_error(format!("Cannot enter into task {t} while another task {c} is being executed.")));
    }
    super::state(vm).enter_task(task);
    Ok(Value::None)
}

/// `asyncio._leave_task(loop, task)`: `task` must be the current task, as CPython checks.
fn leave_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let task = arg(&args, 1);
    let current = super::state(vm).locals.current_task.clone();
    if !current.as_ref().is_some_and(|c| c.is(&task)) {
        let t = vm.repr(&task)?;
        let c = vm.repr(&current.unwrap_or(Value::None))?;
        return Err(PyErr::runtime_error(format!("Leaving task {t} does not match the current task {c}.")));
    }
    super::state(vm).leave_task(None);
    Ok(Value::None)
}

/// `asyncio._set_running_loop(loop)`: set (or, with None, clear) the thread's running loop
/// without marking the loop itself as running, as CPython's.
fn set_running_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = arg(&args, 0);
    super::state(vm).locals.running_loop = (!matches!(l, Value::None)).then_some(l);
    Ok(Value::None)
}

/// `asyncio._register_task(task)`: native tasks register themselves when created; another
/// one is added to the registry `all_tasks` reads (a no-op for objects it cannot hold).
fn register_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = arg(&args, 0);
    if !super::state(vm).live_tasks().iter().any(|x| x.is(&t)) {
        super::state(vm).register_task(&t);
    }
    Ok(Value::None)
}

/// `asyncio._unregister_task(task)`: drop `task` from the registry `all_tasks` reads.
fn unregister_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = arg(&args, 0);
    super::state(vm).unregister_task(&t);
    Ok(Value::None)
}
