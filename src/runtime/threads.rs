//! `_thread`: starting OS threads that run Python callables under the GIL (`gil.rs`), and the
//! basic lock they synchronise with. `stdlib/threading.py` builds `Thread`, `Condition`,
//! `Event`, `RLock`... on these, as CPython's `threading` builds on its `_thread`.

use crate::object::BoolWord;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::gil::{self, ThreadState, Unshared, VmPtr};
use crate::builtins::{arg, def_fn, def_method};
use crate::object::class::Layout;
use crate::object::{Args, Class, ExcKind, NativeObject, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

/// Stack size of a Python thread: native code re-entering the VM recurses on it (the main
/// interpreter thread gets 1 GiB; this is address space, committed only as used).
const THREAD_STACK: usize = 512 << 20;

/// The size set by `_thread.stack_size(size)` (0: the platform default). A thread gets at least
/// `THREAD_STACK`, which is larger than any size a script would ask for.
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

/// Threads started and not yet finished (`_thread._count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// `_thread.lock`: a non-reentrant lock that any thread may release.
pub struct ThreadLock {
    locked: Cell<bool>,
    class: Rc<Class>,
}

impl NativeObject for ThreadLock {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn lock_of(v: &Value) -> PyResult<&ThreadLock> {
    v.downcast::<ThreadLock>().ok_or_else(|| PyErr::type_error("descriptor requires a '_thread.lock' object"))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = crate::modules::new_module("_thread");
    let lock_cls = new_class_with("lock", &[vm.types.object.clone()], Layout::Builtin, None)?;
    lock_cls.dict.borrow_mut().set_str("__module__", Value::str("_thread"));
    for (name, f) in [
        ("acquire", lock_acquire as crate::object::NativeFn),
        ("acquire_lock", lock_acquire),
        ("__enter__", lock_acquire),
        ("release", lock_release),
        ("release_lock", lock_release),
        ("__exit__", lock_release),
        ("locked", lock_locked),
        ("locked_lock", lock_locked),
        ("__repr__", lock_repr),
    ] {
        def_method(&lock_cls, name, f);
    }
    vm.iterator_classes.borrow_mut().push(("_thread.lock", lock_cls.clone()));
    let mut dict = d.borrow_mut();
    dict.set_str("LockType", Value::Class(lock_cls));
    def_fn(&mut dict, "allocate_lock", allocate_lock);
    def_fn(&mut dict, "start_new_thread", start_new_thread);
    // CPython's deprecated aliases, still present in 3.11.
    def_fn(&mut dict, "start_new", start_new_thread);
    def_fn(&mut dict, "allocate", allocate_lock);
    def_fn(&mut dict, "stack_size", stack_size);
    def_fn(&mut dict, "exit", exit);
    def_fn(&mut dict, "exit_thread", exit);
    def_fn(&mut dict, "get_ident", get_ident);
    def_fn(&mut dict, "get_native_id", get_native_id);
    def_fn(&mut dict, "_count", count);
    def_fn(&mut dict, "_print_exception", print_exception);
    dict.set_str("TIMEOUT_MAX", Value::float(9223372036.0));
    dict.set_str("error", Value::Class(vm.exc_class(ExcKind::RuntimeError)));
    drop(dict);
    Ok(m)
}

/// A new unlocked lock (the class was registered by `init`, which runs before any call).
fn allocate_lock(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let class = vm.iterator_classes.borrow().iter().find(|(n, _)| *n == "_thread.lock").map(|(_, c)| c.clone());
    let class = class.ok_or_else(|| PyErr::runtime_error("_thread is not initialised"))?;
    Ok(Value::Native(crate::object::NativeRef::new(ThreadLock { locked: Cell::new(false), class })))
}

/// `lock.acquire(blocking=True, timeout=-1)`.
fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let lock = lock_of(&this)?;
    // `__enter__` is called with no arguments; `acquire` may get them by keyword.
    let blocking = match args.arg(1, "blocking") {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let timeout = match args.arg(2, "timeout") {
        None => -1.0,
        Some(v) => match crate::modules::timeouts::checked_seconds(v) {
            Some(t) => t?,
            None => {
                let t = vm.type_name(v);
                return Err(PyErr::type_error(format!("'{t}' object cannot be interpreted as an integer")));
            }
        },
    };
    if !blocking && timeout != -1.0 {
        return Err(PyErr::value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(PyErr::value_error("timeout value must be a non-negative number"));
    }
    if !lock.locked.get() {
        lock.locked.set(true);
        return Ok(Value::Bool(BoolWord::TRUE));
    }
    if !blocking {
        return Ok(Value::Bool(BoolWord::FALSE));
    }
    let limit = if timeout < 0.0 { None } else { Some(timeout) };
    let probe = this.clone();
    let got = gil::wait_until(vm, limit, move |_| lock_of(&probe).map_or(true, |l| !l.locked.get()))?;
    if got {
        lock.locked.set(true);
    }
    Ok(Value::bool(got))
}

fn lock_release(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let lock = lock_of(&this)?;
    if !lock.locked.get() {
        return Err(PyErr::runtime_error("release unlocked lock"));
    }
    lock.locked.set(false);
    gil::notify();
    Ok(Value::None)
}

fn lock_locked(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(lock_of(&arg(&args, 0))?.locked.get()))
}

fn lock_repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let state = if lock_of(&v)?.locked.get() { "locked" } else { "unlocked" };
    Ok(Value::string(format!("<{state} _thread.lock object at {}>", crate::vm::repr::addr(&v))))
}

/// This thread's identifier (its pthread handle, as in CPython).
fn current_ident() -> u64 {
    // SAFETY: pthread_self has no preconditions and cannot fail.
    unsafe { libc::pthread_self() as u64 }
}

fn get_ident(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(crate::object::int::normalize(num_bigint::BigInt::from(current_ident())))
}

fn get_native_id(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: gettid has no preconditions and cannot fail.
    Ok(Value::Int(unsafe { libc::gettid() } as i64))
}

/// `stack_size([size])`: set the size (0, the default, or at least 32 KiB, CPython's minimum)
/// and return the previous one.
fn stack_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("stack_size() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("stack_size() takes at most 1 argument ({} given)", args.len())));
    }
    // matches CPython: the size defaults to 0, so `stack_size()` also resets it.
    let size = match args.get(0) {
        Some(v) => crate::builtins::int_arg(vm, v, "")?,
        None => 0,
    };
    if size < 0 {
        return Err(PyErr::value_error("size must be 0 or a positive value"));
    }
    if size != 0 && size < 32768 {
        return Err(PyErr::value_error(format!("size not valid: {size} bytes")));
    }
    Ok(Value::Int(STACK_SIZE.swap(size as usize, Ordering::SeqCst) as i64))
}

/// `exit()`: raise SystemExit, which ends the calling thread quietly.
fn exit(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(PyErr::with_args(ExcKind::SystemExit, Vec::new()))
}

fn count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(RUNNING.load(Ordering::SeqCst) as i64))
}

/// Print an exception with its traceback to stderr (`threading.excepthook`'s printing).
fn print_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Value::Instance(inst) = arg(&args, 0) {
        vm.print_exception(&inst);
    }
    Ok(Value::None)
}

/// `start_new_thread(function, args, kwargs={})`: run `function(*args, **kwargs)` on a new OS
/// thread; returns its identifier.
fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let func = arg(&args, 0);
    let targs = match arg(&args, 1) {
        Value::Tuple(t) => t.to_vec(),
        _ => return Err(PyErr::type_error("2nd arg must be a tuple")),
    };
    let kwargs: Vec<(Rc<str>, Value)> = match args.get(2) {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Dict(d)) => {
            let mut out = Vec::new();
            for (k, v) in d.borrow().items() {
                match k {
                    Value::Str(s) => out.push((Rc::from(s.as_str()), v)),
                    _ => return Err(PyErr::type_error("keywords must be strings")),
                }
            }
            out
        }
        Some(_) => return Err(PyErr::type_error("optional 3rd arg must be a dictionary")),
    };
    gil::activate(vm);
    let vm_ptr = VmPtr(vm as *mut Vm);
    let payload = Unshared((func, targs, kwargs));
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new().stack_size(THREAD_STACK.max(STACK_SIZE.load(Ordering::SeqCst))).spawn(move || {
        let ptr = vm_ptr;
        let (func, targs, kwargs) = payload.into_inner();
        // SAFETY: `VmPtr`'s contract: the VM outlives the thread (shutdown finalizes the GIL)
        // and it is used only between `acquire` and `exit_thread`.
        let vm = unsafe { &mut *ptr.get() };
        gil::acquire(vm, ThreadState::fresh());
        if let Err(e) = vm.call_kw(&func, targs, kwargs) {
            if !vm.err_matches(&e, ExcKind::SystemExit) {
                vm.write_unraisable_msg(e, crate::vm::unraisable::Unraisable::Object(func.clone()), Some("in thread started by"));
            }
        }
        drop(func);
        vm.run_finalizers();
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        gil::exit_thread(vm);
    });
    match spawned {
        Ok(handle) => {
            use std::os::unix::thread::JoinHandleExt;
            Ok(crate::object::int::normalize(num_bigint::BigInt::from(handle.as_pthread_t() as u64)))
        }
        Err(_) => {
            RUNNING.fetch_sub(1, Ordering::SeqCst);
            Err(PyErr::runtime_error("can't start new thread"))
        }
    }
}
