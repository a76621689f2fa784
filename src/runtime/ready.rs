//! Entries of the loop's ready queue. A task's step and wake-up are queued as the task itself
//! instead of a `Handle` holding a bound method, which saves three allocations per task switch;
//! a `Handle` is made for them only when something could see it (debug mode, an error report).

use super::handle::Handle;
use crate::object::{NativeRc, Value};
use crate::vm::Vm;

pub enum Ready {
    /// A scheduled callback (`call_soon`, a due timer).
    Handle(NativeRc<Handle>),
    /// CPython's `call_soon(task.__step)`: resume the task's coroutine with nothing thrown in.
    Step(Value),
    /// CPython's `call_soon(task.__wakeup, fut)`: `fut`, which the task awaited, is done.
    Wakeup { task: Value, fut: Value },
    /// `gather`'s per-child callback: `call_soon(_done_callback, fut)`.
    Gather { state: Value, fut: Value },
}

impl Ready {
    /// The `Handle` CPython would have queued for this entry.
    pub fn into_handle(self, vm: &mut Vm) -> NativeRc<Handle> {
        match self {
            Ready::Handle(h) => h,
            Ready::Step(task) => NativeRc::new(Handle::new(vm, super::task::step_callback(&task), vec![], None)),
            Ready::Wakeup { task, fut } => {
                NativeRc::new(Handle::new(vm, super::task::wakeup_callback(&task), vec![fut], None))
            }
            Ready::Gather { state, fut } => NativeRc::new(Handle::new(vm, state, vec![fut], None)),
        }
    }
}
