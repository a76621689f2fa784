//! `asyncio.Handle` / `TimerHandle`: a scheduled callback that can be cancelled.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::RuntimeClasses;
use crate::builtins::arg;
use crate::object::{Args, Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::Vm;

pub struct Handle {
    callback: RefCell<Option<(Value, Vec<Value>)>>,
    pub cancelled: Cell<bool>,
    /// Deadline (loop time) for timer handles.
    pub when: Option<f64>,
    class: Rc<Class>,
}

impl NativeObject for Handle {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Handle {
    pub fn new(vm: &mut Vm, cb: Value, args: Vec<Value>, when: Option<f64>) -> Handle {
        let c = super::classes(vm);
        let class = if when.is_some() { c.timer_handle.clone() } else { c.handle.clone() };
        Handle { callback: RefCell::new(Some((cb, args))), cancelled: Cell::new(false), when, class }
    }

    /// The callback and its arguments (taken: a handle runs once).
    pub fn take_callback(&self) -> (Value, Vec<Value>) {
        self.callback.borrow_mut().take().unwrap_or((Value::None, Vec::new()))
    }

    pub fn cancel(&self) {
        if !self.cancelled.get() {
            self.cancelled.set(true);
            // Drop the callback now so the objects it references can be freed.
            self.callback.borrow_mut().take();
        }
    }
}

fn handle(v: &Value) -> PyResult<&Handle> {
    v.downcast::<Handle>().ok_or_else(|| PyErr::type_error("expected a Handle"))
}

pub fn install(_vm: &mut Vm, c: &RuntimeClasses) {
    use crate::builtins::def_method;
    for cls in [&c.handle, &c.timer_handle] {
        def_method(cls, "cancel", cancel);
        def_method(cls, "cancelled", cancelled);
        def_method(cls, "__repr__", repr);
    }
    def_method(&c.timer_handle, "when", when);
}

fn cancel(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    handle(&arg(&args, 0))?.cancel();
    Ok(Value::None)
}

fn cancelled(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(handle(&arg(&args, 0))?.cancelled.get()))
}

fn when(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(handle(&arg(&args, 0))?.when.unwrap_or(0.0)))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let h = handle(&v)?;
    let name = if h.when.is_some() { "TimerHandle" } else { "Handle" };
    let mut s = format!("<{name}");
    if h.cancelled.get() {
        s.push_str(" cancelled");
    }
    if let Some(w) = h.when {
        s.push_str(&format!(" when={}", crate::text::float_repr::float_repr(w)));
    }
    let cb = h.callback.borrow().as_ref().map(|(c, _)| c.clone());
    if let Some(cb) = cb {
        let r = vm.repr(&cb)?;
        s.push(' ');
        s.push_str(&r);
    }
    s.push('>');
    Ok(Value::string(s))
}
