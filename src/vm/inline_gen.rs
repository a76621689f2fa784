//! Generators resumed inside their caller's dispatch loop: `for x in gen`, `gen.send(v)` and
//! `next(gen)` push the generator's frames onto the running frame stack (roles `GenIter` and
//! `GenSend`) instead of resuming them through a nested `execute` as `Vm::resume` does.
//!
//! The protocol, for both roles: while the generator runs inline its state is `Running` and the
//! generator object sits on top of the caller frame's value stack. A `yield` executed by the
//! inline frame, or by a delegate chain rooted at it (`yield from` inside the generator), moves
//! the frames from the inline one up back into the generator (`Suspended`) and gives the value
//! to the caller. A return pops the generator and finishes it: `GenIter` jumps to the end of the
//! loop, `GenSend` raises StopIteration in the caller. An exception leaving the inline frame is
//! routed by `unwind` like any generator frame's (PEP 479 included): the caller's top of stack is
//! the generator, which it marks finished.

use std::rc::Rc;

use super::frame::FrameRole;
use super::interp::Exit;
use super::Vm;
use crate::bytecode::opcode::Instr;
use crate::object::generator::{GenKind, GenState, Generator};
use crate::object::{PyErr, PyResult, Value};

/// How many emptied chain vectors `Vm::chain_pool` keeps (to suspend inline generators and to
/// resume fresh generators without allocating a chain).
pub(super) const CHAIN_POOL_MAX: usize = 16;

/// A generator that yielded from its own frame, delegating to nothing: store that frame.
fn suspend_one(g: &Generator, frame: Box<super::Frame>) {
    set_suspended(g, GenState::SuspendedOne(frame));
}

/// Store `state` (`Suspended` or `SuspendedOne`) as generator `g`'s. The generator was Running
/// (it ran inline, see `resume_inline` and `anext_inline`): nothing to drop, so the old state's
/// drop glue is skipped.
fn set_suspended(g: &Generator, state: GenState) {
    let was = std::mem::replace(&mut *g.state.borrow_mut(), state);
    match was {
        GenState::Running => std::mem::forget(was),
        other => drop(other),
    }
}

impl Vm {
    /// Push generator `g`'s frames on top of the current frame with `role` (`GenIter` or
    /// `GenSend`), sending `sent`. False when `g` is not a plain generator that can resume here
    /// (running, finished, a non-None send into a fresh generator, recursion limit reached): the
    /// caller then takes the general path, which reports each of those states as CPython does.
    /// The caller has already arranged its own stack (the generator on top).
    pub(super) fn resume_inline(&mut self, g: &Rc<Generator>, role: FrameRole, sent: Value) -> bool {
        if !self.inline_resumable(g, sent.is_none()) {
            return false;
        }
        self.resume_inline_checked(g, role, sent)
    }

    /// `resume_inline` once `inline_resumable(g, sent.is_none())` has said yes.
    #[inline(always)]
    fn resume_inline_checked(&mut self, g: &Generator, role: FrameRole, sent: Value) -> bool {
        let mut state = g.state.borrow_mut();
        // Moving the state out by value (rather than assigning over it) spares a call to the
        // state's drop glue on every resume.
        match std::mem::replace(&mut *state, GenState::Running) {
            GenState::Created(mut frame) => {
                drop(state);
                g.started.set(true);
                frame.role = role;
                self.frames.push(frame);
            }
            GenState::SuspendedOne(mut frame) => {
                drop(state);
                frame.role = role;
                if sent.is_none() {
                    frame.resume_with_none();
                    self.frames.push(frame);
                } else {
                    // `x = yield total` takes the sent value straight into `x`.
                    let replaced = frame.receive(sent);
                    self.frames.push(frame);
                    self.drop_replaced(replaced);
                }
            }
            GenState::Suspended(mut chain) => {
                drop(state);
                if chain.len() == 1 {
                    let mut frame = chain.pop().expect("length checked");
                    frame.role = role;
                    self.frames.push(frame);
                } else {
                    let mut frames = chain.drain(..);
                    let mut first = frames.next().expect("chain checked non-empty");
                    first.role = role;
                    self.frames.push(first);
                    for mut f in frames {
                        // Delegates pushed while the chain ran elsewhere must now find this root.
                        if let FrameRole::GenDelegate | FrameRole::GenDelegateUnderInline = f.role {
                            f.role = FrameRole::GenDelegateUnderInline;
                        }
                        self.frames.push(f);
                    }
                }
                if self.chain_pool.len() < CHAIN_POOL_MAX {
                    self.chain_pool.push(chain);
                }
                self.frames.last_mut().expect("frames were just pushed").stack.push(sent);
            }
            other => {
                *state = other;
                return false;
            }
        }
        true
    }

    /// `for` stepping a plain generator that last yielded from its own frame (`SuspendedOne`):
    /// the common case of `resume_inline`, small enough to do in place. False, with nothing
    /// changed, for anything else.
    #[inline(always)]
    pub(super) fn resume_own_frame_inline(&mut self, g: &Generator) -> bool {
        if g.kind != GenKind::Generator || self.stack_depth() + self.native_depth >= self.recursion_limit {
            return false;
        }
        let Ok(mut state) = g.state.try_borrow_mut() else { return false };
        if !matches!(&*state, GenState::SuspendedOne(_)) {
            return false;
        }
        let GenState::SuspendedOne(mut frame) = std::mem::replace(&mut *state, GenState::Running) else {
            unreachable!("the state was just matched")
        };
        drop(state);
        frame.role = FrameRole::GenIter;
        // The value of the suspended `yield` expression: `next()` sends None.
        frame.resume_with_none();
        self.frames.push(frame);
        true
    }

    /// `yield v` in the top frame: if the yielding chain is rooted at an inline frame above
    /// `base`, suspend it into its generator and give `v` to the inline frame's caller. Err(v)
    /// when the chain is not inline (the yield leaves the dispatch loop as before).
    #[inline(never)]
    pub(super) fn yield_to_inline_caller(&mut self, v: Value, base: usize) -> Result<(), Value> {
        let mut at = self.frames.len() - 1;
        let role = loop {
            if at <= base {
                return Err(v);
            }
            match self.frames[at].role {
                FrameRole::GenIter => break FrameRole::GenIter,
                FrameRole::GenSend => break FrameRole::GenSend,
                FrameRole::GenDelegateUnderInline => at -= 1,
                _ => return Err(v),
            }
        };
        if at == self.frames.len() - 1 {
            self.yield_own_frame_inline(v, role);
            return Ok(());
        }
        let mut chain = self.chain_pool.pop().unwrap_or_default();
        self.frames.move_from_into(at, &mut chain);
        self.hand_over_inline(v, role, GenState::Suspended(chain));
        Ok(())
    }

    /// `yield v` by the top frame itself when it runs inline (role `GenIter` or `GenSend`, the
    /// frame above the dispatch loop's base): the common case of `yield_to_inline_caller`,
    /// small enough for the dispatch loop to do in place.
    #[inline(always)]
    pub(super) fn yield_own_frame_inline(&mut self, v: Value, role: FrameRole) {
        let frame = self.frames.pop().expect("the yielding frame");
        self.hand_over_inline(v, role, GenState::SuspendedOne(frame));
    }

    /// The inline frame's caller is on top again: store the suspended frames in the generator
    /// and give the caller `v`.
    #[inline(always)]
    fn hand_over_inline(&mut self, v: Value, role: FrameRole, suspended: GenState) {
        let caller = self.frames.last_mut().expect("an inline frame has its caller below it");
        // A send call's generator leaves the stack; a `for` loop's stays for the next round
        // (borrowed there, not cloned). The protocol keeps the generator in place; if it is
        // not, the frames are dropped (closing the generator's blocks is not possible without it).
        match role {
            FrameRole::GenSend => {
                match caller.stack.try_pop() {
                    Some(Value::Generator(g)) => set_suspended(&g, suspended),
                    _ => drop(suspended),
                }
                // `last = gen.send(v)`: the call's result goes straight into `last`.
                let replaced = caller.receive(v);
                self.drop_replaced(replaced);
                return;
            }
            _ => {
                match caller.stack.last() {
                    Some(Value::Generator(g)) => set_suspended(g, suspended),
                    _ => drop(suspended),
                }
                // `for x in gen`: the loop's fused store (the caller's current instruction)
                // takes the item straight into its local, as the `StoreFast` after it would.
                let store = match caller.body().instrs.get(caller.lasti) {
                    Some(&Instr::ForIterStoreFast(_, a)) => Some(a),
                    _ => None,
                };
                if let Some(a) = store {
                    caller.ip = caller.lasti + 2;
                    let replaced = caller.fast[a as usize].replace(v);
                    self.drop_replaced(replaced);
                    return;
                }
            }
        }
        caller.stack.push(v);
    }

    /// A value yielded on behalf of the top frame by what it awaits or delegates to (a native
    /// iterator in `yield from range(3)`, a bare `await asyncio.sleep(0)`), the frame already
    /// set to resume where it should: the value goes to the inline caller when the frame runs
    /// under one (None: continue), else the chain suspends out of the dispatch loop (Some).
    /// The test is inline; the hand-over (`yield_to_inline_caller`) is not.
    #[inline]
    pub(super) fn yield_through_delegate(&mut self, v: Value, base: usize) -> Option<Exit> {
        if !self.runs_under_inline() {
            return Some(Exit::Yield { value: v, from_root: false });
        }
        match self.yield_to_inline_caller(v, base) {
            Ok(()) => None,
            Err(v) => Some(Exit::Yield { value: v, from_root: false }),
        }
    }

    /// The inline frame (role `GenIter` or `GenSend`) returned `v`: finish its generator and
    /// continue the caller as its `ForIter` or send call requires.
    #[inline(never)]
    pub(super) fn return_to_inline_caller(&mut self, role: FrameRole, v: Value) -> PyResult<()> {
        let caller = self.frames.last_mut().expect("an inline frame has its caller below it");
        if let Some(Value::Generator(g)) = caller.stack.try_pop() {
            *g.state.borrow_mut() = GenState::Finished;
        }
        match role {
            FrameRole::GenIter => {
                // The caller is still at its ForIter: the loop is over.
                // Read from the executed body, whose jump targets `quicken` keeps in range.
                match caller.body().instrs.get(caller.lasti) {
                    Some(Instr::ForIter(t) | Instr::ForIterStoreFast(t, _)) => caller.ip = *t as usize,
                    _ => return Err(PyErr::runtime_error("inline generator lost its for loop")),
                }
                Ok(())
            }
            _ => Err(PyErr::stop_iteration(if v.is_none() { None } else { Some(v) })),
        }
    }

    /// The top frame runs inside a generator resumed inline (so a delegate it pushes must be
    /// able to find that root when it yields).
    pub(super) fn runs_under_inline(&self) -> bool {
        self.frames.last().expect("the dispatch loop always has a current frame").role.in_inline_chain()
    }

    /// `Call(n)`/`CallMethod` whose callable is `next` (n = 1) or the unbound `generator.send`
    /// (n = 2) / `generator.__next__` (n = 1) applied to a plain generator: resume it inline.
    /// False when the call is anything else (the caller goes on with its general paths).
    #[inline]
    pub(super) fn call_generator_inline(&mut self, n: usize) -> bool {
        // The cheap test first: the value after the callable must be a generator.
        if n == 0 || n > 2 {
            return false;
        }
        let s = &self.frames.last().expect("the dispatch loop always has a current frame").stack;
        if !matches!(&s[s.len() - n], Value::Generator(_)) {
            return false;
        }
        self.call_generator_inline_slow(n)
    }

    #[inline(never)]
    fn call_generator_inline_slow(&mut self, n: usize) -> bool {
        let s = &self.frames.last().expect("the dispatch loop always has a current frame").stack;
        let Value::Builtin(b) = &s[s.len() - n - 1] else { return false };
        if b.bound.is_some() {
            return false;
        }
        let resumes = if n == 1 {
            std::ptr::fn_addr_eq(b.func, crate::builtins::functions::next as crate::object::NativeFn)
                || std::ptr::fn_addr_eq(b.func, crate::builtins::generator::gen_next as crate::object::NativeFn)
        } else {
            std::ptr::fn_addr_eq(b.func, crate::builtins::generator::gen_send as crate::object::NativeFn)
        };
        resumes && self.send_inline(n)
    }

    /// `async for` over native async generator `g` (the caller's top of stack), its
    /// `LoadConst None; YieldFrom` to continue at `resume_at`: push the generator's frame with
    /// role `AsyncGenStep` instead of resuming it through a nested dispatch loop. False when
    /// it cannot step here (running, an `aclose()`/`athrow()` in progress, suspended inside an
    /// await of its own, recursion limit): the caller takes the `__anext__` path.
    // Always inlined: it is the whole of `AsyncForNext`'s fast path, and when LLVM chose to
    // call it instead (a change elsewhere in the crate was enough) `async for` cost 10% more.
    #[inline(always)]
    pub(super) fn anext_inline(&mut self, g: &Rc<Generator>, resume_at: usize) -> bool {
        if g.running_async.get() || self.stack_depth() + self.native_depth >= self.recursion_limit {
            return false;
        }
        if !g.hooks_inited.get() {
            // The first step runs the firstiter hook, once the generator is known to step here.
            match &*g.state.borrow() {
                GenState::Created(_) | GenState::SuspendedOne(_) => {}
                GenState::Suspended(chain) if chain.len() == 1 => {}
                _ => return false,
            }
            crate::builtins::generator::first_iteration(self, g);
        }
        let Ok(mut state) = g.state.try_borrow_mut() else { return false };
        let (mut frame, resumed) = match std::mem::replace(&mut *state, GenState::Running) {
            GenState::Created(frame) => (frame, false),
            GenState::SuspendedOne(frame) => (frame, true),
            GenState::Suspended(mut chain) if chain.len() == 1 => {
                let frame = chain.pop().expect("length checked");
                if self.chain_pool.len() < CHAIN_POOL_MAX {
                    self.chain_pool.push(chain);
                }
                (frame, true)
            }
            other => {
                *state = other;
                return false;
            }
        };
        drop(state);
        g.started.set(true);
        frame.role = FrameRole::AsyncGenStep;
        if resumed {
            // The value of the suspended `yield` expression: `__anext__` sends None.
            frame.resume_with_none();
        }
        self.frames.last_mut().expect("the dispatch loop always has a current frame").ip = resume_at;
        self.frames.push(frame);
        true
    }

    /// `yield v` in an `AsyncGenStep` frame: the frame goes back into its generator (the
    /// caller's top of stack) and `v` is the caller's next `async for` item.
    #[inline(never)]
    pub(super) fn yield_async_item(&mut self, v: Value) {
        let frame = self.frames.pop().expect("the yielding frame");
        let caller = self.frames.last_mut().expect("an inline frame has its caller below it");
        match caller.stack.last() {
            Some(Value::Generator(g)) => suspend_one(g, frame),
            _ => drop(frame),
        }
        // `async for x in agen`: the item goes straight into `x`.
        let replaced = caller.receive(v);
        self.drop_replaced(replaced);
    }

    /// A local that `Frame::receive` or a fused `for` store replaced in the top frame: dropped
    /// now, with the finalizer it may trigger run at once, as after the `StoreFast` that store
    /// stands for.
    #[inline(always)]
    fn drop_replaced(&mut self, replaced: Option<Value>) {
        if let Some(old) = replaced {
            old.discard();
            if super::signals::eval_breaker_set() {
                self.handle_eval_breaker();
            }
        }
    }

    /// An `AsyncGenStep` frame pushed by `AsyncForNext` (the caller's current instruction)
    /// returned: the loop ends as its `EndAsyncFor` would end it on StopAsyncIteration (the
    /// generator finished and popped, execution on after the `EndAsyncFor`), with no exception
    /// made, since the fused step pushed no handler block to route one to. False, changing
    /// nothing, when the step was not fused or the chain is being closed (GeneratorExit).
    pub(super) fn end_async_for_inline(&mut self) -> bool {
        let caller = self.frames.last_mut().expect("an inline frame has its caller below it");
        if caller.closing {
            return false;
        }
        let instrs = &caller.body().instrs;
        let Some(&Instr::AsyncForNext(h)) = instrs.get(caller.lasti) else { return false };
        if !matches!(instrs.get(h as usize), Some(Instr::EndAsyncFor)) {
            return false;
        }
        if let Some(Value::Generator(g)) = caller.stack.try_pop() {
            *g.state.borrow_mut() = GenState::Finished;
        }
        caller.ip = h as usize + 1;
        true
    }

    /// An `AsyncGenStep` frame returned: its generator is finished and the caller's `async for`
    /// gets StopAsyncIteration (GeneratorExit when the chain is being closed, as a delegate's
    /// caller does).
    pub(super) fn async_gen_exhausted(&mut self) -> PyErr {
        let caller = self.frames.last_mut().expect("an inline frame has its caller below it");
        if let Some(Value::Generator(g)) = caller.stack.last() {
            *g.state.borrow_mut() = GenState::Finished;
        }
        if caller.closing {
            return PyErr::with_args(crate::object::ExcKind::GeneratorExit, vec![]);
        }
        PyErr::with_args(crate::object::ExcKind::StopAsyncIteration, vec![])
    }

    /// Whether `resume_inline(g, _, sent)` would resume `g` (`sent_is_none`: what it sends).
    fn inline_resumable(&self, g: &Generator, sent_is_none: bool) -> bool {
        if g.kind != GenKind::Generator || self.stack_depth() + self.native_depth >= self.recursion_limit {
            return false;
        }
        match &*g.state.borrow() {
            GenState::Created(_) => sent_is_none,
            GenState::Suspended(chain) => !chain.is_empty(),
            GenState::SuspendedOne(_) => true,
            GenState::Running | GenState::Delegated | GenState::Finished => false,
        }
    }

    /// `gen.send(v)` (`CallMethod`, stack `send, gen, v`) or `next(gen)` (`Call`, stack
    /// `next, gen`) on a plain generator: resume it inline. `n` counts the arguments after the
    /// callable. False (stack untouched) when the generator cannot resume inline.
    pub(super) fn send_inline(&mut self, n: usize) -> bool {
        let f = self.frames.last().expect("the dispatch loop always has a current frame");
        let len = f.stack.len();
        let Value::Generator(g) = &f.stack[len - n] else { return false };
        let sent_is_none = n == 1 || f.stack[len - 1].is_none();
        if !self.inline_resumable(g, sent_is_none) {
            return false;
        }
        let g: *const Generator = &**g;
        // Stack: ... callable gen [v]  ->  ... gen
        let f = self.frames.last_mut().expect("the dispatch loop always has a current frame");
        let sent = if n == 2 { f.stack.pop() } else { Value::None };
        let gen = f.stack.pop();
        // The generator takes the callable's slot; the callable (the `next` or `send`
        // builtin) is matched so that its count drops inline.
        let callable = std::mem::replace(&mut f.stack[len - n - 1], gen);
        if let Value::Builtin(b) = callable {
            drop(b);
        }
        // SAFETY: `g` points into the generator's reference-counted allocation, which the
        // stack slot it just moved to keeps alive: resuming only pushes frames above this one.
        self.resume_inline_checked(unsafe { &*g }, FrameRole::GenSend, sent)
    }
}
