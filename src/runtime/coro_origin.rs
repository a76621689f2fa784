//! Coroutine origin tracking: `sys.set_coroutine_origin_tracking_depth(n)` makes every
//! coroutine created afterwards remember the innermost `n` frames of the stack that made it
//! (`coro.cr_origin`, a tuple of `(filename, lineno, funcname)`, innermost first), which the
//! "was never awaited" RuntimeWarning then shows as "Coroutine created at (most recent call
//! last)". asyncio's debug mode turns it on while a loop runs.
//!
//! The depth is per thread, as CPython keeps it in the thread state. The records live in a
//! table keyed by the coroutine's address rather than in the coroutine, which stays small for
//! the usual case of tracking being off; a coroutine drops its entry when it dies.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::builtins::{arg, int_arg};
use crate::object::generator::{GenKind, Generator};
use crate::object::{Args, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// True once any origin was recorded in this thread: dying coroutines skip the table
    /// lookup in programs that never turned tracking on.
    static USED: Cell<bool> = const { Cell::new(false) };
    static ORIGINS: RefCell<hashbrown::HashMap<usize, Value>> = RefCell::new(hashbrown::HashMap::new());
}

/// The current tracking depth (0: off).
pub fn depth() -> u32 {
    DEPTH.with(|d| d.get())
}

/// Set the depth; CPython stores it as a C int.
pub fn set_depth(n: u32) {
    DEPTH.with(|d| d.set(n));
}

/// Record where coroutine `g` is being made, when tracking is on. Called right after the
/// coroutine object is built, with the caller's frame still on top of the stack.
pub fn note_created(vm: &Vm, g: &Rc<Generator>) {
    if depth() == 0 || g.kind != GenKind::Coroutine {
        return;
    }
    record(vm, Rc::as_ptr(g) as usize);
}

/// `note_created` for the native coroutines standing in for CPython's Python ones
/// (`asyncio.sleep()`, `Queue.get()`, ...), living at `addr`.
pub fn note_native(vm: &Vm, addr: usize) {
    if depth() != 0 {
        record(vm, addr);
    }
}

fn record(vm: &Vm, addr: usize) {
    let depth = depth() as usize;
    let n = depth.min(vm.stack_depth());
    let frames: Vec<Value> = (0..n)
        .filter_map(|level| vm.frame_at_depth(level))
        .map(|f| {
            let code = &f.code.code;
            Value::tuple(vec![Value::str(&code.filename), Value::Int(i64::from(f.line())), Value::str(&code.name)])
        })
        .collect();
    USED.with(|u| u.set(true));
    ORIGINS.with(|o| {
        if let Ok(mut o) = o.try_borrow_mut() {
            o.insert(addr, Value::tuple(frames));
        }
    });
}

/// `coro.cr_origin`: the recorded frames, or None.
pub fn origin_of(g: &Generator) -> Value {
    origin_at(g as *const Generator as usize)
}

/// `cr_origin` of the coroutine living at `addr`.
pub fn origin_at(addr: usize) -> Value {
    if !USED.with(|u| u.get()) {
        return Value::None;
    }
    ORIGINS.with(|o| o.try_borrow().ok().and_then(|o| o.get(&addr).cloned())).unwrap_or(Value::None)
}

/// Forget the record of the coroutine dying at `addr`, handing it back (for the never-awaited
/// warning).
pub fn take(addr: usize) -> Option<Value> {
    if !USED.with(|u| u.get()) {
        return None;
    }
    ORIGINS.with(|o| o.try_borrow_mut().ok().and_then(|mut o| o.remove(&addr)))
}

/// `sys.get_coroutine_origin_tracking_depth()`.
pub fn sys_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = args.pos.len() + args.kw.len();
    if given > 0 {
        return Err(PyErr::type_error(format!("sys.get_coroutine_origin_tracking_depth() takes no arguments ({given} given)")));
    }
    Ok(Value::Int(i64::from(depth())))
}

/// `sys.set_coroutine_origin_tracking_depth(depth)`, with CPython's argument checks.
pub fn sys_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const NAME: &str = "set_coroutine_origin_tracking_depth";
    let given = args.pos.len() + args.kw.len();
    if given > 1 {
        return Err(PyErr::type_error(format!("{NAME}() takes at most 1 argument ({given} given)")));
    }
    let value = match (args.pos.first(), args.kw.first()) {
        (Some(_), _) => arg(&args, 0),
        (None, Some((name, v))) if &**name == "depth" => v.clone(),
        // Argument Clinic looks for the required parameter before it complains about unknown
        // keywords, and a lone unknown keyword leaves it missing.
        _ => return Err(PyErr::type_error(format!("{NAME}() missing required argument 'depth' (pos 1)"))),
    };
    if matches!(value, Value::Float(_)) {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = match value {
        Value::BigInt(_) => return Err(PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int")),
        _ => int_arg(vm, &value, "")?,
    };
    if n > i64::from(i32::MAX) || n < i64::from(i32::MIN) {
        return Err(PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int"));
    }
    if n < 0 {
        return Err(PyErr::value_error("depth must be >= 0"));
    }
    set_depth(n as u32);
    Ok(Value::None)
}
