//! `asyncio.Handle` / `TimerHandle`: a scheduled callback that can be cancelled.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::RuntimeClasses;
use crate::builtins::arg;
use crate::object::{Args, Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::Vm;

pub struct Handle {
    pub(super) callback: RefCell<Option<(Value, Vec<Value>)>>,
    pub cancelled: Cell<bool>,
    /// Deadline (loop time) for timer handles.
    pub when: Option<f64>,
    /// The `when` object `loop.call_at` was given when it is not a float (CPython keeps it as
    /// passed, so `call_at(1, cb)` shows `when=1` and `handle.when()` returns the int).
    pub when_given: RefCell<Option<Value>>,
    /// Where the callback was scheduled, recorded in debug mode (CPython's `_source_traceback`).
    pub source_tb: RefCell<Option<super::source_traceback::SourceTraceback>>,
    /// The repr taken when a handle is cancelled in debug mode (CPython keeps showing the
    /// callback it dropped).
    repr_at_cancel: RefCell<Option<String>>,
    /// The `contextvars.Context` the callback runs in (CPython's `Handle._context`); `None`
    /// is the empty context.
    pub context: Option<Value>,
    /// While the timer sits in its loop's heap: the heap's count of cancelled timers (CPython's
    /// `_scheduled` flag with `loop._timer_cancelled_count`).
    pub(super) scheduled: RefCell<Option<Rc<Cell<usize>>>>,
    /// The loop a handle made by the script (`asyncio.Handle(cb, args, loop)`) reports its
    /// callback's errors to; the loop's own handles leave it None (`_run` then uses the
    /// running loop).
    pub(super) owner_loop: Option<Value>,
    class: Rc<Class>,
}

impl NativeObject for Handle {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn weakrefable(&self) -> bool {
        true
    }
}

impl Handle {
    pub fn new(vm: &mut Vm, cb: Value, args: Vec<Value>, when: Option<f64>) -> Handle {
        let c = super::classes(vm);
        let class = if when.is_some() { c.timer_handle.clone() } else { c.handle.clone() };
        Handle { callback: RefCell::new(Some((cb, args))), cancelled: Cell::new(false), when, when_given: RefCell::new(None), source_tb: RefCell::new(None), repr_at_cancel: RefCell::new(None), context: None, scheduled: RefCell::new(None), owner_loop: None, class }
    }

    /// The same handle, running its callback in `context`.
    pub fn in_context(mut self, context: Option<Value>) -> Handle {
        self.context = context;
        self
    }

    /// The callback and its arguments (taken: a handle runs once).
    pub fn take_callback(&self) -> (Value, Vec<Value>) {
        self.callback.borrow_mut().take().unwrap_or((Value::None, Vec::new()))
    }

    /// The callback to run now. CPython's handle keeps its callback after running (its repr
    /// still names it), so a handle the script holds keeps a copy; one only the loop holds
    /// gives its callback up, freeing what it references sooner.
    pub fn callback_for_run(this: &crate::object::NativeRc<Handle>) -> (Value, Vec<Value>) {
        let erased = this.erased();
        // The loop's reference, `erased`, and any the script holds.
        let shared = crate::object::NativeRef::downgrade(&erased).strong_count() > 2;
        drop(erased);
        if shared {
            if let Some((cb, args)) = this.callback.borrow().as_ref() {
                return (cb.clone(), args.clone());
            }
        }
        this.take_callback()
    }

    /// Put a callback that raised back, so the handle's repr in the error report shows it (a
    /// running CPython handle keeps its callback).
    pub fn restore_callback(&self, cb: Value, args: Vec<Value>) {
        *self.callback.borrow_mut() = Some((cb, args));
    }

    /// Entered into (Some: the heap's cancelled count) or taken out of its loop's timer heap.
    pub fn set_scheduled(&self, count: Option<Rc<Cell<usize>>>) {
        *self.scheduled.borrow_mut() = count;
    }

    pub fn cancel(&self) {
        if !self.cancelled.get() {
            self.cancelled.set(true);
            // matches CPython's `loop._timer_handle_cancelled`.
            if let Some(count) = &*self.scheduled.borrow() {
                count.set(count.get() + 1);
            }
            // Drop the callback now so the objects it references can be freed.
            self.callback.borrow_mut().take();
        }
    }
}

pub(super) fn handle(v: &Value) -> PyResult<&Handle> {
    // A handle the script made (`asyncio.Handle(...)`) comes wrapped as an instance of the
    // class, the native handle its payload.
    let native = match v {
        Value::Instance(i) => match &i.payload {
            crate::object::Payload::Builtin(b) => b,
            _ => v,
        },
        _ => v,
    };
    native.downcast::<Handle>().ok_or_else(|| PyErr::type_error("expected a Handle"))
}

pub fn install(_vm: &mut Vm, c: &RuntimeClasses) {
    use crate::builtins::def_method;
    crate::builtins::def_new(&c.handle, handle_new);
    crate::builtins::def_new(&c.timer_handle, timer_handle_new);
    for cls in [&c.handle, &c.timer_handle] {
        def_method(cls, "_run", run);
        def_method(cls, "cancel", cancel);
        def_method(cls, "cancelled", cancelled);
        def_method(cls, "__repr__", repr);
    }
    def_method(&c.timer_handle, "when", when);
    super::handle_attrs::install(c);
    let slots: [(&str, crate::object::NativeFn); 7] = [
        ("__hash__", timer_hash),
        ("__eq__", timer_eq),
        ("__ne__", timer_ne),
        ("__lt__", |vm, a| timer_order(vm, a, std::cmp::Ordering::Less, false)),
        ("__le__", |vm, a| timer_order(vm, a, std::cmp::Ordering::Less, true)),
        ("__gt__", |vm, a| timer_order(vm, a, std::cmp::Ordering::Greater, false)),
        ("__ge__", |vm, a| timer_order(vm, a, std::cmp::Ordering::Greater, true)),
    ];
    // Registered without an owner: the VM's comparison and hashing protocol calls an owned
    // native method only for the core value types.
    for (name, f) in slots {
        let m = crate::builtins::native(name, f, crate::object::function::NativeKind::Method, None);
        c.timer_handle.dict.borrow_mut().set_str(name, m);
    }
}

/// `Handle(callback, args, loop, context=None)` made by the script, as CPython's
/// `Handle.__init__`: the context defaults to a copy of the current one, and a debug-mode
/// loop records where the handle was made.
fn handle_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    construct(vm, args, false)
}

/// `TimerHandle(when, callback, args, loop, context=None)`.
fn timer_handle_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    construct(vm, args, true)
}

fn construct(vm: &mut Vm, args: Args, timer: bool) -> PyResult<Value> {
    let Value::Class(cls) = arg(&args, 0) else {
        return Err(PyErr::type_error("Handle.__new__(X): X is not a type object"));
    };
    let mut names = vec!["callback", "args", "loop", "context"];
    if timer {
        names.insert(0, "when");
    }
    let mut vals: Vec<Option<Value>> = vec![None; names.len()];
    let given = &args.pos[1..];
    if given.len() > names.len() {
        return Err(PyErr::type_error(format!(
            "{}.__init__() takes from {} to {} positional arguments but {} were given",
            cls.name(),
            names.len(),
            names.len() + 1,
            given.len() + 1
        )));
    }
    for (slot, v) in vals.iter_mut().zip(given) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kw {
        let Some(i) = names.iter().position(|n| *n == &**k) else {
            return Err(PyErr::type_error(format!("{}.__init__() got an unexpected keyword argument '{k}'", cls.name())));
        };
        if vals[i].is_some() {
            return Err(PyErr::type_error(format!("{}.__init__() got multiple values for argument '{k}'", cls.name())));
        }
        vals[i] = Some(v.clone());
    }
    let required = names.len() - 1;
    let missing: Vec<&str> = names[..required].iter().zip(&vals).filter(|(_, v)| v.is_none()).map(|(n, _)| *n).collect();
    if !missing.is_empty() {
        return Err(crate::builtins::arity::missing_args(&format!("{}.__init__", cls.name()), "positional", &missing));
    }
    let mut vals = vals.into_iter().map(|v| v.unwrap_or(Value::None));
    let when_value = if timer { vals.next() } else { None };
    let (cb, cb_args, loop_, context) = (
        vals.next().unwrap_or(Value::None),
        vals.next().unwrap_or(Value::None),
        vals.next().unwrap_or(Value::None),
        vals.next().unwrap_or(Value::None),
    );
    let cb_args = if cb_args.is_none() { Vec::new() } else { vm.collect_iterable(&cb_args)? };
    let when = match &when_value {
        Some(Value::Float(f)) => Some(f.get()),
        Some(w) => Some(crate::modules::math::float_arg(vm, w)?),
        None => None,
    };
    let context = if context.is_none() { crate::modules::contextvars::capture() } else { Some(context) };
    let mut h = Handle::new(vm, cb, cb_args, when).in_context(context);
    h.class = cls;
    if let Some(w) = when_value.filter(|w| !matches!(w, Value::Float(_))) {
        *h.when_given.borrow_mut() = Some(w);
    }
    *h.source_tb.borrow_mut() = super::source_traceback::capture_for(vm, &loop_);
    h.owner_loop = Some(loop_);
    Ok(Value::Native(crate::object::NativeRc::new(h).into_erased()))
}

/// `handle._run()`: run the callback now in the handle's context, its errors going to the
/// loop's exception handler (CPython's `Handle._run`).
fn run(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let Some(h) = (match &v {
        Value::Native(n) => n.downcast_rc::<Handle>(),
        _ => None,
    }) else {
        return Err(PyErr::type_error("expected a Handle"));
    };
    let loop_ = match &h.owner_loop {
        Some(l) => l.clone(),
        None => super::state(vm).locals.running_loop.clone().unwrap_or(Value::None),
    };
    let (cb, cb_args) = Handle::callback_for_run(&h);
    super::event_loop::run_handle_now(vm, &loop_, &h, cb, cb_args)?;
    Ok(Value::None)
}

/// Both operands as timer handles, or None (the comparison returns NotImplemented).
fn timer_pair<'a>(args: &'a Args) -> Option<(&'a Handle, &'a Handle)> {
    let a = args.pos.first()?.downcast::<Handle>()?;
    let b = args.pos.get(1)?.downcast::<Handle>()?;
    (a.when.is_some() && b.when.is_some()).then_some((a, b))
}

/// matches CPython's `TimerHandle.__hash__`: `hash(self._when)`.
fn timer_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let when = handle(&v)?.when.unwrap_or(0.0);
    Ok(Value::Int(vm.hash(&Value::float(when))?))
}

/// matches CPython's `TimerHandle.__eq__`: same deadline, callback, arguments and cancelled
/// state.
fn timer_equal(vm: &mut Vm, a: &Handle, b: &Handle) -> PyResult<bool> {
    if a.when != b.when || a.cancelled.get() != b.cancelled.get() {
        return Ok(false);
    }
    let (ca, cb) = (a.callback.borrow().clone(), b.callback.borrow().clone());
    match (ca, cb) {
        (None, None) => Ok(true),
        (Some((fa, aa)), Some((fb, ab))) => {
            if !vm.eq(&fa, &fb)? || aa.len() != ab.len() {
                return Ok(false);
            }
            for (x, y) in aa.iter().zip(ab.iter()) {
                if !vm.eq(x, y)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        _ => Ok(false),
    }
}

fn timer_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match timer_pair(&args) {
        Some((a, b)) => Ok(Value::bool(timer_equal(vm, a, b)?)),
        None => Ok(Value::NotImplemented),
    }
}

fn timer_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match timer_pair(&args) {
        Some((a, b)) => Ok(Value::bool(!timer_equal(vm, a, b)?)),
        None => Ok(Value::NotImplemented),
    }
}

/// `<`, `<=`, `>`, `>=` by deadline; the `or_equal` forms also accept `__eq__` (CPython's
/// `self._when < other._when or self.__eq__(other)`).
fn timer_order(vm: &mut Vm, args: Args, want: std::cmp::Ordering, or_equal: bool) -> PyResult<Value> {
    let Some((a, b)) = timer_pair(&args) else { return Ok(Value::NotImplemented) };
    let (wa, wb) = (a.when.unwrap_or(0.0), b.when.unwrap_or(0.0));
    let strict = wa.partial_cmp(&wb) == Some(want);
    Ok(Value::bool(strict || (or_equal && timer_equal(vm, a, b)?)))
}

fn cancel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let h = handle(&v)?;
    if !h.cancelled.get() && h.source_tb.borrow().is_some() {
        h.cancelled.set(true);
        let cb = h.callback.borrow().clone();
        let r = describe(vm, h, cb.as_ref().map(|(c, a)| (c, a.as_slice())))?;
        *h.repr_at_cancel.borrow_mut() = Some(r);
        h.cancelled.set(false);
    }
    h.cancel();
    Ok(Value::None)
}

fn cancelled(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(handle(&arg(&args, 0))?.cancelled.get()))
}

pub(super) fn when(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let h = handle(&v)?;
    if let Some(w) = h.when_given.borrow().clone() {
        return Ok(w);
    }
    Ok(Value::float(h.when.unwrap_or(0.0)))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let h = handle(&v)?;
    if let Some(r) = h.repr_at_cancel.borrow().clone() {
        return Ok(Value::string(r));
    }
    let cb = h.callback.borrow().clone();
    let s = describe(vm, h, cb.as_ref().map(|(c, a)| (c, a.as_slice())))?;
    Ok(Value::string(s))
}

/// CPython's `Handle.__repr__`: `<Handle cancelled? when=? callback(args) at file:line
/// created at file:line>`, for `callback` (the handle's own, or the one just taken to run).
pub fn describe(vm: &mut Vm, h: &Handle, callback: Option<(&Value, &[Value])>) -> PyResult<String> {
    let name = if h.when.is_some() { "TimerHandle" } else { "Handle" };
    let mut s = format!("<{name}");
    if h.cancelled.get() {
        s.push_str(" cancelled");
    }
    let given = h.when_given.borrow().clone();
    if let Some(w) = given {
        s.push_str(&format!(" when={}", vm.repr(&w)?));
    } else if let Some(w) = h.when {
        s.push_str(&format!(" when={}", crate::text::float_repr::float_repr(w)));
    }
    // CPython leaves the callback out when it is None (`call_soon(None)`).
    if let Some((cb, args)) = callback.filter(|(cb, _)| !cb.is_none()) {
        s.push(' ');
        s.push_str(&format_callback_source(vm, cb, args)?);
    }
    if let Some(at) = h.source_tb.borrow().as_ref().and_then(|tb| tb.created_at()) {
        s.push_str(&format!(" created at {at}"));
    }
    s.push('>');
    Ok(s)
}

/// CPython's `format_helpers._format_callback_source`: `qualname(arg reprs)`, plus ` at
/// file:line` for a script function; a `functools.partial` shows its function with the bound
/// arguments, then the call's own (`boom('x', n=2)()`).
pub fn format_callback_source(vm: &mut Vm, cb: &Value, args: &[Value]) -> PyResult<String> {
    let mut out = format_callback(vm, cb, args, &[], String::new())?;
    let mut func = cb.clone();
    while let Some((inner, _, _)) = partial_parts(vm, &func)? {
        func = inner;
    }
    match &func {
        // A frozen asyncio function names CPython's source file and line, not corio's.
        Value::Function(f) if f.code.code.filename.starts_with("<frozen asyncio.") => {
            if let Some(at) = super::callback_sources::cpython_suffix(&f.qualname.borrow()) {
                out.push_str(&at);
            } else {
                out.push_str(&format!(" at {}:{}", f.code.code.filename, f.code.code.first_line));
            }
        }
        Value::Function(f) => out.push_str(&format!(" at {}:{}", f.code.code.filename, f.code.code.first_line)),
        // `run_until_complete`'s done callback is native here, a Python function in CPython.
        Value::Builtin(b) if b.owner.is_none() && &*b.name == "_run_until_complete_cb" => {
            out.push_str(&super::callback_sources::cpython_suffix(&b.name).unwrap_or_default());
        }
        _ => {}
    }
    Ok(out)
}

/// CPython's `format_helpers._format_callback`.
fn format_callback(vm: &mut Vm, func: &Value, args: &[Value], kwargs: &[(Value, Value)], suffix: String) -> PyResult<String> {
    if let Some((inner, pargs, pkw)) = partial_parts(vm, func)? {
        let suffix = format_args(vm, args, kwargs)? + &suffix;
        return format_callback(vm, &inner, &pargs, &pkw, suffix);
    }
    let mut out = match vm.lookup_attr_opt(func, "__qualname__")? {
        Some(q) if q.as_str().map_or(false, |s| !s.is_empty()) => q.as_str().unwrap_or_default().to_string(),
        _ => match vm.lookup_attr_opt(func, "__name__")? {
            Some(n) if n.as_str().map_or(false, |s| !s.is_empty()) => n.as_str().unwrap_or_default().to_string(),
            _ => vm.repr(func)?,
        },
    };
    out.push_str(&format_args(vm, args, kwargs)?);
    out.push_str(&suffix);
    Ok(out)
}

/// `(a, b, k=v)` with the items' `reprlib.repr()`s, as CPython's `_format_args_and_kwargs`.
fn format_args(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<String> {
    let mut items = Vec::with_capacity(args.len() + kwargs.len());
    for a in args {
        items.push(super::future::result_repr(vm, a)?);
    }
    for (k, v) in kwargs {
        items.push(format!("{}={}", vm.str(k)?, super::future::result_repr(vm, v)?));
    }
    Ok(format!("({})", items.join(", ")))
}

/// `(func, args, keywords)` of a `functools.partial`.
fn partial_parts(vm: &mut Vm, v: &Value) -> PyResult<Option<(Value, Vec<Value>, Vec<(Value, Value)>)>> {
    let Value::Instance(inst) = v else { return Ok(None) };
    let cls = inst.class.borrow().clone();
    let is_partial = &*cls.name() == "partial"
        && cls.dict.borrow().get_str("__module__").map_or(false, |m| m.as_str() == Some("functools"));
    if !is_partial {
        return Ok(None);
    }
    let func = vm.getattr(v, &Value::str("func"))?;
    let args = vm.getattr(v, &Value::str("args"))?;
    let args = vm.collect_iterable(&args)?;
    let keywords = vm.getattr(v, &Value::str("keywords"))?;
    let kw = match &keywords {
        Value::Dict(d) => d.borrow().items(),
        _ => Vec::new(),
    };
    Ok(Some((func, args, kw)))
}
