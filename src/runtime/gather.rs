//! The done callback `asyncio.gather` adds to every child: CPython's `_done_callback` closure
//! in `tasks.gather`, run natively so gathering N tasks runs no script frame per child. The
//! script-level `gather` still builds the children list and the `_GatheringFuture`.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::future::{self, DoneCallback};
use crate::builtins::arg;
use crate::object::{Args, Class, ExcKind, NativeObject, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The closure's cells: `children`, `outer`, `nfuts`, `nfinished`, `return_exceptions`.
pub struct GatherState {
    children: Value,
    outer: RefCell<Value>,
    nfuts: Cell<usize>,
    nfinished: Cell<usize>,
    return_exceptions: bool,
    /// The class of `outer` and the type epoch at which its `done` was found to be the native
    /// `Future.done` (see `core_with_native_done`): the class lookups then run once per
    /// gather, not once per finished child.
    native_done: Cell<Option<(usize, u64)>>,
    class: Rc<Class>,
}

impl NativeObject for GatherState {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn install(_vm: &mut Vm, c: &super::RuntimeClasses) {
    crate::builtins::def_method(&c.gather_state, "__call__", m_call);
    // What a handle or a future's repr shows for this callback (CPython names the closure).
    c.gather_state.dict.borrow_mut().set_str("__qualname__", Value::str("gather.<locals>._done_callback"));
}

fn state(v: &Value) -> PyResult<&GatherState> {
    v.downcast::<GatherState>().ok_or_else(|| PyErr::type_error("expected a gather state"))
}

/// `_asyncio._gather_state(children, return_exceptions)`.
pub fn new_state(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let children = arg(&args, 0);
    let return_exceptions = vm.is_true(&arg(&args, 1))?;
    let class = super::classes(vm).gather_state.clone();
    Ok(Value::Native(crate::object::NativeRef::new(GatherState {
        children,
        outer: RefCell::new(Value::None),
        nfuts: Cell::new(0),
        nfinished: Cell::new(0),
        return_exceptions,
        native_done: Cell::new(None),
        class,
    })))
}

/// `_asyncio._gather_watch(state, fut)`: `nfuts += 1; fut.add_done_callback(_done_callback)`.
/// With a third argument, `arg`: a `fut` that is not `arg` was made by gather for it, and is
/// not reported if it dies pending (CPython's `fut._log_destroy_pending = False`).
pub fn watch(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (st, fut) = (arg(&args, 0), arg(&args, 1));
    if let Some(a) = args.pos.get(2) {
        if !a.is(&fut) {
            disown(&fut);
        }
    }
    watch_child(vm, &st, &fut)?;
    Ok(Value::None)
}

/// `_asyncio._gather_children(state, children, coros_or_futures)`: gather's loop over its
/// arguments, natively, when every argument is a native Future or Task or a coroutine object:
/// those hash and compare by identity, so CPython's `arg_to_fut` dict is an address map here
/// and nothing script-visible runs but a task factory. Returns the loop, or None (before doing
/// anything) when some argument needs the script loop (a Future subclass, an awaitable...).
pub fn add_children(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (st, children, awaitables) = (arg(&args, 0), arg(&args, 1), arg(&args, 2));
    let Value::Tuple(items) = &awaitables else { return Ok(Value::None) };
    let Value::List(out) = &children else { return Ok(Value::None) };
    if !items.iter().all(|a| native_core(a).is_some() || (matches!(a, Value::Generator(_)) && super::task::is_coroutine(a))) {
        return Ok(Value::None);
    }
    let mut seen: crate::object::addr_map::AddrMap<usize> = crate::object::addr_map::with_capacity(items.len());
    let mut futs: Vec<Value> = Vec::with_capacity(items.len());
    let mut loop_: Option<Value> = None;
    for a in items.iter() {
        let addr = a.ptr().unwrap_or(0);
        if let Some(&i) = seen.get(&addr) {
            // A duplicate argument: the same child again (CPython's `arg_to_fut[arg]`).
            futs.push(futs[i].clone());
            continue;
        }
        let fut = child_future(vm, a, &mut loop_)?;
        seen.insert(addr, futs.len());
        watch_child(vm, &st, &fut)?;
        futs.push(fut);
    }
    out.borrow_mut().extend(futs);
    Ok(loop_.unwrap_or(Value::None))
}

/// CPython's `_ensure_future(arg, loop=loop)` for a native future or a coroutine, and the
/// loop gather goes on with (`futures._get_loop(fut)` of the first child).
fn child_future(vm: &mut Vm, a: &Value, loop_: &mut Option<Value>) -> PyResult<Value> {
    if let Some(c) = native_core(a) {
        match loop_ {
            Some(l) if !c.loop_.is(l) => {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    "The future belongs to a different loop than the one specified as the loop argument",
                ))
            }
            Some(_) => {}
            None => *loop_ = Some(c.loop_.clone()),
        }
        return Ok(a.clone());
    }
    let l = match loop_ {
        Some(l) => l.clone(),
        None => super::events::get_event_loop_value(vm)?,
    };
    let fut = super::events::ensure_future(vm, a.clone(), &l)?;
    if loop_.is_none() {
        *loop_ = Some(match future::core_of(&fut) {
            Some(c) => c.loop_.clone(),
            None => vm.call_method(&fut, "get_loop", vec![])?,
        });
    }
    // matches CPython: a task gather made itself is not reported if it dies pending.
    disown(&fut);
    Ok(fut)
}

/// `fut._log_destroy_pending = False` for a child gather created from a coroutine.
fn disown(fut: &Value) {
    if let Some(c) = future::core_of(fut) {
        c.log_destroy_pending.set(false);
    }
}

/// `nfuts += 1; fut.add_done_callback(_done_callback)`.
fn watch_child(vm: &mut Vm, st: &Value, fut: &Value) -> PyResult<()> {
    let s = state(st)?;
    s.nfuts.set(s.nfuts.get() + 1);
    // A script subclass may override `add_done_callback`: call it as CPython would.
    if fut.downcast::<super::task::Task>().is_some() || fut.downcast::<future::Future>().is_some() {
        future::add_callback(vm, fut, DoneCallback::Gather(DoneCallback::native(st)?))
    } else {
        vm.call_method(fut, "add_done_callback", vec![st.clone()]).map(|_| ())
    }
}

/// `_asyncio._gather_set_outer(state, outer)`.
pub fn set_outer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    *state(&arg(&args, 0))?.outer.borrow_mut() = arg(&args, 1);
    Ok(Value::None)
}

fn m_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    done(vm, &arg(&args, 0), &arg(&args, 1))?;
    Ok(Value::None)
}

/// The future state of a native Future or Task (not a script subclass, which may override
/// the methods the callback calls).
fn native_core(f: &Value) -> Option<&future::FutureCore> {
    match f {
        Value::Native(_) => future::core_of(f),
        _ => None,
    }
}

/// The future state of `f` when `f.done()` is the native `Future.done`: a native future, or
/// an instance of a script subclass that does not override `done` (gather's own
/// `_GatheringFuture`, asked once per finished child).
fn core_with_native_done<'a>(vm: &mut Vm, s: &GatherState, f: &'a Value) -> Option<&'a future::FutureCore> {
    let Value::Instance(inst) = f else { return native_core(f) };
    let core = future::core_of(f)?;
    if inst.dict.borrow().contains_str("done") {
        return None;
    }
    let cls = inst.class.borrow().clone();
    // Any change to a class namespace moves the epoch on, so a later `done` override is seen.
    let key = (Rc::as_ptr(&cls) as usize, crate::object::dict::type_epoch());
    if s.native_done.get() == Some(key) {
        return Some(core);
    }
    let native_done = super::classes(vm).future.lookup("done")?;
    let done = cls.lookup("done")?;
    if !done.is(&native_done) {
        return None;
    }
    s.native_done.set(Some(key));
    Some(core)
}

/// `outer.done()`.
fn outer_is_done(vm: &mut Vm, s: &GatherState, outer: &Value) -> PyResult<bool> {
    match core_with_native_done(vm, s, outer) {
        Some(c) => Ok(c.is_done()),
        None => {
            let r = vm.call_method(outer, "done", vec![])?;
            vm.is_true(&r)
        }
    }
}

fn is_cancelled(vm: &mut Vm, f: &Value) -> PyResult<bool> {
    match native_core(f) {
        Some(c) => Ok(c.is_cancelled()),
        None => {
            let r = vm.call_method(f, "cancelled", vec![])?;
            vm.is_true(&r)
        }
    }
}

/// `f.exception()`.
fn exception(vm: &mut Vm, f: &Value) -> PyResult<Value> {
    match native_core(f) {
        Some(c) => future::exception_of(c),
        None => vm.call_method(f, "exception", vec![]),
    }
}

/// `f.result()`.
fn result(vm: &mut Vm, f: &Value) -> PyResult<Value> {
    match native_core(f) {
        Some(c) => future::result_of(c),
        None => vm.call_method(f, "result", vec![]),
    }
}

/// `f._make_cancelled_error()`: the stored CancelledError (handed out once) or a new one
/// with the cancel message.
fn make_cancelled_error(vm: &mut Vm, f: &Value) -> PyResult<Value> {
    let err = match future::core_of(f) {
        Some(c) => future::cancelled_error(c),
        None => match result(vm, f) {
            Ok(_) => PyErr::with_args(ExcKind::CancelledError, vec![]),
            Err(e) if vm.err_matches(&e, ExcKind::CancelledError) => e,
            Err(e) => return Err(e),
        },
    };
    Ok(Value::Instance(vm.materialize(err)))
}

/// `CancelledError('' if f._cancel_message is None else f._cancel_message)`.
fn fresh_cancelled_error(vm: &mut Vm, f: &Value) -> Value {
    let msg = future::core_of(f).map_or(Value::None, |c| c.cancel_message());
    let msg = if msg.is_none() { Value::str("") } else { msg };
    Value::Instance(vm.materialize(PyErr::with_args(ExcKind::CancelledError, vec![msg])))
}

/// The body of CPython 3.11's `_done_callback(fut)`.
pub fn done(vm: &mut Vm, st: &Value, fut: &Value) -> PyResult<()> {
    let s = state(st)?;
    s.nfinished.set(s.nfinished.get() + 1);
    let outer = s.outer.borrow().clone();
    if outer.is_none() || outer_is_done(vm, s, &outer)? {
        if !is_cancelled(vm, fut)? {
            exception(vm, fut)?;
        }
        return Ok(());
    }
    if !s.return_exceptions {
        if is_cancelled(vm, fut)? {
            let exc = make_cancelled_error(vm, fut)?;
            vm.call_method(&outer, "set_exception", vec![exc])?;
            return Ok(());
        }
        let exc = exception(vm, fut)?;
        if !exc.is_none() {
            vm.call_method(&outer, "set_exception", vec![exc])?;
            return Ok(());
        }
    }
    if s.nfinished.get() != s.nfuts.get() {
        return Ok(());
    }
    let children = vm.collect_iterable(&s.children)?;
    let mut results = Vec::with_capacity(children.len());
    for child in &children {
        let res = if is_cancelled(vm, child)? {
            fresh_cancelled_error(vm, child)
        } else {
            match exception(vm, child)? {
                Value::None => result(vm, child)?,
                exc => exc,
            }
        };
        results.push(res);
    }
    let cancel_requested = vm.getattr(&outer, &Value::str("_cancel_requested"))?;
    if vm.is_true(&cancel_requested)? {
        // CPython's loop variable `fut` has been rebound to the last child here.
        let last = children.last().unwrap_or(fut);
        let exc = make_cancelled_error(vm, last)?;
        vm.call_method(&outer, "set_exception", vec![exc])?;
    } else {
        vm.call_method(&outer, "set_result", vec![Value::list(results)])?;
    }
    Ok(())
}
