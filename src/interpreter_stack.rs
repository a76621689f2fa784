//! The stack the interpreter runs on: 1 GiB reserved (pages are only touched as it grows),
//! switched to on the process's own main thread.
//!
//! Native code that re-enters the VM (a `__repr__` inside `print`, a sort key, a generator
//! resumed from a builtin) recurses on the Rust stack, and the recursion limit must be reached
//! long before the stack's end. The main thread's stack is capped by RLIMIT_STACK (8 MiB
//! usually), so corio used to run on a second thread made with a large stack; starting that
//! thread and handing the process over to it cost a tenth of an empty script's start-up on a
//! quiet machine and much more on a busy one (the new thread waits for a CPU). Switching the
//! main thread onto a large mapping costs two system calls, and keeps the interpreter on the
//! thread the kernel delivers process signals to, as in CPython.

use std::ptr::NonNull;

const STACK_SIZE: usize = 1 << 30;

/// Run `f` on the large stack and return what it returns; `None` if the stack could not be
/// mapped (an address-space limit), in which case `f` has not run.
pub fn run<F: FnOnce() -> i32>(f: F) -> Option<i32> {
    let base = map_stack()?;
    // A panic is an engine fault: it must not unwind through the stack switch (psm's rule),
    // so it ends here, after the panic hook has reported it, with EX_SOFTWARE as before.
    let guarded = move || std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or(70);
    // SAFETY: `base` is a fresh page-aligned mapping of STACK_SIZE bytes (a multiple of every
    // target's stack alignment) that stays mapped for the rest of the process, and `guarded`
    // cannot unwind.
    Some(unsafe { psm::on_stack(base.as_ptr(), STACK_SIZE, guarded) })
}

/// Reserve the stack: readable and writable, not backed until touched, with its lowest page
/// made inaccessible so running off the end faults rather than writing over other memory.
fn map_stack() -> Option<NonNull<u8>> {
    // SAFETY: a fresh anonymous mapping (checked before use); mprotect changes only its first
    // page.
    unsafe {
        let p = libc::mmap(
            std::ptr::null_mut(),
            STACK_SIZE,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | libc::MAP_STACK,
            -1,
            0,
        );
        if p == libc::MAP_FAILED {
            return None;
        }
        libc::mprotect(p, page_size(), libc::PROT_NONE);
        NonNull::new(p as *mut u8)
    }
}

fn page_size() -> usize {
    // SAFETY: sysconf only reads a configuration value.
    usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).ok().filter(|&n| n > 0).unwrap_or(4096)
}
