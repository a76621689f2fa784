//! Generator, coroutine and async-generator objects: a state machine over suspended frames.

use std::cell::RefCell;
use std::rc::Rc;

use crate::vm::Frame;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

/// Where a generator's frame is. The variants carry only what is valid in that state.
pub enum GenState {
    /// Created, body not started.
    Created(Box<Frame>),
    /// Suspended at a yield. The frames are a delegation chain: this generator's frame first,
    /// then the frames of the generators it is delegating to (`yield from` / `await`), the
    /// innermost (where execution resumes) last. Resuming pushes them all back at once, so a task
    /// N awaits deep resumes in O(1) frames of work rather than O(N) sends.
    Suspended(Vec<Box<Frame>>),
    /// Suspended at a `yield` of its own frame, delegating to nothing: how a generator stepped
    /// inline by `for`, `send` or `async for` (`vm::inline_gen`) waits between items, one box
    /// moved per step rather than a chain vector filled and emptied. Everything else treats it
    /// as a one-frame `Suspended`.
    SuspendedOne(Box<Frame>),
    /// Currently executing (its frame is on the VM's frame stack).
    Running,
    /// Suspended as part of an outer generator's delegation chain (its frame is stored there).
    Delegated,
    /// Returned, raised, or closed.
    Finished,
}

impl GenState {
    /// A suspended generator's chain: its own frame first, and how many frames the chain has.
    pub fn suspended_chain(&self) -> Option<(&Frame, usize)> {
        match self {
            GenState::Suspended(frames) => frames.first().map(|f| (&**f, frames.len())),
            GenState::SuspendedOne(f) => Some((f, 1)),
            GenState::Created(_) | GenState::Running | GenState::Delegated | GenState::Finished => None,
        }
    }
}

/// The `lasti` of a generator's frame that has not run yet: no instruction, so its line is
/// the code's first line (`Frame::line` and the traceback fall back to it).
pub const NOT_STARTED: usize = usize::MAX;

pub struct Generator {
    pub kind: GenKind,
    /// `__name__` and `__qualname__` when they differ from the code's (a renamed function, or
    /// set on the generator); None, the common case, keeps a pending coroutine small.
    names: RefCell<Option<Box<(Rc<str>, Rc<str>)>>>,
    pub state: RefCell<GenState>,
    /// Coroutine was awaited/driven at least once (for the "never awaited" warning).
    pub started: std::cell::Cell<bool>,
    /// Async generators: an `aclose()`/`athrow()` is in progress (CPython's `ag_running_async`).
    pub running_async: std::cell::Cell<bool>,
    /// Async generator hooks done (firstiter called).
    pub hooks_inited: std::cell::Cell<bool>,
    /// Revived by the finalization queue: finalized once already, so when it dies again it
    /// goes without another `close()` or finalizer hook call (CPython's PEP 442 rule: an
    /// object's finalizer runs at most once, even when the finalizer resurrects it).
    pub finalized: std::cell::Cell<bool>,
    /// The body's code, kept after the frame is gone (for `defined at file:line` in task reprs).
    pub code: Rc<crate::vm::CodeObj>,
    /// A coroutine CPython would allocate in the size class of its tasks: the block of
    /// `runtime::task_addresses` it holds (0: none), so the tasks made after it take the blocks
    /// CPython's would.
    block: std::cell::Cell<u16>,
}

// 64 bytes plus the reference counts is mimalloc's 80-byte size class: a pending task's
// coroutine.
const _: () = assert!(std::mem::size_of::<Generator>() <= 64);

impl Generator {
    /// The block of `runtime::task_addresses` this coroutine holds (0: none), which its
    /// identity hash follows.
    pub fn modelled_block(&self) -> u16 {
        self.block.get()
    }

    pub fn new(kind: GenKind, mut frame: Box<Frame>, name: Rc<str>, qualname: Rc<str>) -> Generator {
        // Before its first instruction (CPython's frame sits on the RETURN_GENERATOR prologue,
        // located at the `def`): an exception thrown in now is reported at the code's first
        // line, without carets. Running the first instruction sets `lasti` as usual.
        frame.lasti = NOT_STARTED;
        let code = frame.code.clone();
        let block = if kind == GenKind::Coroutine { crate::runtime::task_addresses::take_for_any_coroutine(&code.code) } else { 0 };
        Generator {
            names: Self::names_unless_code_has(&code, name, qualname),
            code,
            kind,
            state: RefCell::new(GenState::Created(frame)),
            started: std::cell::Cell::new(false),
            running_async: std::cell::Cell::new(false),
            hooks_inited: std::cell::Cell::new(false),
            finalized: std::cell::Cell::new(false),
            block: std::cell::Cell::new(block),
        }
    }

    /// A suspended generator remade from the frames its dropped original handed to the
    /// finalization queue, so they can be closed (its hooks ran long ago).
    pub fn revived(kind: GenKind, code: Rc<crate::vm::CodeObj>, name: Rc<str>, qualname: Rc<str>, frames: Vec<Box<Frame>>) -> Generator {
        Generator {
            names: Self::names_unless_code_has(&code, name, qualname),
            code,
            kind,
            state: RefCell::new(GenState::Suspended(frames)),
            started: std::cell::Cell::new(true),
            running_async: std::cell::Cell::new(false),
            hooks_inited: std::cell::Cell::new(true),
            finalized: std::cell::Cell::new(true),
            block: std::cell::Cell::new(0),
        }
    }

    fn names_unless_code_has(code: &crate::vm::CodeObj, name: Rc<str>, qualname: Rc<str>) -> RefCell<Option<Box<(Rc<str>, Rc<str>)>>> {
        let same = *name == *code.code.name && *qualname == *code.code.qualname;
        RefCell::new(if same { None } else { Some(Box::new((name, qualname))) })
    }

    /// `__name__`.
    pub fn name(&self) -> Rc<str> {
        match &*self.names.borrow() {
            Some(n) => n.0.clone(),
            None => self.code.code.name.clone(),
        }
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> Rc<str> {
        match &*self.names.borrow() {
            Some(n) => n.1.clone(),
            None => self.code.code.qualname.clone(),
        }
    }

    /// Set `__name__` (`qualname` false) or `__qualname__`.
    pub fn set_name(&self, qualname: bool, text: &str) {
        let (mut name, mut qual) = (self.name(), self.qualname());
        if qualname {
            qual = Rc::from(text);
        } else {
            name = Rc::from(text);
        }
        *self.names.borrow_mut() = Some(Box::new((name, qual)));
    }

    pub fn is_finished(&self) -> bool {
        matches!(&*self.state.borrow(), GenState::Finished)
    }

    pub fn is_running(&self) -> bool {
        matches!(&*self.state.borrow(), GenState::Running | GenState::Delegated)
    }
}

impl Drop for Generator {
    /// A generator that is dropped while suspended must run its `finally` blocks (CPython calls
    /// `close()`); a coroutine dropped before it started warns "was never awaited". The VM
    /// cannot be reached from `drop`, so the frames are handed to a finalization queue that the
    /// VM drains at its next safe point.
    fn drop(&mut self) {
        crate::runtime::task_addresses::give_back_block(self.block.replace(0));
        // The record `sys.set_coroutine_origin_tracking_depth` made goes with the coroutine
        // (into its never-awaited warning, if it never ran).
        let origin = crate::runtime::coro_origin::take(self as *const Generator as usize);
        let state = std::mem::replace(self.state.get_mut(), GenState::Finished);
        if self.finalized.get() {
            return;
        }
        let pending = match state {
            GenState::Suspended(frames) => Some(crate::vm::finalize::Pending::Close {
                kind: self.kind,
                qualname: self.qualname(),
                frames,
                addr: self as *const Generator as usize,
            }),
            GenState::SuspendedOne(frame) => Some(crate::vm::finalize::Pending::Close {
                kind: self.kind,
                qualname: self.qualname(),
                frames: vec![frame],
                addr: self as *const Generator as usize,
            }),
            GenState::Created(frame) if self.kind == GenKind::Coroutine => {
                Some(crate::vm::finalize::Pending::NeverAwaited { qualname: self.qualname(), frame, origin })
            }
            GenState::Created(_) | GenState::Running | GenState::Delegated | GenState::Finished => None,
        };
        if let Some(p) = pending {
            crate::vm::finalize::enqueue(p);
        }
    }
}
