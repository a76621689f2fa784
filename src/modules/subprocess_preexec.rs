//! Popen's `preexec_fn`: the script's callable runs in the forked child between fork and
//! exec, as CPython's `_posixsubprocess` runs it. When it raises, the child leaves a mark in
//! a pipe before it ends, so the parent can tell that failure from a failed exec and report
//! CPython's "Exception occurred in preexec_fn.".

use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::object::Value;
use crate::runtime::child_process::PreExec;
use crate::vm::Vm;

/// What the child needs to run the callable: the interpreter (the child is a copy of this
/// process, paused inside `spawn`, so the VM it points at is the child's own copy) and the
/// write end of the failure pipe.
struct ChildCall {
    vm: *mut Vm,
    callable: Value,
    failed: libc::c_int,
}

/// Set in a child running `preexec_fn`: the spawning thread held the standard library's
/// environment lock when it forked, so `os.putenv` must reach the C library directly there.
static IN_PREEXEC_CHILD: AtomicBool = AtomicBool::new(false);

/// Whether this process is a child between fork and exec, running `preexec_fn`.
pub(crate) fn in_preexec_child() -> bool {
    IN_PREEXEC_CHILD.load(Ordering::Relaxed)
}

impl ChildCall {
    fn run(&mut self) -> std::io::Result<()> {
        IN_PREEXEC_CHILD.store(true, Ordering::Relaxed);
        // SAFETY: see the Send impl below: in the child this thread is the VM's only user.
        let vm = unsafe { &mut *self.vm };
        match vm.call(&self.callable, Vec::new()) {
            Ok(_) => Ok(()),
            Err(_) => {
                // SAFETY: writes one byte from a static buffer to a descriptor we own.
                unsafe { libc::write(self.failed, b"!".as_ptr().cast(), 1) };
                Err(std::io::Error::from_raw_os_error(libc::ECHILD))
            }
        }
    }
}

// SAFETY: the hook only ever runs in the forked child, which has a single thread: the one
// that was spawning, and which holds the GIL. The parent never calls it; it only drops it,
// on the thread that made it.
unsafe impl Send for ChildCall {}
unsafe impl Sync for ChildCall {}

/// The parent's side of the failure pipe (both ends: the write end must outlive the spawn).
pub(super) struct Marks {
    read_end: OwnedFd,
    _write_end: OwnedFd,
}

impl Marks {
    /// After a failed spawn: whether the child left the mark, i.e. the callable raised.
    pub(super) fn raised(&self) -> bool {
        let mut byte = [0u8; 1];
        // SAFETY: reads at most one byte into a local buffer from a non-blocking pipe.
        unsafe { libc::read(self.read_end.as_raw_fd(), byte.as_mut_ptr().cast(), 1) == 1 }
    }
}

/// The spawn hook that calls `callable` in the child, and the pipe that tells whether it raised.
pub(super) fn hook(vm: &mut Vm, callable: Value) -> std::io::Result<(PreExec, Marks)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: the array holds the two descriptors pipe2 writes; both are close-on-exec, so
    // the program the child runs never sees them.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: pipe2 just opened both descriptors and nothing else owns them.
    let (read_end, write_end) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    let mut call = ChildCall { vm: vm as *mut Vm, callable, failed: write_end.as_raw_fd() };
    let hook: PreExec = Box::new(move || call.run());
    Ok((hook, Marks { read_end, _write_end: write_end }))
}
