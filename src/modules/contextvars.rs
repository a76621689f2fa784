//! `_contextvars.Context` and the thread's current context (the native half of
//! `stdlib/contextvars.py`; `ContextVar` and `Token` are in `contextvars_var.rs`).
//!
//! A context's mapping is an `Rc`'d vector shared copy-on-write: `copy_context()` and a task's
//! snapshot share it (O(1)), and setting a variable replaces the mapping only when it is shared.
//! The current context is a per-OS-thread slot (each Python thread runs on its own OS thread),
//! empty (`None`) until a script sets a variable or enters a context. `IN_USE` records that this
//! has ever happened, so a program that never uses contextvars pays one load per task step.

use crate::object::BoolWord;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::builtins::{arg, def_fn, def_method};
use crate::object::class::Layout;
use crate::object::{Args, Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

pub use super::contextvars_var::{ContextVar, Token};

/// `(var, value)` pairs, one per variable set; keys compare by identity, as CPython's
/// ContextVar hashing by identity does.
pub type Vars = Rc<Vec<(Value, Value)>>;

/// Class objects of `_contextvars`, shared by every object the module makes.
pub struct Classes {
    pub context: Rc<Class>,
    pub var: Rc<Class>,
    pub token: Rc<Class>,
    pub missing: Value,
}

pub struct Context {
    pub vars: RefCell<Vars>,
    /// CPython's `ctx_entered`: a context can be current in one place at a time.
    entered: Cell<bool>,
    pub classes: Rc<Classes>,
}

impl NativeObject for Context {
    fn class(&self) -> Rc<Class> {
        self.classes.context.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Context {
    pub fn new_value(classes: &Rc<Classes>, vars: Vars) -> Value {
        // A context object may become current (`run`, a task's `context=`): from now on the
        // event loop switches contexts.
        IN_USE.store(true, Ordering::Relaxed);
        Value::Native(crate::object::NativeRef::new(Context { vars: RefCell::new(vars), entered: Cell::new(false), classes: classes.clone() }))
    }

    /// The value bound to `var` here.
    pub fn lookup(&self, var: &Value) -> Option<Value> {
        self.vars.borrow().iter().find(|(k, _)| k.is(var)).map(|(_, v)| v.clone())
    }

    /// Bind (or, with `None`, unbind) `var`; the mapping is copied only if a snapshot shares it.
    pub fn assign(&self, var: &Value, value: Option<Value>) {
        let mut vars = self.vars.borrow_mut();
        let map = Rc::make_mut(&mut vars);
        let pos = map.iter().position(|(k, _)| k.is(var));
        match (pos, value) {
            (Some(i), Some(v)) => map[i].1 = v,
            (None, Some(v)) => map.push((var.clone(), v)),
            (Some(i), None) => {
                map.remove(i);
            }
            (None, None) => {}
        }
    }
}

thread_local! {
    /// This thread's current context. `ManuallyDrop`: no TLS destructor may drop script values
    /// after the interpreter is gone; a Python thread clears it on exit (`clear_thread`).
    static CURRENT: ManuallyDrop<Cell<Option<Value>>> = const { ManuallyDrop::new(Cell::new(None)) };
}

/// Set once any thread has had a current context.
static IN_USE: AtomicBool = AtomicBool::new(false);

/// Whether any context was ever made current (until then every thread's context is empty
/// and the event loop has nothing to switch).
#[inline]
pub fn in_use() -> bool {
    IN_USE.load(Ordering::Relaxed)
}

/// Make `ctx` this thread's current context; returns the previous one.
#[inline]
pub fn swap_current(ctx: Option<Value>) -> Option<Value> {
    CURRENT.with(|c| c.replace(ctx))
}

/// This thread's current context (a clone of the reference).
pub fn current() -> Option<Value> {
    CURRENT.with(|c| {
        let v = c.take();
        c.set(v.clone());
        v
    })
}

/// A Python thread is finishing (GIL held): drop its context now, not in a TLS destructor.
pub fn clear_thread() {
    drop(swap_current(None));
}

/// The current context, made (empty) if this thread has none yet.
pub fn ensure_current(classes: &Rc<Classes>) -> Value {
    if let Some(c) = current() {
        return c;
    }
    IN_USE.store(true, Ordering::Relaxed);
    let c = Context::new_value(classes, Rc::new(Vec::new()));
    swap_current(Some(c.clone()));
    c
}

/// What a new Task or callback handle captures (CPython's `contextvars.copy_context()` in
/// `Task.__init__` / `Handle.__init__`): `None` stands for an empty context and costs nothing.
#[inline]
pub fn capture() -> Option<Value> {
    if !in_use() {
        return None;
    }
    capture_current()
}

#[cold]
#[inline(never)]
fn capture_current() -> Option<Value> {
    let cur = current()?;
    let c = cur.downcast::<Context>()?;
    let vars = c.vars.borrow().clone();
    Some(Context::new_value(&c.classes, vars))
}

fn ctx_of(v: &Value) -> PyResult<&Context> {
    v.downcast::<Context>().ok_or_else(|| PyErr::type_error("descriptor requires a '_contextvars.Context' object"))
}

/// Enter `ctx` (CPython's `PyContext_Enter`): it becomes current; returns the previous one.
pub fn enter(vm: &mut Vm, ctx: &Value) -> PyResult<Option<Value>> {
    let c = ctx_of(ctx)?;
    if c.entered.get() {
        let r = context_repr(ctx);
        let _ = vm;
        return Err(PyErr::runtime_error(format!("cannot enter context: {r} is already entered")));
    }
    c.entered.set(true);
    IN_USE.store(true, Ordering::Relaxed);
    Ok(swap_current(Some(ctx.clone())))
}

/// Leave `ctx`, making `prev` current again.
pub fn exit(ctx: &Value, prev: Option<Value>) {
    if let Some(c) = ctx.downcast::<Context>() {
        c.entered.set(false);
    }
    drop(swap_current(prev));
}

/// `ctx.run(...)`-style entry for a scheduled task step or callback whose captured context is
/// `ctx` (`None`: the empty context, made lazily if the code sets a variable). Returns the
/// caller's context for `leave_scheduled`.
#[inline]
pub fn enter_scheduled(vm: &mut Vm, ctx: Option<&Value>) -> PyResult<Option<Value>> {
    match ctx {
        Some(c) => enter(vm, c),
        None => Ok(swap_current(None)),
    }
}

/// Undo `enter_scheduled`; returns the context that was lazily made during the run when there
/// was none (a task keeps it for its next steps).
#[inline]
pub fn leave_scheduled(ctx: Option<&Value>, prev: Option<Value>) -> Option<Value> {
    let mine = swap_current(prev);
    match ctx {
        Some(c) => {
            if let Some(c) = c.downcast::<Context>() {
                c.entered.set(false);
            }
            None
        }
        None => mine,
    }
}

fn context_repr(v: &Value) -> String {
    format!("<_contextvars.Context object at {}>", crate::vm::repr::addr(v))
}

/// The module's classes (made by `init`, which runs before any of its functions).
pub fn classes(vm: &mut Vm) -> PyResult<Rc<Classes>> {
    let found = vm.iterator_classes.borrow().iter().find(|(n, _)| *n == "_contextvars.Context").map(|(_, c)| c.clone());
    let cls = found.ok_or_else(|| PyErr::runtime_error("_contextvars is not initialised"))?;
    let probe = cls.dict.borrow().get_str("_classes");
    match probe.as_ref().and_then(|p| p.downcast::<ClassesHolder>()) {
        Some(h) => Ok(h.0.clone()),
        None => Err(PyErr::runtime_error("_contextvars is not initialised")),
    }
}

/// Keeps `Classes` reachable from the Context class (for module-level functions).
struct ClassesHolder(Rc<Classes>, Rc<Class>);

impl NativeObject for ClassesHolder {
    fn class(&self) -> Rc<Class> {
        self.1.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `cls.__new__` as a static method the VM calls as a script-level `__new__` would be: its
/// result is the object itself, not wrapped like an instance of a subclass of a native class
/// (which would break identity: `token.var is var`). Not named `__new__`: the VM wraps what a
/// native `__new__` of a non-builtins class returns.
pub fn def_plain_new(cls: &Rc<Class>, func: crate::object::NativeFn) {
    let f = crate::builtins::native("_new", func, crate::object::function::NativeKind::Function, None);
    cls.dict.borrow_mut().set_str("__new__", Value::StaticMethod(Rc::new(f)));
}

fn new_type(vm: &Vm, name: &str, final_check: crate::object::NativeFn) -> PyResult<Rc<Class>> {
    let c = new_class_with(name, &[vm.types.object.clone()], Layout::Builtin, None)?;
    c.dict.borrow_mut().set_str("__module__", Value::str("_contextvars"));
    // CPython's tp_name, which error messages print ("unhashable type: '_contextvars.Context'").
    *c.tp_name.borrow_mut() = Some(Rc::from(format!("_contextvars.{name}")));
    crate::builtins::def_classmethod(&c, "__init_subclass__", final_check);
    def_method(&c, "__reduce_ex__", refuse_pickle);
    Ok(c)
}

/// matches CPython: copy.copy, copy.deepcopy and pickle refuse the three types with
/// "cannot pickle '_contextvars.X' object".
fn refuse_pickle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = vm.type_name(&arg(&args, 0));
    Err(PyErr::type_error(format!("cannot pickle '{name}' object")))
}

/// matches CPython: Context, ContextVar and Token are final types.
fn not_a_base(name: &str) -> PyResult<Value> {
    Err(PyErr::type_error(format!("type '_contextvars.{name}' is not an acceptable base type")))
}

fn final_context(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    not_a_base("Context")
}

fn final_var(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    not_a_base("ContextVar")
}

fn final_token(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    not_a_base("Token")
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("_contextvars");
    let context = new_type(vm, "Context", final_context)?;
    let var = new_type(vm, "ContextVar", final_var)?;
    let token = new_type(vm, "Token", final_token)?;
    // CPython's type is named `Token.MISSING`: `__name__` is `MISSING`, the repr shows both.
    let missing_cls = new_class_with("MISSING", &[vm.types.object.clone()], Layout::Builtin, None)?;
    missing_cls.dict.borrow_mut().set_str("__module__", Value::str("Token"));
    def_method(&missing_cls, "__repr__", |_vm, _args| Ok(Value::str("<Token.MISSING>")));
    let missing = Value::Native(crate::object::NativeRef::new(super::contextvars_var::Missing(missing_cls)));
    token.dict.borrow_mut().set_str("MISSING", missing.clone());
    let classes = Rc::new(Classes { context: context.clone(), var: var.clone(), token: token.clone(), missing });
    let holder = ClassesHolder(classes.clone(), vm.types.object.clone());
    context.dict.borrow_mut().set_str("_classes", Value::Native(crate::object::NativeRef::new(holder)));
    vm.iterator_classes.borrow_mut().push(("_contextvars.Context", context.clone()));
    install_context(&context);
    super::contextvars_var::install(&var, &token);
    let mut dict = d.borrow_mut();
    dict.set_str("Context", Value::Class(context));
    dict.set_str("ContextVar", Value::Class(var));
    dict.set_str("Token", Value::Class(token));
    def_fn(&mut dict, "copy_context", copy_context);
    // Whether any context was ever made (see `in_use`): asyncio.Runner asks before taking a
    // copy of the current context, which until then is empty.
    def_fn(&mut dict, "_in_use", |_vm, _args| Ok(Value::bool(in_use())));
    drop(dict);
    Ok(m)
}

fn install_context(c: &Rc<Class>) {
    def_plain_new(c, context_new);
    def_method(c, "run", run);
    def_method(c, "copy", copy);
    def_method(c, "get", get);
    def_method(c, "keys", keys);
    def_method(c, "values", values);
    def_method(c, "items", items);
    // Without an owner type: the VM dispatches owned native dunders only for its own types.
    let mut d = c.dict.borrow_mut();
    for (name, f) in [
        ("__getitem__", getitem as crate::object::NativeFn),
        ("__contains__", contains),
        ("__len__", len),
        ("__iter__", iter),
        ("__eq__", eq),
        ("__repr__", |_vm, args| Ok(Value::string(context_repr(&arg(&args, 0))))),
    ] {
        d.set_str(name, crate::builtins::native(name, f, crate::object::function::NativeKind::Method, None));
    }
    // CPython's Context defines comparison without a hash, so its hash slot stays empty.
    d.set_str("__hash__", Value::None);
}

/// `contextvars.copy_context()`: a snapshot of the current context.
fn copy_context(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let classes = classes(vm)?;
    let vars = match current() {
        Some(c) => ctx_of(&c)?.vars.borrow().clone(),
        None => Rc::new(Vec::new()),
    };
    Ok(Context::new_value(&classes, vars))
}

fn context_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(PyErr::type_error("Context() does not accept any arguments"));
    }
    let classes = classes(vm)?;
    Ok(Context::new_value(&classes, Rc::new(Vec::new())))
}

/// `ctx.run(callable, *args, **kwargs)`: call with `ctx` current; what the call sets stays in
/// `ctx`.
fn run(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let Some(f) = args.pos.get(1).cloned() else {
        return Err(PyErr::type_error("run() missing 1 required positional argument"));
    };
    let prev = enter(vm, &this)?;
    let r = vm.call_kw(&f, args.pos[2..].to_vec(), args.kw.to_vec());
    exit(&this, prev);
    r
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let c = ctx_of(&this)?;
    let vars = c.vars.borrow().clone();
    Ok(Context::new_value(&c.classes, vars))
}

/// The key of a mapping operation: a ContextVar, or CPython's TypeError.
fn var_key(vm: &mut Vm, key: &Value) -> PyResult<()> {
    if key.downcast::<ContextVar>().is_some() {
        return Ok(());
    }
    let r = vm.repr(key)?;
    Err(PyErr::type_error(format!("a ContextVar key was expected, got {r}")))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, key) = (arg(&args, 0), arg(&args, 1));
    var_key(vm, &key)?;
    ctx_of(&this)?.lookup(&key).ok_or_else(|| PyErr::key_error(key))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, key) = (arg(&args, 0), arg(&args, 1));
    var_key(vm, &key)?;
    Ok(Value::bool(ctx_of(&this)?.lookup(&key).is_some()))
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, key) = (arg(&args, 0), arg(&args, 1));
    let default = args.arg(2, "default").cloned().unwrap_or(Value::None);
    var_key(vm, &key)?;
    Ok(ctx_of(&this)?.lookup(&key).unwrap_or(default))
}

fn len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(ctx_of(&arg(&args, 0))?.vars.borrow().len() as i64))
}

fn pairs(args: &Args) -> PyResult<Vars> {
    Ok(ctx_of(&arg(args, 0))?.vars.borrow().clone())
}

fn keys(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::list(pairs(&args)?.iter().map(|(k, _)| k.clone()).collect()))
}

fn values(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::list(pairs(&args)?.iter().map(|(_, v)| v.clone()).collect()))
}

fn items(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::list(pairs(&args)?.iter().map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()])).collect()))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let k = keys(vm, args)?;
    vm.get_iter(&k)
}

/// Two contexts are equal when they bind the same variables to equal values.
fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = (pairs(&args)?, arg(&args, 1));
    let Some(other) = b.downcast::<Context>() else { return Ok(Value::NotImplemented) };
    let b = other.vars.borrow().clone();
    if a.len() != b.len() {
        return Ok(Value::Bool(BoolWord::FALSE));
    }
    for (k, v) in a.iter() {
        let Some((_, w)) = b.iter().find(|(k2, _)| k2.is(k)) else { return Ok(Value::Bool(BoolWord::FALSE)) };
        if !vm.eq(v, w)? {
            return Ok(Value::Bool(BoolWord::FALSE));
        }
    }
    Ok(Value::Bool(BoolWord::TRUE))
}
