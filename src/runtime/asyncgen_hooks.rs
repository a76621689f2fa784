//! `sys.get_asyncgen_hooks()` / `sys.set_asyncgen_hooks()` over corio's native async
//! generator bookkeeping. By default a running loop's own hooks apply (registration for
//! `shutdown_asyncgens`, `aclose()` in a task when a suspended generator is dropped), done
//! natively; hooks a script sets replace them in this thread until the loop that was running
//! stops, as CPython's `run_forever` restores the hooks it found.

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::arg;
use crate::object::generator::{GenKind, Generator};
use super::event_loop::EventLoop;
use crate::object::{Args, NativeRef, NativeWeak, PyResult, Value};
use crate::vm::Vm;

/// Hooks the script set in this thread: (firstiter, finalizer), each possibly None.
pub type Hooks = Option<Box<(Value, Value)>>;

/// `sys._get_asyncgen_hooks()`: the (firstiter, finalizer) pair in effect; the running loop's
/// hook methods when the script set none, as CPython's loop installs them.
pub fn get(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    if let Some(h) = &super::state(vm).locals.asyncgen_hooks {
        return Ok(Value::tuple(vec![h.0.clone(), h.1.clone()]));
    }
    let Some(loop_) = super::state(vm).locals.running_loop.clone() else {
        return Ok(Value::tuple(vec![Value::None, Value::None]));
    };
    let firstiter = vm.getattr(&loop_, &Value::str("_asyncgen_firstiter_hook"))?;
    let finalizer = vm.getattr(&loop_, &Value::str("_asyncgen_finalizer_hook"))?;
    Ok(Value::tuple(vec![firstiter, finalizer]))
}

/// `sys._set_asyncgen_hooks(firstiter, finalizer)`, both checked by the Python wrapper.
pub fn set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::state(vm).locals.asyncgen_hooks = Some(Box::new((arg(&args, 0), arg(&args, 1))));
    Ok(Value::None)
}

/// An async generator's first step: call the firstiter hook the script set, or register the
/// generator with the running loop (the loop's own hook).
pub fn first_iteration(vm: &mut Vm, g: &Rc<Generator>) -> PyResult<()> {
    let firstiter = match &super::state(vm).locals.asyncgen_hooks {
        Some(h) => h.0.clone(),
        None => {
            if let Some(loop_) = super::state(vm).locals.running_loop.clone() {
                register_asyncgen(&loop_, g);
            }
            return Ok(());
        }
    };
    if !firstiter.is_none() {
        vm.call(&firstiter, vec![Value::Generator(g.clone())])?;
    }
    Ok(())
}

/// The finalizer for a dropped suspended async generator: Some(hook) when the script set
/// hooks (None inside: close it on the spot), None for the running loop's own behaviour.
pub fn script_finalizer(vm: &mut Vm) -> Option<Value> {
    super::state(vm).locals.asyncgen_hooks.as_ref().map(|h| h.1.clone())
}

/// `loop._register_asyncgen(agen)`: what the loop's firstiter hook records.
pub fn m_register_asyncgen(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Value::Generator(g) = arg(&args, 1) {
        if g.kind == GenKind::AsyncGenerator {
            register_asyncgen(&arg(&args, 0), &g);
        }
    }
    Ok(Value::None)
}

thread_local! {
    /// The loops (weakly) that async generators were first iterated on in this thread: a
    /// generator dropped while no loop runs is looked up in their registries.
    static ASYNCGEN_LOOPS: RefCell<Vec<NativeWeak>> = const { RefCell::new(Vec::new()) };
}

/// Matches CPython's `_asyncgen_firstiter_hook`: remember an async generator first iterated
/// while `loop_` runs, so `asyncio.run` can `aclose()` it before closing the loop.
pub fn register_asyncgen(loop_: &Value, g: &Rc<Generator>) {
    let Value::Native(r) = super::loop_subclass::native_value(loop_) else { return };
    let Some(l) = r.downcast::<EventLoop>() else { return };
    let mut gens = l.asyncgens.borrow_mut();
    if gens.is_empty() {
        ASYNCGEN_LOOPS.with(|loops| {
            let mut loops = loops.borrow_mut();
            loops.retain(|w| w.upgrade().is_some());
            if !loops.iter().any(|w| w.upgrade().is_some_and(|x| NativeRef::ptr_eq(&x, r))) {
                loops.push(NativeRef::downgrade(r));
            }
        });
    }
    if gens.len() > 64 && gens.len().is_power_of_two() {
        gens.retain(|w| w.strong_count() > 0);
    }
    gens.push(Rc::downgrade(g));
}

/// Where a dropped, suspended async generator goes when no hook the script set takes it.
pub enum Finalizer {
    /// Its loop's hook: `aclose()` in a task on this loop (CPython's
    /// `call_soon_threadsafe(self.create_task, agen.aclose())`).
    Loop(Value),
    /// First iterated on a loop that is closed now: CPython's hook does nothing, so its
    /// `finally` blocks never run.
    Nothing,
    /// No loop knows it: closed on the spot.
    CloseNow,
}

/// The finalizer for the async generator that lived at `addr`: the running loop's, or else
/// the hook of the loop that first iterated it (CPython stores the hook in the generator
/// then, so one dropped between two `run_until_complete` calls, as when asyncio.run cancels
/// the task holding it, is closed by a task when that loop runs again).
pub fn loop_finalizer(vm: &mut Vm, addr: usize) -> Finalizer {
    if let Some(loop_) = super::state(vm).locals.running_loop.clone() {
        return Finalizer::Loop(loop_);
    }
    let found = ASYNCGEN_LOOPS.with(|loops| {
        loops.borrow().iter().filter_map(NativeWeak::upgrade).find_map(|r| {
            let l = r.downcast::<EventLoop>()?;
            let mut gens = l.asyncgens.borrow_mut();
            // The registry's weak reference still points where the generator lived.
            let i = gens.iter().position(|w| w.as_ptr() as usize == addr)?;
            gens.remove(i);
            Some((l.closed.get(), Value::Native(r.clone())))
        })
    });
    match found {
        Some((true, _)) => Finalizer::Nothing,
        Some((false, loop_)) => Finalizer::Loop(loop_),
        None => Finalizer::CloseNow,
    }
}
