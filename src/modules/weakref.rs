//! `_weakref`: the native half of `weakref` (stdlib/weakref.py builds `ref`, `WeakMethod`,
//! the weak containers and `finalize` on it). `new(obj)` makes an opaque handle holding a Rust
//! `Weak` to the object, `get(handle)` returns the object or None once it died, and
//! `on_death(obj, fn)` queues `fn()` for when an instance's last reference goes.

use crate::object::BoolWord;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use super::new_module;
use crate::builtins::{arg, def_fn};
use crate::object::class::Layout;
use crate::object::{Args, BoundMethod, BuiltinFunction, Class, Function, Generator, Instance, Module, NativeObject, NativeRef, NativeWeak, PyErr, PyResult, PySet, Value};
use crate::vm::CodeObj;
use crate::vm::types::new_class_with;
use crate::vm::Vm;

enum Target {
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Class(Weak<Class>),
    Generator(Weak<Generator>),
    Set(Weak<RefCell<PySet>>),
    FrozenSet(Weak<PySet>),
    Method(Weak<BoundMethod>),
    Builtin(Weak<BuiltinFunction>),
    Module(Weak<Module>),
    Code(Weak<CodeObj>),
    Native(NativeWeak),
}

struct Handle {
    target: Target,
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

thread_local! {
    /// Instance address -> functions to call when it dies.
    /// (function to call, what an error in it is reported as coming from).
    static ON_DEATH: RefCell<hashbrown::HashMap<usize, Vec<(Value, Value)>>> = RefCell::new(hashbrown::HashMap::new());
    static WATCHED: Cell<usize> = const { Cell::new(0) };
}

/// Called from `Instance`'s drop: queue the death callbacks registered for `addr`.
pub fn instance_died(addr: usize) {
    // (`try_with`: values dropped while the thread's storage is torn down at exit land here
    // too, after these tables may be gone.)
    if WATCHED.try_with(|w| w.get()).unwrap_or(0) == 0 {
        return;
    }
    let fns = ON_DEATH.try_with(|m| m.try_borrow_mut().ok().and_then(|mut m| m.remove(&addr)));
    let Ok(Some(fns)) = fns else { return };
    let _ = WATCHED.try_with(|w| w.set(w.get().saturating_sub(1)));
    crate::vm::finalize::enqueue(crate::vm::finalize::Pending::Run(Box::new(move |vm| {
        // matches CPython's PyObject_ClearWeakRefs: a new weak reference with a callback goes
        // in front of the older ones, so the callbacks run newest first.
        for (f, shown) in fns.into_iter().rev() {
            if let Err(e) = vm.call(&f, vec![]) {
                // CPython reports a failing weakref callback and carries on.
                vm.write_unraisable(e, crate::vm::unraisable::Unraisable::Object(shown));
            }
        }
    })));
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_weakref");
    let class = new_class_with("weakhandle", &[vm.types.object.clone()], Layout::Builtin, None)?;
    class.dict.borrow_mut().set_str("__module__", Value::str("_weakref"));
    let mut dd = d.borrow_mut();
    dd.set_str("_handle_class", Value::Class(class));
    def_fn(&mut dd, "new", new);
    def_fn(&mut dd, "get", get);
    def_fn(&mut dd, "on_death", on_death);
    def_fn(&mut dd, "_collect_classes", super::class_collect::collect);
    drop(dd);
    Ok(m)
}

fn handle_class(vm: &mut Vm) -> PyResult<Rc<Class>> {
    let m = vm.modules.borrow().get_str("_weakref");
    match m {
        Some(m) => match vm.getattr(&m, &Value::str("_handle_class"))? {
            Value::Class(c) => Ok(c),
            _ => Err(PyErr::runtime_error("_weakref is broken")),
        },
        None => Err(PyErr::runtime_error("_weakref is not imported")),
    }
}

/// `new(obj, strict=False)`: with `strict` (what `weakref.ref` asks), an instance is refused
/// unless its type has a `__weakref__` slot, as CPython's `tp_weaklistoffset` check: plain
/// `object()`, exceptions, `__slots__` classes without `'__weakref__'`, and subclasses of int,
/// tuple, bytes or str. The library's own bookkeeping handles skip that check.
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = arg(&args, 0);
    let strict = matches!(args.pos.get(1), Some(Value::Bool(b)) if b.get());
    let target = match &obj {
        Value::Instance(i) => {
            if strict && i.class().lookup("__weakref__").is_none() && !weakref_base(vm, &i.class()) {
                let t = vm.type_name(&obj);
                return Err(PyErr::type_error(format!("cannot create weak reference to '{t}' object")));
            }
            Target::Instance(Rc::downgrade(i))
        }
        Value::Set(s) => Target::Set(Rc::downgrade(s)),
        Value::FrozenSet(s) => Target::FrozenSet(Rc::downgrade(s)),
        Value::Method(m) => Target::Method(Rc::downgrade(m)),
        Value::Builtin(b) => Target::Builtin(Rc::downgrade(b)),
        Value::Module(m) => Target::Module(Rc::downgrade(m)),
        Value::Code(c) => Target::Code(Rc::downgrade(c)),
        Value::Function(f) => Target::Function(Rc::downgrade(f)),
        Value::Class(c) => Target::Class(Rc::downgrade(c)),
        Value::Generator(g) => Target::Generator(Rc::downgrade(g)),
        // (futures, tasks, the loop, handles: see `NativeObject::weakrefable`)
        Value::Native(n) if n.weakrefable() => Target::Native(NativeRef::downgrade(n)),
        other => {
            let t = vm.type_name(other);
            return Err(PyErr::type_error(format!("cannot create weak reference to '{t}' object")));
        }
    };
    let class = handle_class(vm)?;
    Ok(Value::Native(crate::object::NativeRef::new(Handle { target, class })))
}

fn get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = arg(&args, 0);
    let Some(h) = h.downcast::<Handle>() else { return Err(PyErr::type_error("expected a weak handle")) };
    let v = match &h.target {
        Target::Instance(w) => w.upgrade().map(Value::Instance),
        Target::Function(w) => w.upgrade().map(Value::Function),
        Target::Class(w) => w.upgrade().map(Value::Class),
        Target::Generator(w) => w.upgrade().map(Value::Generator),
        Target::Set(w) => w.upgrade().map(Value::Set),
        Target::FrozenSet(w) => w.upgrade().map(Value::FrozenSet),
        Target::Method(w) => w.upgrade().map(Value::Method),
        Target::Builtin(w) => w.upgrade().map(Value::Builtin),
        Target::Module(w) => w.upgrade().map(Value::Module),
        Target::Code(w) => w.upgrade().map(Value::Code),
        Target::Native(w) => w.upgrade().map(Value::Native),
    };
    Ok(v.unwrap_or(Value::None))
}

/// Whether instances of `cls` support weak references through a built-in base that has them
/// without a `__weakref__` attribute (CPython's set and frozenset: `class S(set)`).
fn weakref_base(vm: &Vm, cls: &Rc<Class>) -> bool {
    let t = &vm.types;
    cls.mro.borrow().iter().any(|c| Rc::ptr_eq(c, &t.set) || Rc::ptr_eq(c, &t.frozenset))
}

/// `on_death(obj, fn)`: True when registered (instances, functions, bound methods and sets
/// report their death).
fn on_death(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let addr = match arg(&args, 0) {
        Value::Instance(i) => Rc::as_ptr(&i) as usize,
        Value::Function(f) => Rc::as_ptr(&f) as usize,
        Value::Method(m) => Rc::as_ptr(&m) as usize,
        Value::Class(c) => {
            super::class_collect::watch(&c);
            Rc::as_ptr(&c) as usize
        }
        // (the address `PySet`'s drop reports: the set inside its RefCell)
        Value::Set(s) => s.as_ptr() as usize,
        Value::FrozenSet(s) => Rc::as_ptr(&s) as usize,
        _ => return Ok(Value::Bool(BoolWord::FALSE)),
    };
    let f = arg(&args, 1);
    let shown = args.pos.get(2).cloned().unwrap_or_else(|| f.clone());
    ON_DEATH.with(|m| {
        let mut m = m.borrow_mut();
        let e = m.entry(addr).or_default();
        if e.is_empty() {
            WATCHED.with(|w| w.set(w.get() + 1));
        }
        e.push((f, shown));
    });
    Ok(Value::Bool(BoolWord::TRUE))
}
