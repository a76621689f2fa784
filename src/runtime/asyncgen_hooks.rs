//! `sys.get_asyncgen_hooks()` / `sys.set_asyncgen_hooks()` over corio's native async
//! generator bookkeeping. By default a running loop's own hooks apply (registration for
//! `shutdown_asyncgens`, `aclose()` in a task when a suspended generator is dropped), done
//! natively; hooks a script sets replace them in this thread until the loop that was running
//! stops, as CPython's `run_forever` restores the hooks it found.

use std::rc::Rc;

use crate::builtins::arg;
use crate::object::generator::{GenKind, Generator};
use crate::object::{Args, PyResult, Value};
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
                super::event_loop::register_asyncgen(&loop_, g);
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
            super::event_loop::register_asyncgen(&arg(&args, 0), &g);
        }
    }
    Ok(Value::None)
}
