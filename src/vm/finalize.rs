//! Deferred finalization: generators dropped while suspended are closed at the VM's next safe
//! point (CPython closes them immediately on the last decref; `drop` cannot reach the VM).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::frame::Frame;
use super::unraisable::Unraisable;
use super::Vm;
use crate::object::generator::{GenKind, GenState, Generator};
use crate::runtime::asyncgen_hooks::Finalizer;

pub enum Pending {
    /// A suspended generator/coroutine whose last reference went: run `close()` on its frames.
    /// `addr` is where the dropped generator lived: the loops' weak registries of async
    /// generators still point there, which tells the loop that first iterated it.
    Close { kind: GenKind, qualname: Rc<str>, frames: Vec<Box<Frame>>, addr: usize },
    /// A coroutine that was never awaited: warn, showing where it was made when
    /// `sys.set_coroutine_origin_tracking_depth` recorded that (`origin`, its `cr_origin`).
    NeverAwaited { qualname: Rc<str>, frame: Box<Frame>, origin: Option<crate::object::Value> },
    /// A native coroutine (see `runtime::native_sync`) that was never awaited: warn (with
    /// its `cr_origin`, as `NeverAwaited`).
    NeverAwaitedNative { qualname: &'static str, origin: Option<crate::object::Value> },
    /// Work a dying runtime object needs the VM for (CPython's `__del__` of futures that
    /// report "exception was never retrieved").
    Run(Box<dyn FnOnce(&mut Vm)>),
}

thread_local! {
    static QUEUE: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
    static FLAG: Cell<bool> = const { Cell::new(false) };
    /// Addresses of instances whose `__del__` already ran (or is queued): not run again.
    static FINALIZED: RefCell<hashbrown::HashSet<usize>> = RefCell::new(hashbrown::HashSet::new());
}

pub fn mark_finalized(addr: usize) {
    FINALIZED.with(|s| s.borrow_mut().insert(addr));
}

/// True (and forgets `addr`) when the instance at `addr` was already finalized.
pub fn take_finalized(addr: usize) -> bool {
    FINALIZED.with(|s| s.try_borrow_mut().map(|mut s| s.remove(&addr)).unwrap_or(false))
}

pub fn enqueue(p: Pending) {
    QUEUE.with(|q| q.borrow_mut().push(p));
    FLAG.with(|f| f.set(true));
    super::signals::wake_eval_breaker();
}

#[inline]
pub fn has_pending() -> bool {
    FLAG.with(|f| f.get())
}

fn take_all() -> Vec<Pending> {
    FLAG.with(|f| f.set(false));
    QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

impl Vm {
    /// Run `inst.__del__()`; like CPython, an exception in it is reported as "Exception
    /// ignored in: ..." on stderr and otherwise ignored.
    pub fn call_del(&mut self, inst: Rc<crate::object::Instance>) {
        let Some(del) = inst.class().lookup("__del__") else { return };
        if let Err(e) = self.call(&del, vec![crate::object::Value::Instance(inst)]) {
            self.write_unraisable(e, Unraisable::Object(del));
        }
    }

    /// Close every generator dropped since the last safe point.
    pub fn run_finalizers(&mut self) {
        // Finalizers may drop more generators; loop until quiet (bounded for safety).
        for _ in 0..1000 {
            let batch = take_all();
            if batch.is_empty() {
                return;
            }
            for p in batch {
                match p {
                    Pending::Close { kind, qualname, frames, addr } => self.finalize_generator(kind, qualname, frames, addr),
                    Pending::Run(f) => f(self),
                    Pending::NeverAwaited { qualname, frame, origin } => {
                        drop(frame);
                        self.warn_never_awaited(&qualname, origin);
                    }
                    Pending::NeverAwaitedNative { qualname, origin } => self.warn_never_awaited(qualname, origin),
                }
            }
        }
    }

    /// CPython's RuntimeWarning for a coroutine collected before it ever ran: issued through
    /// `warnings._warn_unawaited_coroutine` as CPython does, so filters apply and a line warns
    /// once; if that fails (a filter turned it into an error), reported as unraisable.
    fn warn_never_awaited(&mut self, qualname: &str, origin: Option<crate::object::Value>) {
        let warned = (|| -> crate::object::PyResult<()> {
            let warnings = self.import_module("warnings")?;
            let hook = self.getattr(&warnings, &crate::object::Value::str("_warn_unawaited_coroutine"))?;
            let mut args = vec![crate::object::Value::str(qualname)];
            args.extend(origin);
            self.call(&hook, args)?;
            Ok(())
        })();
        if let Err(e) = warned {
            self.write_unraisable(e, Unraisable::Repr(format!("<coroutine object {qualname}>")));
        }
    }

    fn finalize_generator(&mut self, kind: GenKind, qualname: Rc<str>, frames: Vec<Box<Frame>>, addr: usize) {
        let name = qualname.rsplit('.').next().map(Rc::from).unwrap_or_else(|| qualname.clone());
        let Some(code) = frames.first().map(|f| f.code.clone()) else { return };
        let g = Rc::new(Generator::revived(kind, code, name, qualname, frames));
        if kind == GenKind::AsyncGenerator {
            match crate::runtime::asyncgen_hooks::script_finalizer(self) {
                // A finalizer set with sys.set_asyncgen_hooks takes the generator.
                Some(hook) if !hook.is_none() => {
                    if let Err(e) = self.call(&hook, vec![crate::object::Value::Generator(g.clone())]) {
                        self.report_ignored_in_generator(&g, e);
                    }
                    return;
                }
                // Hooks cleared by the script: closed on the spot, below.
                Some(_) => {}
                None => match crate::runtime::asyncgen_hooks::loop_finalizer(self, addr) {
                    Finalizer::Loop(loop_) if self.schedule_aclose(&g, &loop_) => return,
                    Finalizer::Nothing => {
                        *g.state.borrow_mut() = GenState::Finished;
                        return;
                    }
                    _ => {}
                },
            }
        }
        if let Err(e) = self.close_generator(&g) {
            self.report_ignored_in_generator(&g, e);
        }
        *g.state.borrow_mut() = GenState::Finished;
    }

    /// CPython's unraisable-exception report for an error while finalizing generator `g`.
    fn report_ignored_in_generator(&mut self, g: &Rc<Generator>, e: crate::object::PyErr) {
        self.write_unraisable(e, Unraisable::Object(crate::object::Value::Generator(g.clone())));
    }

    /// CPython's asyncio installs an async-generator finalizer hook: a suspended async
    /// generator dropped while its loop runs is closed by a task,
    /// `loop.call_soon(loop.create_task, agen.aclose())`, not on the spot. False when that
    /// fails (the caller then closes it synchronously).
    fn schedule_aclose(&mut self, g: &Rc<Generator>, loop_: &crate::object::Value) -> bool {
        let agen = crate::object::Value::Generator(g.clone());
        let scheduled = (|| -> crate::object::PyResult<()> {
            let aclose = self.call_method(&agen, "aclose", vec![])?;
            let create_task = crate::object::Value::Builtin(Rc::new(crate::object::BuiltinFunction::new(Rc::from("create_task"), create_aclose_task, crate::object::function::NativeKind::Function, Some(loop_.clone()), None, crate::builtins::arity::Arity::Any)));
            self.call_method(&loop_, "call_soon", vec![create_task, aclose])?;
            Ok(())
        })();
        scheduled.is_ok()
    }
}

/// The scheduled half of `schedule_aclose`: bound to the loop, wrap the `aclose()` awaitable
/// in a task (like `loop.create_task`, which accepts it in CPython as a Coroutine).
fn create_aclose_task(vm: &mut Vm, args: crate::object::Args) -> crate::object::PyResult<crate::object::Value> {
    let loop_ = args.pos.first().cloned().unwrap_or(crate::object::Value::None);
    let aw = args.pos.get(1).cloned().unwrap_or(crate::object::Value::None);
    crate::runtime::events::ensure_future(vm, aw, &loop_)
}
