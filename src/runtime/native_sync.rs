//! Native bodies for the hot coroutine methods of `asyncio.Queue` (`put`, `get`),
//! `asyncio.Lock` (`acquire`, `async with`) and `asyncio.Event` (`wait`), so a
//! producer/consumer, a contended lock or many tasks parked on an event cost no script-level
//! calls or frames. The classes stay in `stdlib/asyncio/` and keep their Python
//! methods: `_asyncio._use_native_sync(Queue, Lock, Event)` swaps these in, and they run only
//! for instances of exactly those classes; a subclass (LifoQueue, a user's Lock subclass) gets
//! the Python method, so overriding `_put` or `_get_loop` works as in CPython.
//!
//! Each call returns a `coroutine` whose body runs when awaited, as CPython's `async def`
//! would, step for step: same waiter futures, same FIFO wake-up, same clean-up when a waiter is
//! cancelled (it passes its wake-up on).

use crate::object::BoolWord;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::field::Field;
use super::future;
use crate::builtins::{arg, native};
use crate::modules::deque::Deque;
use crate::object::function::NativeKind;
use crate::object::{Args, Class, ExcKind, NativeObject, PyErr, PyResult, Value};
use crate::vm::generator::{Resume, SendResult, Step};
use crate::builtins::generator::send_result_to_python as to_python;
use crate::vm::Vm;

/// The classes the native paths serve, and the Python methods they stand in for.
pub struct NativeSync {
    coro_class: Rc<Class>,
    queue: Rc<Class>,
    lock: Rc<Class>,
    event: Rc<Class>,
    queue_put: Value,
    queue_get: Value,
    lock_acquire: Value,
    lock_aenter: Value,
    lock_aexit: Value,
    event_wait: Value,
    /// Where `_queue`, `_getters`, `_putters` and `_maxsize` sit in the last Queue instance
    /// dict seen, with that dict's key-layout version: Queues made by `Queue.__init__` share a
    /// layout, so a put or get finds its fields without probing the dict.
    queue_layout: Cell<(u64, [Option<u32>; 6])>,
    /// Where `_value` sits in the last `Queue._finished` Event dict seen (same scheme), so
    /// `put()`'s `self._finished.clear()` does not probe the Event's dict.
    event_layout: Cell<(u64, Option<u32>)>,
}

/// The native deques of a plain Queue (`_queue`, `_getters`, `_putters`), fetched once when
/// `put()`/`get()` is called.
struct QueueParts {
    items: Value,
    getters: Value,
    putters: Value,
    /// The entry indices `queue_fields` found, so later steps do not look them up again.
    fields: [Option<u32>; 6],
}

impl QueueParts {
    fn items(&self) -> PyResult<&Deque> {
        deque_of(&self.items)
    }
    fn getters(&self) -> PyResult<&Deque> {
        deque_of(&self.getters)
    }
    fn putters(&self) -> PyResult<&Deque> {
        deque_of(&self.putters)
    }

    /// `Queue.full()` (through the Python method when `_maxsize` is not an int).
    fn full(&self, vm: &mut Vm, q: &Value) -> PyResult<bool> {
        match self.field(q, 3) {
            Some(Value::Int(n)) => Ok(n > 0 && self.items()?.len() as i64 >= n),
            _ => {
                let r = vm.call_method(q, "full", vec![])?;
                vm.is_true(&r)
            }
        }
    }

    /// The value of field `k` (an index into `fields`) of queue `q`.
    fn field(&self, q: &Value, k: usize) -> Option<Value> {
        let Value::Instance(inst) = q else { return None };
        let v = inst.dict.borrow().value_at(self.fields[k]? as usize);
        v
    }
}

/// What a native coroutine does when driven. Kept small (a parked `Event.wait()` is one of
/// these per waiting task): a queue's deques are looked up again when the body runs, as the
/// Python body would.
pub(super) enum Op {
    QueuePut { queue: Value, item: Value },
    QueueGet { queue: Value },
    /// `acquire()`, or `__aenter__()` (which returns None instead of True).
    LockAcquire { lock: Value, aenter: bool },
    LockExit { lock: Value },
    EventWait { event: Value },
}

impl Op {
    /// The Python method this operation stands in for (its code is the coroutine's `cr_code`)
    /// and the object it works on (its frame's `self`).
    pub(super) fn method_and_self<'a>(&'a self, reg: &'a NativeSync) -> (&'a Value, &'a Value) {
        match self {
            Op::QueuePut { queue, .. } => (&reg.queue_put, queue),
            Op::QueueGet { queue } => (&reg.queue_get, queue),
            Op::LockAcquire { lock, aenter: false } => (&reg.lock_acquire, lock),
            Op::LockAcquire { lock, aenter: true } => (&reg.lock_aenter, lock),
            Op::LockExit { lock } => (&reg.lock_aexit, lock),
            Op::EventWait { event } => (&reg.event_wait, event),
        }
    }

    fn qualname(&self) -> &'static str {
        match self {
            Op::QueuePut { .. } => "Queue.put",
            Op::QueueGet { .. } => "Queue.get",
            Op::LockAcquire { aenter: false, .. } => "Lock.acquire",
            Op::LockAcquire { aenter: true, .. } => "_ContextManagerMixin.__aenter__",
            Op::LockExit { .. } => "_ContextManagerMixin.__aexit__",
            Op::EventWait { .. } => "Event.wait",
        }
    }
}

pub(super) enum CoroState {
    Created,
    /// Suspended at `await waiter`.
    Waiting(Value),
    Running,
    Done,
}

pub struct SyncCoro {
    pub(super) op: Op,
    pub(super) reg: Rc<NativeSync>,
    pub(super) state: RefCell<CoroState>,
}

impl SyncCoro {
    /// The qualified name of the method this coroutine runs (`Queue.get`).
    pub fn qualname(&self) -> &'static str {
        self.op.qualname()
    }
}

impl NativeObject for SyncCoro {
    fn class(&self) -> Rc<Class> {
        self.reg.coro_class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    // (a coroutine: CPython's coroutines take weak references)
    fn weakrefable(&self) -> bool {
        true
    }
}

/// matches CPython: a coroutine dropped before it ever ran warns "was never awaited".
impl Drop for SyncCoro {
    fn drop(&mut self) {
        let origin = super::coro_origin::take(self as *const SyncCoro as usize);
        if matches!(&*self.state.borrow(), CoroState::Created) {
            crate::vm::finalize::enqueue(crate::vm::finalize::Pending::NeverAwaitedNative { qualname: self.op.qualname(), origin });
        }
    }
}

pub fn install(_vm: &mut Vm, c: &super::RuntimeClasses) {
    crate::builtins::generator::def_coroutine_methods(&c.sync_coro, [m_send, m_next, m_throw, m_close, m_repr]);
    super::native_sync_attrs::install(&c.sync_coro);
    // Named as the coroutines of CPython's Python methods are (`get`, `Queue.get`).
    crate::builtins::def_getter(&c.sync_coro, "__qualname__", |_, args| Ok(Value::str(this(&arg(&args, 0))?.op.qualname())));
    crate::builtins::def_getter(&c.sync_coro, "__name__", |_, args| {
        let q = this(&arg(&args, 0))?.op.qualname();
        Ok(Value::str(q.rsplit('.').next().unwrap_or(q)))
    });
}

/// `_asyncio._use_native_sync(Queue, Lock, Event)`: install the native methods.
pub fn use_native_sync(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class_arg = |i: usize| match args.pos.get(i) {
        Some(Value::Class(c)) => Ok(c.clone()),
        _ => Err(PyErr::type_error("_use_native_sync(Queue, Lock, Event) takes three classes")),
    };
    let (queue, lock, event) = (class_arg(0)?, class_arg(1)?, class_arg(2)?);
    let method = |cls: &Rc<Class>, name: &str| {
        cls.lookup(name).ok_or_else(|| PyErr::attribute_error(format!("type object '{}' has no attribute '{name}'", cls.tp_name())))
    };
    let fast = NativeSync {
        coro_class: super::classes(vm).sync_coro.clone(),
        queue_put: method(&queue, "put")?,
        queue_get: method(&queue, "get")?,
        lock_acquire: method(&lock, "acquire")?,
        lock_aenter: method(&lock, "__aenter__")?,
        lock_aexit: method(&lock, "__aexit__")?,
        event_wait: method(&event, "wait")?,
        queue_layout: Cell::new((0, [None; 6])),
        event_layout: Cell::new((0, None)),
        queue: queue.clone(),
        lock: lock.clone(),
        event: event.clone(),
    };
    // Each method names the module of the `async def` it replaces (its `__module__`, and the
    // key of its CPython docstring and signature, which `help()` shows).
    let set = |cls: &Rc<Class>, name: &str, f: crate::object::NativeFn, module: &str| {
        let method = native(name, f, NativeKind::Method, None);
        if let Value::Builtin(b) = &method {
            let _ = b.module.set(Rc::from(module));
        }
        cls.dict.borrow_mut().set_str(name, method);
    };
    set(&queue, "put", queue_put, "asyncio.queues");
    set(&queue, "get", queue_get, "asyncio.queues");
    set(&lock, "acquire", lock_acquire, "asyncio.locks");
    set(&lock, "__aenter__", lock_aenter, "asyncio.locks");
    set(&lock, "__aexit__", lock_aexit, "asyncio.locks");
    set(&event, "wait", event_wait, "asyncio.locks");
    super::state(vm).native_sync = Some(Rc::new(fast));
    Ok(Value::None)
}

/// The native methods that stand in for `async def` methods, so `inspect.iscoroutinefunction`
/// answers True for them as CPython does for its script versions.
pub(super) const COROUTINE_FUNCTIONS: [crate::object::NativeFn; 6] = [queue_put, queue_get, lock_acquire, lock_aenter, lock_aexit, event_wait];

fn registry(vm: &mut Vm) -> PyResult<Rc<NativeSync>> {
    super::state(vm).native_sync.clone().ok_or_else(|| PyErr::runtime_error("native asyncio primitives not installed"))
}

fn is_exact(v: &Value, cls: &Rc<Class>) -> bool {
    matches!(v, Value::Instance(i) if Rc::ptr_eq(&*i.class.borrow(), cls))
}

const MAXSIZE: Field = Field::new("_maxsize");
const QUEUE: Field = Field::new("_queue");
const GETTERS: Field = Field::new("_getters");
const PUTTERS: Field = Field::new("_putters");
const UNFINISHED: Field = Field::new("_unfinished_tasks");
const FINISHED: Field = Field::new("_finished");
const VALUE: Field = Field::new("_value");
const LOCKED: Field = Field::new("_locked");
const WAITERS: Field = Field::new("_waiters");
const LOOP: Field = Field::new("_loop");

fn field(obj: &Value, f: Field) -> Option<Value> {
    match obj {
        Value::Instance(i) => i.dict.borrow().get_str_hashed(f.name, f.hash),
        _ => None,
    }
}

fn set_field(obj: &Value, f: Field, v: Value) {
    if let Value::Instance(i) = obj {
        i.dict.borrow_mut().set_str_hashed(f.name, f.hash, v);
    }
}

/// The native deque inside `field`.
fn deque_field(obj: &Value, f: Field) -> Option<Value> {
    as_deque_value(&field(obj, f)?)
}

/// `v` if it is a native deque, or the native deque it holds: `deque()` called from script
/// code gives an instance of the `collections.deque` class with the native deque as payload.
fn as_deque_value(v: &Value) -> Option<Value> {
    match v {
        // The usual case (checked first): `deque()` from `Queue.__init__`.
        Value::Instance(i) => match &i.payload {
            crate::object::Payload::Builtin(b) if b.downcast::<Deque>().is_some() => Some(b.clone()),
            _ => None,
        },
        _ if v.downcast::<Deque>().is_some() => Some(v.clone()),
        _ => None,
    }
}

fn deque_of(v: &Value) -> PyResult<&Deque> {
    v.downcast::<Deque>().ok_or_else(|| PyErr::type_error("asyncio primitive state is not a deque"))
}

fn coro(vm: &Vm, reg: &Rc<NativeSync>, op: Op) -> Value {
    let made = Value::Native(crate::object::NativeRef::new(SyncCoro { op, reg: reg.clone(), state: RefCell::new(CoroState::Created) }));
    if let Some(c) = made.downcast::<SyncCoro>() {
        super::coro_origin::note_native(vm, c as *const SyncCoro as usize);
    }
    made
}

/// A Queue whose state has the shapes `Queue.__init__` gives it (a script may have replaced
/// them; then the Python methods handle it).
fn plain_queue(reg: &NativeSync, q: &Value) -> Option<QueueParts> {
    let fields = queue_fields(reg, q)?;
    let [items, getters, putters, ..] = fields;
    let Value::Instance(inst) = q else { return None };
    let d = inst.dict.borrow();
    let get = |idx: Option<u32>| idx.and_then(|i| d.entry_at(i as usize)).and_then(|e| as_deque_value(&e.value));
    Some(QueueParts { items: get(items)?, getters: get(getters)?, putters: get(putters)?, fields })
}

/// Entry indices of a Queue's `_queue`, `_getters`, `_putters`, `_maxsize`,
/// `_unfinished_tasks` and `_finished` in its dict.
fn queue_fields(reg: &NativeSync, q: &Value) -> Option<[Option<u32>; 6]> {
    let Value::Instance(inst) = q else { return None };
    let d = inst.dict.borrow();
    let (version, fields) = reg.queue_layout.get();
    if version != 0 && d.current_keys_version() == version {
        return Some(fields);
    }
    let found = d.find_str_fields([QUEUE.key(), GETTERS.key(), PUTTERS.key(), MAXSIZE.key(), UNFINISHED.key(), FINISHED.key()]);
    let fields = found.map(|i| i.map(|i| i as u32));
    reg.queue_layout.set((d.keys_version(), fields));
    Some(fields)
}

fn queue_put(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let eager = std::mem::take(&mut vm.await_next);
    let reg = registry(vm)?;
    // Borrowed, not cloned: the eager path, taken for almost every call, needs no reference.
    let Some(this) = args.pos.first() else {
        return vm.call_kw(&reg.queue_put, args.pos.to_vec(), args.kw.to_vec());
    };
    if args.pos.len() == 2 && args.kw.is_empty() && is_exact(this, &reg.queue) {
        // `await q.put(x)` with room: the coroutine's first step completes it.
        if eager {
            if let Some(done) = eager_put(vm, &reg, this, &args.pos[1])? {
                if done {
                    vm.ready_result = Some(Value::None);
                    return Ok(Value::None);
                }
                return Ok(coro(vm, &reg, Op::QueuePut { queue: this.clone(), item: args.pos[1].clone() }));
            }
        }
        if let Some(parts) = plain_queue(&reg, this) {
            if eager && !parts.full(vm, this)? {
                put_nowait(vm, &reg, this, &parts, args.pos[1].clone())?;
                vm.ready_result = Some(Value::None);
                return Ok(Value::None);
            }
            return Ok(coro(vm, &reg, Op::QueuePut { queue: this.clone(), item: args.pos[1].clone() }));
        }
    }
    vm.call_kw(&reg.queue_put, args.pos.to_vec(), args.kw.to_vec())
}

fn queue_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let eager = std::mem::take(&mut vm.await_next);
    let reg = registry(vm)?;
    // Borrowed, not cloned: the eager path, taken for almost every call, needs no reference.
    let Some(this) = args.pos.first() else {
        return vm.call_kw(&reg.queue_get, args.pos.to_vec(), args.kw.to_vec());
    };
    if args.pos.len() == 1 && args.kw.is_empty() && is_exact(this, &reg.queue) {
        // `await q.get()` on a non-empty queue: the coroutine's first step completes it.
        if eager {
            if let Some(item) = eager_get(vm, &reg, this)? {
                vm.ready_result = Some(item);
                return Ok(Value::None);
            }
        }
        if let Some(parts) = plain_queue(&reg, this) {
            if eager {
                if let Some(item) = parts.items()?.pop_left() {
                    wakeup_next(vm, parts.putters()?)?;
                    vm.ready_result = Some(item);
                    return Ok(Value::None);
                }
            }
            return Ok(coro(vm, &reg, Op::QueueGet { queue: this.clone() }));
        }
    }
    vm.call_kw(&reg.queue_get, args.pos.to_vec(), args.kw.to_vec())
}

/// The native deque held by a dict entry's value, borrowed (see `as_deque_value`).
fn deque_in(e: Option<&crate::object::dict::Entry>) -> Option<&Deque> {
    let v = &e?.value;
    match v {
        Value::Instance(i) => match &i.payload {
            crate::object::Payload::Builtin(b) => b.downcast::<Deque>(),
            _ => None,
        },
        _ => v.downcast::<Deque>(),
    }
}

/// `await q.put(item)` on a plain Queue whose fields have their usual types, in one pass
/// over its dict: `Some(true)` when the item went in (`put_nowait`), `Some(false)` when the
/// queue is full (the coroutine must wait), `None` when a field is unusual and the general
/// path decides. Nothing is changed before every field has been checked, so falling back is
/// safe.
fn eager_put(vm: &mut Vm, reg: &NativeSync, q: &Value, item: &Value) -> PyResult<Option<bool>> {
    let Some([Some(items), Some(getters), Some(putters), Some(maxsize), Some(unfinished), Some(finished)]) = queue_fields(reg, q) else {
        return Ok(None);
    };
    let Value::Instance(inst) = q else { return Ok(None) };
    let (getters, unfinished_now) = {
        let d = inst.dict.borrow();
        let entry = |i: u32| d.entry_at(i as usize);
        let (Some(queue), Some(_), Some(_)) = (deque_in(entry(items)), deque_in(entry(getters)), deque_in(entry(putters))) else {
            return Ok(None);
        };
        // `full()`: `0 < maxsize <= qsize()`.
        let Some(Value::Int(max)) = entry(maxsize).map(|e| &e.value) else { return Ok(None) };
        if *max > 0 && queue.len() as i64 >= *max {
            return Ok(Some(false));
        }
        let Some(Value::Int(n)) = entry(unfinished).map(|e| &e.value) else { return Ok(None) };
        let Some(fin) = entry(finished).map(|e| &e.value) else { return Ok(None) };
        if *n == i64::MAX || !is_exact(fin, &reg.event) {
            return Ok(None);
        }
        // `self._put(item)`
        queue.append(item.clone());
        // `self._finished.clear()`: the event is another object, so its dict is free to change.
        clear_event(reg, fin);
        // `self._wakeup_next(self._getters)`, which has nothing to do without waiting getters
        // (the usual case): the deque is only taken out of the dict when it has some.
        let getters = match deque_in(entry(getters)) {
            Some(g) if g.len() == 0 => None,
            _ => entry(getters).and_then(|e| as_deque_value(&e.value)),
        };
        (getters, *n)
    };
    // `self._unfinished_tasks += 1`
    if let Some(old) = inst.dict.borrow_mut().replace_value_at(unfinished as usize, Value::Int(unfinished_now + 1)) {
        old.discard();
    }
    if let Some(g) = getters {
        wakeup_next(vm, deque_of(&g)?)?;
    }
    Ok(Some(true))
}

/// `Event.clear()` on an exact Event: `self._value = False`.
fn clear_event(reg: &NativeSync, ev: &Value) {
    let Value::Instance(ev) = ev else { return };
    let value = {
        let d = ev.dict.borrow();
        match reg.event_layout.get() {
            (version, idx) if version != 0 && d.current_keys_version() == version => idx,
            _ => {
                let [idx] = d.find_str_fields([VALUE.key()]);
                let idx = idx.map(|i| i as u32);
                reg.event_layout.set((d.keys_version(), idx));
                idx
            }
        }
    };
    match value {
        Some(i) => {
            let already = matches!(ev.dict.borrow().entry_at(i as usize).map(|e| &e.value), Some(Value::Bool(BoolWord::FALSE)));
            if !already {
                ev.dict.borrow_mut().set_value_at(i as usize, Value::Bool(BoolWord::FALSE));
            }
        }
        None => ev.dict.borrow_mut().set_str_hashed(VALUE.name, VALUE.hash, Value::Bool(BoolWord::FALSE)),
    }
}

/// `await q.get()` on a plain, non-empty Queue, in one pass over its dict: the item, after
/// waking the next putter; None when the queue is empty or unusual (the general path decides).
fn eager_get(vm: &mut Vm, reg: &NativeSync, q: &Value) -> PyResult<Option<Value>> {
    let Some([Some(items), Some(getters), Some(putters), ..]) = queue_fields(reg, q) else { return Ok(None) };
    let Value::Instance(inst) = q else { return Ok(None) };
    let (item, putters) = {
        let d = inst.dict.borrow();
        let entry = |i: u32| d.entry_at(i as usize);
        let (Some(queue), Some(_), Some(_)) = (deque_in(entry(items)), deque_in(entry(getters)), deque_in(entry(putters))) else {
            return Ok(None);
        };
        let Some(item) = queue.pop_left() else { return Ok(None) };
        // `self._wakeup_next(self._putters)`, skipped as in `eager_put` when none wait.
        let putters = match deque_in(entry(putters)) {
            Some(p) if p.len() == 0 => None,
            _ => entry(putters).and_then(|e| as_deque_value(&e.value)),
        };
        (item, putters)
    };
    if let Some(p) = putters {
        wakeup_next(vm, deque_of(&p)?)?;
    }
    Ok(Some(item))
}

fn lock_is_plain(lock: &Value) -> bool {
    matches!(field(lock, LOCKED), Some(Value::Bool(_))) && deque_field(lock, WAITERS).is_some()
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let reg = registry(vm)?;
    let this = arg(&args, 0);
    if args.pos.len() == 1 && args.kw.is_empty() && is_exact(&this, &reg.lock) && lock_is_plain(&this) {
        return Ok(coro(vm, &reg, Op::LockAcquire { lock: this, aenter: false }));
    }
    vm.call_kw(&reg.lock_acquire, args.pos.to_vec(), args.kw.to_vec())
}

fn lock_aenter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let reg = registry(vm)?;
    let this = arg(&args, 0);
    if args.pos.len() == 1 && args.kw.is_empty() && is_exact(&this, &reg.lock) && lock_is_plain(&this) {
        return Ok(coro(vm, &reg, Op::LockAcquire { lock: this, aenter: true }));
    }
    vm.call_kw(&reg.lock_aenter, args.pos.to_vec(), args.kw.to_vec())
}

fn lock_aexit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let reg = registry(vm)?;
    let this = arg(&args, 0);
    // Only a held lock takes the native path: releasing an unlocked one raises from the
    // Python method, with its frames in the traceback.
    if args.pos.len() == 4 && is_exact(&this, &reg.lock) && lock_is_plain(&this) && matches!(field(&this, LOCKED), Some(Value::Bool(BoolWord::TRUE))) {
        return Ok(coro(vm, &reg, Op::LockExit { lock: this }));
    }
    vm.call_kw(&reg.lock_aexit, args.pos.to_vec(), args.kw.to_vec())
}

fn event_wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let eager = std::mem::take(&mut vm.await_next);
    let reg = registry(vm)?;
    let this = arg(&args, 0);
    if args.pos.len() == 1 && args.kw.is_empty() && is_exact(&this, &reg.event) && deque_field(&this, WAITERS).is_some() {
        // `await ev.wait()` on a set event: the coroutine's first step returns True.
        if eager && matches!(field(&this, VALUE), Some(Value::Bool(BoolWord::TRUE))) {
            vm.ready_result = Some(Value::Bool(BoolWord::TRUE));
            return Ok(Value::None);
        }
        return Ok(coro(vm, &reg, Op::EventWait { event: this }));
    }
    vm.call_kw(&reg.event_wait, args.pos.to_vec(), args.kw.to_vec())
}

// ---- the coroutine protocol ----

/// One step of the coroutine: `how` is what the awaiting frame received.
fn step(vm: &mut Vm, c: &SyncCoro, how: Resume) -> PyResult<SendResult> {
    let state = std::mem::replace(&mut *c.state.borrow_mut(), CoroState::Running);
    let waiter = match state {
        CoroState::Created => {
            if let Resume::Throw(e) = how {
                *c.state.borrow_mut() = CoroState::Done;
                return Err(e);
            }
            None
        }
        CoroState::Waiting(w) => Some(w),
        CoroState::Running => {
            *c.state.borrow_mut() = CoroState::Running;
            return Err(PyErr::value_error("coroutine already executing"));
        }
        CoroState::Done => {
            *c.state.borrow_mut() = CoroState::Done;
            return Err(PyErr::runtime_error("cannot reuse already awaited coroutine"));
        }
    };
    // An exception thrown in while it waited leaves through the method's `await`.
    let thrown_while_waiting = waiter.is_some() && matches!(how, Resume::Throw(_));
    let r = run(vm, &c.reg, &c.op, waiter, how);
    *c.state.borrow_mut() = match &r {
        Ok(SendResult::Yield(w)) => CoroState::Waiting(w.clone()),
        _ => CoroState::Done,
    };
    match r {
        Err(e) if thrown_while_waiting => Err(with_method_frames(vm, c, e)),
        r => r,
    }
}

/// The frames CPython's Python-level method shows for an exception that ended its `await`
/// (`Lock.__aenter__` awaits `self.acquire()`, which awaits the waiter).
fn with_method_frames(vm: &mut Vm, c: &SyncCoro, e: PyErr) -> PyErr {
    use super::stand_in_frames::push_at_first_await;
    let inst = vm.materialize(e);
    if let Op::LockAcquire { aenter: true, .. } = c.op {
        push_at_first_await(&inst, &c.reg.lock_acquire);
    }
    push_at_first_await(&inst, c.op.method_and_self(&c.reg).0);
    PyErr::from_instance(inst)
}

/// What `await waiter` gave back: the waiter's result, or the exception thrown in / stored.
fn waiter_outcome(waiter: &Value, how: Resume) -> PyResult<Value> {
    match how {
        Resume::Throw(e) => Err(e),
        Resume::Send(_) => match future::core_of(waiter) {
            Some(c) if c.is_done() => future::result_of(c),
            Some(_) => Err(PyErr::runtime_error("await wasn't used with future")),
            None => Ok(Value::None),
        },
    }
}

fn run(vm: &mut Vm, reg: &NativeSync, op: &Op, waiter: Option<Value>, how: Resume) -> PyResult<SendResult> {
    match op {
        Op::QueuePut { queue, item } => {
            let parts = &queue_parts(reg, queue)?;
            if let Some(w) = waiter {
                if let Err(e) = waiter_outcome(&w, how) {
                    let can_proceed = parts.full(vm, queue).map(|f| !f);
                    return Err(abandon_wait(vm, parts.putters()?, &w, e, can_proceed));
                }
            }
            if parts.full(vm, queue)? {
                let w = new_waiter(vm, queue)?;
                parts.putters()?.append(w.clone());
                return Ok(SendResult::Yield(w));
            }
            put_nowait(vm, reg, queue, parts, item.clone())?;
            Ok(SendResult::Return(Value::None))
        }
        Op::QueueGet { queue } => {
            let parts = &queue_parts(reg, queue)?;
            if let Some(w) = waiter {
                if let Err(e) = waiter_outcome(&w, how) {
                    let can_proceed = parts.items().map(|d| d.len() > 0);
                    return Err(abandon_wait(vm, parts.getters()?, &w, e, can_proceed));
                }
            }
            let Some(item) = parts.items()?.pop_left() else {
                let w = new_waiter(vm, queue)?;
                parts.getters()?.append(w.clone());
                return Ok(SendResult::Yield(w));
            };
            wakeup_next(vm, parts.putters()?)?;
            Ok(SendResult::Return(item))
        }
        Op::LockAcquire { lock, aenter } => {
            let done = if *aenter { Value::None } else { Value::Bool(BoolWord::TRUE) };
            let waiters = deque_or_err(lock, WAITERS)?;
            let Some(w) = waiter else {
                let free = !is_locked(lock) && deque_of(&waiters)?.all(is_cancelled);
                if free {
                    set_field(lock, LOCKED, Value::Bool(BoolWord::TRUE));
                    return Ok(SendResult::Return(done));
                }
                let w = new_waiter(vm, lock)?;
                deque_of(&waiters)?.append(w.clone());
                return Ok(SendResult::Yield(w));
            };
            // `try: await fut  finally: self._waiters.remove(fut)`
            let outcome = waiter_outcome(&w, how);
            if !deque_of(&waiters)?.remove_identical(&w) {
                return Err(PyErr::value_error("deque.remove(x): x not in deque"));
            }
            match outcome {
                Ok(_) => {
                    set_field(lock, LOCKED, Value::Bool(BoolWord::TRUE));
                    Ok(SendResult::Return(done))
                }
                Err(e) => {
                    if vm.err_matches(&e, ExcKind::CancelledError) && !is_locked(lock) {
                        wake_up_first(vm, &waiters)?;
                    }
                    Err(e)
                }
            }
        }
        Op::EventWait { event } => {
            let waiters = deque_or_err(event, WAITERS)?;
            let Some(w) = waiter else {
                let value = field(event, VALUE).ok_or_else(|| PyErr::attribute_error("'Event' object has no attribute '_value'"))?;
                if vm.is_true(&value)? {
                    return Ok(SendResult::Return(Value::Bool(BoolWord::TRUE)));
                }
                let w = new_waiter(vm, event)?;
                deque_of(&waiters)?.append(w.clone());
                return Ok(SendResult::Yield(w));
            };
            // `try: await fut; return True  finally: self._waiters.remove(fut)`
            let outcome = waiter_outcome(&w, how);
            if !deque_of(&waiters)?.remove_identical(&w) {
                return Err(PyErr::value_error("deque.remove(x): x not in deque"));
            }
            outcome.map(|_| SendResult::Return(Value::Bool(BoolWord::TRUE)))
        }
        Op::LockExit { lock } => {
            if !is_locked(lock) {
                return Err(PyErr::runtime_error("Lock is not acquired."));
            }
            set_field(lock, LOCKED, Value::Bool(BoolWord::FALSE));
            wake_up_first(vm, &deque_or_err(lock, WAITERS)?)?;
            Ok(SendResult::Return(Value::None))
        }
    }
}

/// The deques of a queue whose `put()`/`get()` took the native path.
fn queue_parts(reg: &NativeSync, queue: &Value) -> PyResult<QueueParts> {
    plain_queue(reg, queue).ok_or_else(|| PyErr::type_error("asyncio primitive state is not a deque"))
}

fn deque_or_err(obj: &Value, f: Field) -> PyResult<Value> {
    deque_field(obj, f).ok_or_else(|| PyErr::type_error(format!("asyncio primitive state '{}' is not a deque", f.name)))
}


fn is_locked(lock: &Value) -> bool {
    matches!(field(lock, LOCKED), Some(Value::Bool(BoolWord::TRUE)))
}

fn is_cancelled(fut: &Value) -> bool {
    future::core_of(fut).map_or(false, |c| c.is_cancelled())
}

/// `Queue.put_nowait(item)` once the queue is known not to be full.
fn put_nowait(vm: &mut Vm, reg: &NativeSync, q: &Value, parts: &QueueParts, item: Value) -> PyResult<()> {
    parts.items()?.append(item);
    let Value::Instance(inst) = q else { return Err(PyErr::type_error("expected a Queue")) };
    let [.., unfinished, finished] = parts.fields.map(|i| i.map(|i| i as usize));
    // `self._unfinished_tasks += 1`
    let n = unfinished.and_then(|i| inst.dict.borrow().value_at(i));
    match (n, unfinished) {
        (Some(Value::Int(n)), Some(i)) if n < i64::MAX => inst.dict.borrow_mut().set_value_at(i, Value::Int(n + 1)),
        (n, _) => {
            let n = n.ok_or_else(|| PyErr::attribute_error("'Queue' object has no attribute '_unfinished_tasks'"))?;
            let n1 = vm.binary_op(crate::bytecode::opcode::BinOp::Add, &n, &Value::Int(1), true)?;
            set_field(q, UNFINISHED, n1);
        }
    }
    let finished = finished
        .and_then(|i| inst.dict.borrow().value_at(i))
        .ok_or_else(|| PyErr::attribute_error("'Queue' object has no attribute '_finished'"))?;
    if is_exact(&finished, &reg.event) {
        clear_event(reg, &finished);
    } else {
        vm.call_method(&finished, "clear", vec![])?;
    }
    wakeup_next(vm, parts.getters()?)
}

/// `Queue._wakeup_next(waiters)`: wake the first waiter that is still waiting.
fn wakeup_next(vm: &mut Vm, waiters: &Deque) -> PyResult<()> {
    while let Some(w) = waiters.pop_left() {
        if !future_done(vm, &w)? {
            set_result(vm, &w, Value::None)?;
            break;
        }
    }
    Ok(())
}

/// `Lock._wake_up_first()`.
fn wake_up_first(vm: &mut Vm, waiters: &Value) -> PyResult<()> {
    let Some(w) = deque_of(waiters)?.first() else { return Ok(()) };
    if !future_done(vm, &w)? {
        set_result(vm, &w, Value::Bool(BoolWord::TRUE))?;
    }
    Ok(())
}

fn future_done(vm: &mut Vm, fut: &Value) -> PyResult<bool> {
    match future::core_of(fut) {
        Some(c) => Ok(c.is_done()),
        None => {
            let d = vm.call_method(fut, "done", vec![])?;
            vm.is_true(&d)
        }
    }
}

fn set_result(vm: &mut Vm, fut: &Value, v: Value) -> PyResult<()> {
    match future::core_of(fut) {
        Some(_) => future::set_result_value(vm, fut, v),
        None => vm.call_method(fut, "set_result", vec![v]).map(|_| ()),
    }
}

/// The except clause of `Queue.put`/`Queue.get` around `await waiter`: cancel the waiter, drop
/// it from `waiters`, and pass the wake-up on if it came but cannot be used (`can_proceed`:
/// the queue is not full, or not empty, when the exception arrived).
fn abandon_wait(vm: &mut Vm, waiters: &Deque, w: &Value, e: PyErr, can_proceed: PyResult<bool>) -> PyErr {
    let r = (|| -> PyResult<()> {
        match future::core_of(w) {
            Some(_) => {
                future::cancel_future(vm, w, Value::None)?;
            }
            None => {
                vm.call_method(w, "cancel", vec![])?;
            }
        }
        waiters.remove_identical(w);
        if can_proceed? && !is_cancelled(w) {
            wakeup_next(vm, waiters)?;
        }
        Ok(())
    })();
    match r {
        Ok(()) => e,
        Err(other) => other,
    }
}

/// `self._get_loop().create_future()` (mixins._LoopBoundMixin).
fn new_waiter(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let loop_ = super::state(vm).locals.running_loop.clone().unwrap_or(Value::None);
    match field(obj, LOOP) {
        None | Some(Value::None) => set_field(obj, LOOP, loop_.clone()),
        Some(bound) if bound.is(&loop_) => {}
        Some(_) => {
            let r = vm.repr(obj)?;
            return Err(PyErr::runtime_error(format!("{r} is bound to a different event loop")));
        }
    }
    let fut = if loop_.downcast::<super::event_loop::EventLoop>().is_some() {
        future::new_future(vm, loop_)
    } else {
        vm.call_method(&loop_, "create_future", vec![])?
    };
    // What the Future's `__await__` does before yielding it to the task.
    if let Some(c) = future::core_of(&fut) {
        c.blocking.set(true);
    }
    Ok(fut)
}

// ---- Python-visible methods and the task driver ----

pub(super) fn this(v: &Value) -> PyResult<&SyncCoro> {
    v.downcast::<SyncCoro>().ok_or_else(|| PyErr::type_error("expected a coroutine"))
}

/// The VM's fast path for `await` on one of these coroutines.
pub fn send(vm: &mut Vm, c: &SyncCoro) -> PyResult<SendResult> {
    step(vm, c, Resume::Send(Value::None))
}

/// Drive the coroutine as a task's own coroutine.
pub fn resume(vm: &mut Vm, v: &Value, how: Resume) -> PyResult<Step> {
    match step(vm, this(v)?, how)? {
        SendResult::Yield(value) => Ok(Step::Yield { value, from_root: false }),
        SendResult::Return(v) => Ok(Step::Return(v)),
    }
}


fn m_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let sent = args.pos.get(1).cloned().unwrap_or(Value::None);
    let c = this(&v)?;
    if !sent.is_none() && matches!(&*c.state.borrow(), CoroState::Created) {
        return Err(PyErr::type_error("can't send non-None value to a just-started coroutine"));
    }
    to_python(step(vm, c, Resume::Send(sent)))
}

fn m_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    to_python(step(vm, this(&v)?, Resume::Send(Value::None)))
}

fn m_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let e = vm.throw_args_to_err(&args.pos[1..])?;
    to_python(step(vm, this(&v)?, Resume::Throw(e)))
}

/// `close()`: a suspended body gets GeneratorExit at its await (and cleans up as it would).
fn m_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let c = this(&v)?;
    if !matches!(&*c.state.borrow(), CoroState::Waiting(_)) {
        *c.state.borrow_mut() = CoroState::Done;
        return Ok(Value::None);
    }
    match step(vm, c, Resume::Throw(PyErr::with_args(ExcKind::GeneratorExit, vec![]))) {
        Err(e) if vm.err_matches(&e, ExcKind::GeneratorExit) => Ok(Value::None),
        Err(e) => Err(e),
        Ok(_) => Err(PyErr::runtime_error("coroutine ignored GeneratorExit")),
    }
}

fn m_repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let c = this(&v)?;
    Ok(Value::string(format!("<coroutine object {} at {}>", c.op.qualname(), crate::vm::repr::addr(&v))))
}
