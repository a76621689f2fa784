//! Frames: the heap-allocated activation record of one code object, suspendable and resumable.

use std::cell::RefCell;
use std::ptr::NonNull;
use std::rc::Rc;

use super::value_stack::ValueStack;
use crate::bytecode::Instr;
use super::{ExecBody, CodeObj};
use crate::object::{PyDict, Value};

/// A block on a frame's block stack (see `bytecode::opcode` for the protocol).
#[derive(Clone)]
pub enum Block {
    /// `SetupFinally(handler)`: on an exception, truncate the value stack to `depth`, push the
    /// exception and jump to `handler`.
    Finally { handler: u32, depth: u32 },
    /// An except/finally handler is running for `exc` (what `sys.exc_info()` reports and what
    /// new exceptions chain to as `__context__`).
    Handler { exc: Value },
}

/// How a frame's completion is delivered.
#[derive(Clone, Copy)]
pub enum FrameRole {
    /// Called from script code: the return value goes onto the caller frame's stack.
    Call,
    /// Entered from Rust (`Vm::call`): the run loop returns the value to its Rust caller.
    Boundary,
    /// A generator/coroutine frame resumed from Rust (`send`, `next`, a task step).
    GenRoot,
    /// A generator/coroutine frame resumed by its caller's `YieldFrom` (`yield from`/`await`):
    /// its return value completes the caller's `YieldFrom`.
    GenDelegate,
    /// A `GenDelegate` in a delegation chain rooted at a `GenIter`/`GenSend` frame, so a
    /// `yield` at the top knows to look for that frame (a stale one only costs that look, see
    /// `vm::inline_gen`). A unit variant, like the others, so role tests stay one compare.
    GenDelegateUnderInline,
    /// A generator frame resumed by its caller's `ForIter`, inside the caller's dispatch loop: a
    /// `yield` suspends it and hands the value to the loop body; a return ends the loop.
    GenIter,
    /// A generator frame resumed by a `gen.send(v)` / `next(gen)` call in the caller's dispatch
    /// loop: a `yield` is the call's result; a return raises StopIteration in the caller.
    GenSend,
    /// An async generator frame stepped by its caller's `async for` (`GetANext`) inside the
    /// caller's dispatch loop: a `yield` of this frame is the loop's next item; an `await` in
    /// it suspends the whole task with this frame in its chain; a return raises
    /// StopAsyncIteration in the caller (see `vm::inline_gen`).
    AsyncGenStep,
    /// `__init__` called for `cls(...)`: the return must be None. The new instance was pushed
    /// onto the caller's stack before this frame (where the call's result goes), so a role
    /// with no payload keeps `Frame` within its size class.
    Init,
    /// A callable instance's `__call__` called from script code: a `Call` whose frame also
    /// holds the recursion level of CPython's `tp_call` (released when it ends).
    CallHoldingLevel,
}

impl FrameRole {
    /// A generator frame resumed inline, or a delegate in a chain rooted at one: its `yield`
    /// goes to the inline frame's caller (see `vm::inline_gen`).
    /// The role of a frame delegated to by a frame for which `runs_under_inline` is given.
    #[inline]
    pub fn delegate(under_inline: bool) -> FrameRole {
        if under_inline {
            FrameRole::GenDelegateUnderInline
        } else {
            FrameRole::GenDelegate
        }
    }

    #[inline]
    pub fn in_inline_chain(&self) -> bool {
        matches!(self, FrameRole::GenIter | FrameRole::GenSend | FrameRole::GenDelegateUnderInline)
    }
}

pub type CellRef = Rc<RefCell<Option<Value>>>;

pub struct Frame {
    /// Set only through the constructors, `reset` and `set_code`, which keep `body` in step.
    pub code: Rc<CodeObj>,
    /// `code.body()`, held so the dispatch loop reaches instructions and constants without
    /// testing on every access whether the body has been built.
    body: NonNull<ExecBody>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Index of the instruction being executed (for tracebacks and line numbers).
    pub lasti: usize,
    pub stack: ValueStack,
    /// Fast locals; None is unbound.
    pub fast: Vec<Option<Value>>,
    /// Cells for `cellvars ++ freevars`.
    pub cells: Vec<CellRef>,
    pub globals: Rc<RefCell<PyDict>>,
    /// The locals mapping for module and class bodies (None: module scope, use `globals`).
    pub locals: Option<Value>,
    pub blocks: Vec<Block>,
    pub role: FrameRole,
    /// Set on every frame of a delegation chain being closed: a delegate that returns normally
    /// must not resume its caller, which gets GeneratorExit instead (CPython's `close()` on a
    /// `yield from`).
    pub closing: bool,
}

// 160 bytes is one of mimalloc's size classes (the next is 192): a suspended coroutine keeps its
// frame, so this is paid per pending task.
const _: () = assert!(std::mem::size_of::<Frame>() <= 160);

impl Frame {
    pub fn new(code: Rc<CodeObj>, globals: Rc<RefCell<PyDict>>, locals: Option<Value>) -> Frame {
        let nfast = code.code.varnames.len();
        let ncells = code.code.cellvars.len();
        let nblocks = code.code.max_blocks as usize;
        Frame {
            // The room the code needs (`Code::max_stack`): a generator's frame lives as long as
            // the generator, so a pending task pays for this capacity.
            stack: ValueStack::with_capacity(code.code.max_stack as usize),
            fast: vec![None; nfast],
            cells: (0..ncells).map(|_| Rc::new(RefCell::new(None))).collect(),
            body: NonNull::from(code.body()),
            code,
            ip: 0,
            lasti: 0,
            globals,
            locals,
            // The compiler's static nesting depth: a generator frame suspended inside a `try`
            // keeps exactly the room it needs rather than a grown vector's spare capacity.
            blocks: Vec::with_capacity(nblocks),
            role: FrameRole::Call,
            closing: false,
        }
    }

    /// A frame with no locals, cells or stack yet: the caller fills them (the simple-call path
    /// moves arguments straight in).
    pub fn empty(code: Rc<CodeObj>, globals: Rc<RefCell<PyDict>>) -> Frame {
        Frame {
            stack: ValueStack::with_capacity(code.code.max_stack as usize),
            fast: Vec::new(),
            cells: Vec::new(),
            body: NonNull::from(code.body()),
            code,
            ip: 0,
            lasti: 0,
            globals,
            locals: None,
            blocks: Vec::new(),
            role: FrameRole::Call,
            closing: false,
        }
    }

    /// Reinitialise a recycled frame for a fresh call of `code`, keeping its vectors' capacity.
    pub fn reset(&mut self, code: Rc<CodeObj>, globals: Rc<RefCell<PyDict>>) {
        let nfast = code.code.varnames.len();
        let ncells = code.code.cellvars.len();
        debug_assert!(self.stack.is_empty() && self.fast.is_empty() && self.blocks.is_empty() && self.cells.is_empty());
        // A push loop: `resize` clones its fill value through a generic loop, which costs far
        // more than the few slots a call has.
        self.fast.reserve(nfast);
        for _ in 0..nfast {
            self.fast.push(None);
        }
        self.cells.extend((0..ncells).map(|_| Rc::new(RefCell::new(None))));
        self.set_code(code);
        self.globals = globals;
        self.ip = 0;
        self.lasti = 0;
        self.role = FrameRole::Call;
        self.closing = false;
    }

    /// Switch the frame to `code` (a recycled frame reused for another function).
    #[inline]
    pub fn set_code(&mut self, code: Rc<CodeObj>) {
        self.body = NonNull::from(code.body());
        self.code = code;
    }

    /// Resume this suspended frame with None as the value of its `yield` expression. A
    /// `yield x` statement discards that value with the `Pop` after its `YieldValue`: the
    /// frame then starts past the `Pop` instead of pushing a value only to pop it, which spares
    /// a dispatch per item of a generator's loop.
    #[inline(always)]
    pub fn resume_with_none(&mut self) {
        if matches!(self.body().instrs.get(self.ip), Some(crate::bytecode::Instr::Pop)) {
            self.ip += 1;
        } else {
            self.stack.push(Value::None);
        }
    }

    /// Give this frame `v`, the value its next instruction (at `ip`) is to receive on its stack:
    /// a value sent into a suspended `yield` expression, or the item an inline `async for`
    /// step brought back. When that instruction stores it (`x = yield ...`, `async for x in`:
    /// a `StoreFast`, or the fused `StoreFastLoadFast`), the store is done here and the frame
    /// goes on past it, as the instruction would have; otherwise `v` is pushed. Spares the
    /// push, the pop and a dispatch per item or `send`.
    ///
    /// Returns the local's replaced value: the caller drops it once this frame is where the
    /// store's finalizers expect it to be (as after the `StoreFast`, see `Vm::drop_replaced`).
    #[inline(always)]
    pub fn receive(&mut self, v: Value) -> Option<Value> {
        let at = self.ip;
        match self.body().instrs.get(at) {
            Some(&Instr::StoreFast(a)) => {
                self.ip = at + 1;
                self.fast[a as usize].replace(v)
            }
            Some(&Instr::StoreFastLoadFast(a, b)) => {
                let old = self.fast[usize::from(a)].replace(v);
                // An unbound `b`: its own `LoadFast` (left in place after the fused store)
                // runs next and raises, as in `StoreFastLoadFast`.
                self.ip = at + 1;
                if let Some(y) = &self.fast[usize::from(b)] {
                    let y = y.clone_fast();
                    self.stack.push(y);
                    self.ip = at + 2;
                }
                old
            }
            _ => {
                self.stack.push(v);
                None
            }
        }
    }

    /// The loads of a fused `LoadFast(local); LoadConst(konst)` whose fast path did not apply:
    /// both values pushed. The caller has found the local bound.
    pub fn push_fast_and_const(&mut self, local: u16, konst: u16) {
        if let Some(x) = &self.fast[usize::from(local)] {
            let x = x.clone_fast();
            self.stack.push(x);
        }
        let y = self.body().consts[usize::from(konst)].clone_fast();
        self.stack.push(y);
    }

    /// The running code's body.
    #[inline(always)]
    pub fn body(&self) -> &ExecBody {
        // SAFETY: `body` was taken from `self.code.body()` when `code` was last set (every
        // assignment goes through a constructor, `reset` or `set_code`). A built body is never
        // replaced or dropped while its `CodeObj` lives, and `self.code` keeps that alive.
        unsafe { self.body.as_ref() }
    }

    /// Drop everything a finished frame references except its code (immutable) and globals (a
    /// module's namespace, which its functions keep alive anyway), so a pooled frame keeps no
    /// other script object alive and a recursive call finds both already in place.
    #[inline(always)]
    pub fn release(&mut self) {
        // The emptiness tests skip the drop loops' set-up for what a call usually leaves empty.
        if !self.stack.is_empty() {
            self.stack.clear();
        }
        // First to last, as CPython clears a frame's locals (the order `__del__`s run in).
        // One pass that moves each local out (`clear` after `take` would walk them twice).
        let n = self.fast.len();
        let slots = self.fast.as_mut_ptr();
        // SAFETY: the length drops to 0 before any slot is read, so each of the `n` initialized
        // slots is moved out exactly once and none is dropped again by the vector; a destructor
        // that unwound would only leak the slots after it.
        unsafe {
            self.fast.set_len(0);
            for i in 0..n {
                if let Some(v) = slots.add(i).read() {
                    v.discard();
                }
            }
        }
        if !self.cells.is_empty() {
            self.cells.clear();
        }
        if !self.blocks.is_empty() {
            self.blocks.clear();
        }
        if self.locals.is_some() {
            self.locals = None;
        }
        if !matches!(self.role, FrameRole::Call) {
            self.role = FrameRole::Call;
        }
        self.closing = false;
    }

    /// `locals()` (and `f_locals`): a module or class body's namespace; for a function frame
    /// one dict kept on the frame and refreshed on each call, as CPython's `PyFrame_FastToLocals`
    /// does, so `locals() is locals()` and names `exec` stored in it stay.
    pub fn locals_dict(&mut self) -> Value {
        if self.code.code.flags.uses_locals_mapping {
            return match &self.locals {
                Some(l) => l.clone(),
                None => Value::Dict(self.globals.clone()),
            };
        }
        let d = match &self.locals {
            Some(Value::Dict(d)) => d.clone(),
            _ => {
                let d = Rc::new(RefCell::new(PyDict::new()));
                self.locals = Some(Value::Dict(d.clone()));
                d
            }
        };
        self.sync_fast_locals(&mut d.borrow_mut());
        Value::Dict(d)
    }

    /// Copy a function frame's bound locals, cells and free variables into `d`, removing the
    /// names that are unbound now; other keys stay.
    pub fn sync_fast_locals(&self, d: &mut PyDict) {
        let code = &self.code.code;
        for (name, v) in code.varnames.iter().zip(self.fast.iter()) {
            match v {
                Some(v) => d.set_str(name, v.clone()),
                None => {
                    d.del_str(name);
                }
            }
        }
        for (name, c) in code.cellvars.iter().chain(code.freevars.iter()).zip(self.cells.iter()) {
            match &*c.borrow() {
                Some(v) => d.set_str(name, v.clone()),
                None => {
                    d.del_str(name);
                }
            }
        }
    }

    /// Line currently executing (1-based).
    pub fn line(&self) -> u32 {
        self.code.code.body().locations.get(self.lasti).map(|l| l.line).unwrap_or(self.code.code.first_line)
    }

    /// The innermost exception being handled in this frame.
    pub fn handled_exception(&self) -> Option<&Value> {
        self.blocks.iter().rev().find_map(|b| match b {
            Block::Handler { exc } => Some(exc),
            Block::Finally { .. } => None,
        })
    }
}
