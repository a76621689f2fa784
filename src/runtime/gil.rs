//! The global interpreter lock. Python threads are OS threads that take turns running the one
//! VM, as in CPython: the thread holding the GIL owns the VM's per-thread state (its frame
//! stack and running loop); a blocking call (`time.sleep`, a loop waiting for I/O, a lock
//! acquire, `join`) releases the GIL so other threads run meanwhile, and a thread that has run
//! for a switch interval while others wait hands the GIL over at the next safe point.
//!
//! Everything here is inert until the first thread starts: a single-threaded program never
//! touches the mutex (`threads_active()` is false and `allow_threads` just runs its closure).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::object::{PyResult, Value};
use crate::vm::frame::Frame;
use crate::vm::Vm;

/// How long a waiting thread lets the holder run before asking it to switch (CPython's
/// `sys.getswitchinterval()` default).
const SWITCH_INTERVAL: Duration = Duration::from_millis(5);

struct GilState {
    held: bool,
    /// Threads blocked in `acquire`.
    waiters: usize,
    /// Incremented on every acquisition (lets a yielding thread see that someone else ran).
    switches: u64,
    /// Incremented by `notify` (a lock released, a thread finished, a future completed).
    notifications: u64,
    /// Set at interpreter shutdown to the finalizing thread: from then on no other thread may
    /// take the GIL.
    finalizing: Option<std::thread::ThreadId>,
}

static STATE: Mutex<GilState> =
    Mutex::new(GilState { held: true, waiters: 0, switches: 0, notifications: 0, finalizing: None });
static COND: Condvar = Condvar::new();
static ACTIVE: AtomicBool = AtomicBool::new(false);

fn lock() -> MutexGuard<'static, GilState> {
    // A poisoned mutex means a thread panicked while holding only this bookkeeping lock; the
    // counters are still consistent, so keep going.
    STATE.lock().unwrap_or_else(|p| p.into_inner())
}

/// fork(2) for `os.fork()`, called holding the GIL. The bookkeeping lock is held across the
/// call so the child never inherits it locked by a thread that no longer exists there; in the
/// child, the threads that were waiting for the GIL are gone, so none is counted.
pub fn fork_process() -> libc::pid_t {
    let mut state = lock();
    // SAFETY: fork has no preconditions; the child continues on this thread only, with the GIL
    // (held by this thread) and the lock guard it owns.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        state.waiters = 0;
        state.held = true;
    }
    pid
}

/// True once a second Python thread has been started.
pub fn threads_active() -> bool {
    ACTIVE.load(Ordering::Relaxed)
}

/// Called before the first thread starts: from now on the GIL is really taken and released.
pub fn activate(vm: &mut Vm) {
    if !ACTIVE.swap(true, Ordering::SeqCst) {
        vm.thread_switch_hook = Some(yield_gil);
    }
}

/// The VM state that belongs to one thread, moved out of the VM while the thread does not
/// hold the GIL.
pub struct ThreadState {
    frames: Vec<Box<Frame>>,
    outer_stacks: Vec<Vec<Box<Frame>>>,
    outer_depth: usize,
    native_depth: usize,
    rust_depth: usize,
    reraise_pending: bool,
    pending_yield: Option<Value>,
    repr_stack: Vec<usize>,
    last_name_error: Option<crate::vm::suggestions::NameErrorScope>,
    loop_locals: super::LoopLocals,
}

impl ThreadState {
    /// The state of a thread that has not run anything yet.
    pub fn fresh() -> ThreadState {
        ThreadState {
            frames: Vec::with_capacity(16),
            outer_stacks: Vec::new(),
            outer_depth: 0,
            native_depth: 0,
            rust_depth: 0,
            reraise_pending: false,
            pending_yield: None,
            repr_stack: Vec::new(),
            last_name_error: None,
            loop_locals: super::LoopLocals { worker_thread: true, ..Default::default() },
        }
    }
}

fn save(vm: &mut Vm) -> ThreadState {
    ThreadState {
        frames: vm.frames.replace(Vec::new()),
        outer_stacks: std::mem::take(&mut vm.outer_stacks),
        outer_depth: std::mem::take(&mut vm.outer_depth),
        native_depth: std::mem::take(&mut vm.native_depth),
        rust_depth: std::mem::take(&mut vm.rust_depth),
        reraise_pending: std::mem::take(&mut vm.reraise_pending),
        pending_yield: vm.pending_yield.take(),
        repr_stack: std::mem::take(&mut vm.repr_stack),
        last_name_error: vm.last_name_error.take(),
        loop_locals: std::mem::take(&mut super::state(vm).locals),
    }
}

fn restore(vm: &mut Vm, ts: ThreadState) {
    vm.frames.replace(ts.frames);
    vm.outer_stacks = ts.outer_stacks;
    vm.outer_depth = ts.outer_depth;
    vm.native_depth = ts.native_depth;
    vm.rust_depth = ts.rust_depth;
    vm.reraise_pending = ts.reraise_pending;
    vm.pending_yield = ts.pending_yield;
    vm.repr_stack = ts.repr_stack;
    vm.last_name_error = ts.last_name_error;
    super::state(vm).locals = ts.loop_locals;
}

/// Give up the GIL, keeping this thread's VM state aside.
fn release(vm: &mut Vm) -> ThreadState {
    let ts = save(vm);
    let mut s = lock();
    s.held = false;
    drop(s);
    COND.notify_all();
    ts
}

/// Block until this thread holds the GIL, then put its state back into the VM.
pub fn acquire(vm: &mut Vm, ts: ThreadState) {
    take_gil(lock());
    restore(vm, ts);
}

fn take_gil(mut s: MutexGuard<'static, GilState>) {
    s.waiters += 1;
    loop {
        if !s.held && s.finalizing.map_or(true, |t| t == std::thread::current().id()) {
            break;
        }
        let seen = s.switches;
        let (g, timeout) = COND.wait_timeout(s, SWITCH_INTERVAL).unwrap_or_else(|p| p.into_inner());
        s = g;
        // The holder has run a whole interval without a switch: ask it to hand over.
        if timeout.timed_out() && s.held && s.switches == seen {
            crate::vm::signals::request_switch();
        }
    }
    s.waiters -= 1;
    s.held = true;
    s.switches += 1;
    // The breaker is shared by all threads and another thread may have cleared it while this
    // one's finalizers were queued: look again before the next instruction.
    crate::vm::signals::wake_eval_breaker();
}

/// The VM's safe-point hook (set by `activate`): hand the GIL to a waiting thread, then take it
/// back. CPython forces the switch: the yielding thread waits until another thread has run.
fn yield_gil(vm: &mut Vm) {
    let ts = save(vm);
    let mut s = lock();
    let seen = s.switches;
    s.held = false;
    COND.notify_all();
    while s.waiters > 0 && s.switches == seen && s.finalizing.is_none() {
        s = COND.wait(s).unwrap_or_else(|p| p.into_inner());
    }
    take_gil(s);
    restore(vm, ts);
}

/// Run `f` (which must not touch the VM) with the GIL released: a blocking system call.
pub fn allow_threads<R>(vm: &mut Vm, f: impl FnOnce() -> R) -> R {
    if !threads_active() {
        return f();
    }
    let ts = release(vm);
    let r = f();
    acquire(vm, ts);
    r
}

/// Wake threads blocked in `wait_until` so they re-check their condition.
pub fn notify() {
    if !threads_active() {
        return;
    }
    let mut s = lock();
    s.notifications += 1;
    drop(s);
    COND.notify_all();
}

/// Block (with the GIL released) until `ready(vm)` holds or `timeout` seconds pass; returns
/// whether it holds. The condition is re-checked, with the GIL held, after every `notify`.
/// Ctrl-C raises KeyboardInterrupt out of the wait, as it does in CPython's lock waits.
pub fn wait_until(vm: &mut Vm, timeout: Option<f64>, mut ready: impl FnMut(&mut Vm) -> bool) -> PyResult<bool> {
    let deadline = timeout.and_then(crate::modules::timeouts::deadline_after);
    loop {
        if ready(vm) {
            return Ok(true);
        }
        crate::vm::signals::check(vm)?;
        let now = Instant::now();
        if deadline.map_or(false, |d| now >= d) {
            return Ok(false);
        }
        // Wake at least every 50 ms to notice Ctrl-C.
        let slice = deadline.map_or(Duration::from_millis(50), |d| (d - now).min(Duration::from_millis(50)));
        if !threads_active() {
            // Nobody else can change the condition: this is a deadlock or a pure timeout.
            std::thread::sleep(slice);
            continue;
        }
        let ts = save(vm);
        let mut s = lock();
        let seen = s.notifications;
        s.held = false;
        COND.notify_all();
        let until = Instant::now() + slice;
        while s.notifications == seen {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            s = COND.wait_timeout(s, left).unwrap_or_else(|p| p.into_inner()).0;
        }
        take_gil(s);
        restore(vm, ts);
    }
}

/// A raw VM pointer a new thread uses. SAFETY contract: dereferenced only while the thread
/// holds the GIL, and the VM outlives every thread (interpreter shutdown calls `finalize`,
/// after which no thread can take the GIL again).
pub struct VmPtr(pub *mut Vm);

impl VmPtr {
    pub fn get(&self) -> *mut Vm {
        self.0
    }
}
// SAFETY: see the contract above; the GIL serialises every access.
unsafe impl Send for VmPtr {}

/// Values handed to a new thread. Reference counts are not atomic, which is sound because
/// they are touched only by the GIL holder (the mutex orders those accesses).
pub struct Unshared<T>(pub T);
// SAFETY: as for `VmPtr`, the payload is only used while holding the GIL.
unsafe impl<T> Send for Unshared<T> {}

impl<T> Unshared<T> {
    /// The payload (a method, so closures capture the whole wrapper, not its field).
    pub fn into_inner(self) -> T {
        self.0
    }
}

/// A thread leaves for good: drop its state and let the others run.
pub fn exit_thread(vm: &mut Vm) {
    // The thread's current context holds script values: drop them while the GIL is held.
    crate::modules::contextvars::clear_thread();
    drop(save(vm));
    let mut s = lock();
    s.held = false;
    s.notifications += 1;
    drop(s);
    COND.notify_all();
}

/// Interpreter shutdown (called while holding the GIL): no other thread will run again, so the
/// VM can be torn down under threads that are still blocked (daemon threads).
pub fn finalize() {
    if threads_active() {
        lock().finalizing = Some(std::thread::current().id());
    }
}
