//! The dispatch loop: executes frames on `Vm::frames` until the base frame returns or yields.

use std::rc::Rc;

use super::frame::{Block, FrameRole};
use super::Vm;
use crate::bytecode::opcode::{AwaitKind, BinOp, Instr};
use crate::object::generator::GenState;
use crate::object::str::PyStr;
use crate::object::{ArgVec, ExcKind, PyErr, PyResult, Value};

/// How a run of the dispatch loop ended.
pub enum Exit {
    Return(Value),
    /// The chain rooted at the base frame suspended. `from_root` is true for a `yield` executed
    /// by the base frame itself (an async generator's item), false for a value passed through
    /// from a delegate (`await` reaching a Future).
    Yield { value: Value, from_root: bool },
}

/// Result of starting a call from the dispatch loop.
pub enum CallOutcome {
    /// The callee's frame was pushed; its return value arrives later.
    Pushed,
    Value(Value),
}

/// The current frame. The dispatch loop always has one: its base frame (`Boundary` or
/// `GenRoot`, never `Call`) is removed only by `return_from_frame`/`unwind`, which end the run.
macro_rules! frame {
    ($vm:expr) => {
        // SAFETY: see above: `execute` only runs while its base frame is on the stack.
        unsafe { $vm.frames.top_unchecked() }
    };
}

macro_rules! pop {
    ($vm:expr) => {
        frame!($vm).stack.pop()
    };
}

macro_rules! push {
    ($vm:expr, $v:expr) => {{
        let v = $v;
        frame!($vm).stack.push(v)
    }};
}

/// A safe point (CPython's CHECK_EVAL_BREAKER): run what `handle_eval_breaker` looks after
/// (generators and `__del__`s waiting to be finalized, a thread switch) if the breaker is set.
/// As in CPython it is tested at calls, returns and backward jumps rather than before every
/// instruction, and also right after the instructions that let go of a value a script named or
/// discarded (`Pop`, stores, deletes, a call's return): CPython finalizes on the last decref,
/// so a finalizer's output and the line its warnings report belong to the statement that
/// dropped the object.
macro_rules! safe_point {
    ($vm:expr) => {
        if super::signals::eval_breaker_set() {
            $vm.handle_eval_breaker();
        }
    };
}

macro_rules! top {
    ($vm:expr) => {
        frame!($vm).stack.top()
    };
}

/// Complete the current frame with `$v` (the body of `ReturnValue`).
macro_rules! return_value {
    ($vm:expr, $v:expr, $base:expr) => {{
        let v = $v;
        if let FrameRole::Call = frame!($vm).role {
            // A plain call's return: the value goes to the caller's stack.
            let frame = $vm.frames.pop().expect("returning frame exists");
            $vm.recycle_frame_inline(frame);
            push!($vm, v);
            // The callee's locals went: finalizers run before the caller's next instruction.
            safe_point!($vm);
            continue;
        }
        if let Some(exit) = $vm.return_from_frame(v, $base)? {
            return Ok(exit);
        }
        // The return stayed in the loop: the caller goes on (whatever follows the macro in a
        // fused handler is not for it).
        continue;
    }};
}

/// `ForIterStoreFast(t, a)` at index `$at` (the frame's `ip` already past it): a range
/// iterator steps here, anything else goes through `ForIter` and the store runs next.
macro_rules! for_iter_store_fast {
    ($vm:expr, $t:expr, $a:expr, $at:expr) => {{
        let (t, a) = ($t, $a);
        let f = frame!($vm);
        // A range iterator steps here; Some(None) is its end.
        let step = match f.stack.last() {
            Some(Value::Iter(cell)) => match &mut *cell.borrow_mut() {
                crate::object::IterObj::Range { cur, stop, step } => {
                    let c = *cur;
                    if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                        *cur = c.wrapping_add(*step);
                        Some(Some(c))
                    } else {
                        Some(None)
                    }
                }
                _ => None,
            },
            _ => None,
        };
        match step {
            Some(Some(c)) => {
                let old = f.fast[a as usize].replace(Value::Int(c));
                f.ip = $at + 2;
                if let Some(old) = old {
                    old.discard();
                }
            }
            Some(None) => {
                f.stack.pop();
                f.ip = t as usize;
            }
            // Other iterators: `ForIter` alone; the store runs next.
            None => {
                if !$vm.for_iter_own_frame_generator() {
                    $vm.for_iter(t)?
                }
            }
        }
    }};
}

/// `ForIter(t)`, the frame's `ip` already past it.
macro_rules! for_iter {
    ($vm:expr, $t:expr) => {{
        if !$vm.for_iter_own_frame_generator() {
            $vm.for_iter($t)?
        }
    }};
}

/// `yield $v` from the current frame (the body of `YieldValue`): in place to an inline
/// caller, or out of the dispatch loop.
macro_rules! yield_value {
    ($vm:expr, $v:expr, $base:expr) => {{
        let mut v = $v;
        let role = frame!($vm).role;
        match role {
            // The inline frame yields itself (no delegates above it): in place.
            FrameRole::GenIter | FrameRole::GenSend if $vm.frames.len() - 1 > $base => {
                $vm.yield_own_frame_inline(v, role);
                continue;
            }
            FrameRole::GenIter | FrameRole::GenSend | FrameRole::GenDelegateUnderInline => match $vm.yield_to_inline_caller(v, $base) {
                Ok(()) => continue,
                Err(back) => v = back,
            },
            FrameRole::AsyncGenStep => {
                $vm.yield_async_item(v);
                continue;
            }
            _ => {}
        }
        let from_root = $vm.frames.len() - 1 == $base;
        return Ok(Exit::Yield { value: v, from_root });
    }};
}

impl Vm {
    /// Run until the frame at index `base` completes (returns, yields, or raises out).
    pub fn run_frames(&mut self, base: usize) -> PyResult<Exit> {
        self.run_frames_with(base, None)
    }

    /// As `run_frames`, first raising `pending` in the top frame (generator `throw`).
    pub fn run_frames_with(&mut self, base: usize, mut pending: Option<(PyErr, bool)>) -> PyResult<Exit> {
        loop {
            if let Some((err, fresh)) = pending.take() {
                match self.unwind(err, base, fresh) {
                    Ok(()) => {}
                    Err(e) => return Err(e),
                }
            }
            match self.execute(base) {
                Ok(exit) => return Ok(exit),
                Err(e) => {
                    let fresh = !std::mem::take(&mut self.reraise_pending);
                    pending = Some((e, fresh));
                }
            }
            if crate::vm::finalize::has_pending() {
                self.run_finalizers();
            }
        }
    }

    /// Execute instructions until the base frame exits, or an exception is raised (returned as
    /// Err for `unwind` to route).
    fn execute(&mut self, base: usize) -> PyResult<Exit> {
        safe_point!(self);
        loop {
            // SAFETY: as `frame!`.
            let (f, instrs) = unsafe { self.frames.top_with_instrs_unchecked() };
            let ip = f.ip;
            debug_assert!(ip < instrs.len(), "instruction index in range (see quicken::guard_end)");
            // SAFETY: `ip` indexes `instrs`, the frame's quickened body: it starts at 0 (every
            // body has its guards), and every way of setting it (the next instruction, a jump
            // target, a skip over instructions a superinstruction or a completed await ran, a
            // handler, a re-executed `lasti`) lands inside the code or on one of the
            // `EndOfCode` guards `quicken::guard_end` appends, whose handler does not advance.
            let instr = unsafe { *instrs.get_unchecked(ip) };
            debug_assert!(
                f.stack.len() <= f.code.code.max_stack as usize,
                "value stack of {} deeper than its Code::max_stack {} at {ip}",
                f.code.code.qualname,
                f.code.code.max_stack
            );
            f.lasti = ip;
            f.ip = ip + 1;
            match instr {
                Instr::Nop => {}
                Instr::EndOfCode => {
                    // Stay on the guard: the index must not move further past the code.
                    f.ip = ip;
                    return Err(PyErr::new(ExcKind::SystemError, "execution ran past the end of its code object"));
                }
                Instr::Pop => {
                    pop!(self).discard();
                    safe_point!(self);
                }
                Instr::Copy(i) => {
                    let s = &mut frame!(self).stack;
                    let v = s[s.len() - i as usize].clone_fast();
                    s.push(v);
                }
                Instr::Swap(i) => {
                    let s = &mut frame!(self).stack;
                    let n = s.len();
                    s.swap(n - 1, n - i as usize);
                }
                Instr::Rot(i) => {
                    let s = &mut frame!(self).stack;
                    let v = s.pop();
                    let at = s.len() + 1 - i as usize;
                    s.insert(at, v);
                }
                Instr::LoadConst(i) => {
                    let f = frame!(self);
                    let v = f.body().consts[i as usize].clone_fast();
                    f.stack.push(v);
                }
                Instr::LoadFast(i) => {
                    let f = frame!(self);
                    match &f.fast[i as usize] {
                        Some(v) => {
                            let v = v.clone_fast();
                            f.stack.push(v)
                        }
                        None => return Err(self.unbound_local(i)),
                    }
                }
                Instr::StoreFast(i) => {
                    let f = frame!(self);
                    let v = f.stack.pop();
                    if let Some(old) = f.fast[i as usize].replace(v) {
                        old.discard();
                        safe_point!(self);
                    }
                }
                Instr::DeleteFast(i) => {
                    let f = frame!(self);
                    if f.fast[i as usize].take().is_none() {
                        return Err(self.unbound_local(i));
                    }
                    safe_point!(self);
                }
                Instr::LoadDeref(i) => {
                    let f = frame!(self);
                    let v = f.cells[i as usize].borrow().clone();
                    match v {
                        Some(v) => f.stack.push(v),
                        None => return Err(self.unbound_deref(i)),
                    }
                }
                Instr::StoreDeref(i) => {
                    let f = frame!(self);
                    let v = f.stack.pop();
                    let old = f.cells[i as usize].borrow_mut().replace(v);
                    if let Some(old) = old {
                        old.discard();
                    }
                    safe_point!(self);
                }
                Instr::DeleteDeref(i) => {
                    let f = frame!(self);
                    let old = f.cells[i as usize].borrow_mut().take();
                    if old.is_none() {
                        return Err(self.unbound_deref(i));
                    }
                    drop(old);
                    safe_point!(self);
                }
                Instr::LoadClosure(i) => {
                    let f = frame!(self);
                    let c = f.cells[i as usize].clone();
                    f.stack.push(Value::Cell(c));
                }
                Instr::LoadClassDeref(i) => {
                    let v = self.load_class_deref(i)?;
                    push!(self, v);
                }
                Instr::LoadGlobal(i) => {
                    let v = match self.load_global_cached(i) {
                        Some(v) => v,
                        None => self.load_global_slow(i)?,
                    };
                    push!(self, v);
                }
                Instr::StoreGlobal(i) => {
                    let f = frame!(self);
                    let v = f.stack.pop();
                    let key = f.body().names[i as usize].clone();
                    f.globals.borrow_mut().set_str_key(key, v);
                    safe_point!(self);
                }
                Instr::DeleteGlobal(i) => {
                    let f = frame!(self);
                    let name = f.body().names[i as usize].clone();
                    let name = name.as_str().unwrap_or("");
                    if f.globals.borrow_mut().del_str(name).is_none() {
                        return Err(PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined")));
                    }
                    safe_point!(self);
                }
                Instr::LoadName(i) => {
                    let v = self.load_name(i)?;
                    push!(self, v);
                }
                Instr::StoreName(i) => {
                    let v = pop!(self);
                    self.store_name(i, v)?;
                    safe_point!(self);
                }
                Instr::DeleteName(i) => {
                    self.delete_name(i)?;
                    safe_point!(self);
                }
                Instr::LoadAttr(i) => {
                    let obj = pop!(self);
                    match &obj {
                        Value::Module(m) => {
                            if let Some(v) = self.module_attr_cached(m, i) {
                                push!(self, v);
                                continue;
                            }
                        }
                        Value::Instance(inst) => {
                            if let Some(v) = self.load_instance_attr_cached(inst, i) {
                                push!(self, v);
                                continue;
                            }
                            if let Some(d) = self.instance_member_cached(inst, i) {
                                if let Some(member) = crate::builtins::slots::member(&d) {
                                    let v = member.get(self, &obj)?;
                                    push!(self, v);
                                    continue;
                                }
                            }
                            if let Some(fget) = self.instance_property_getter_cached(inst, i) {
                                // The getter's frame runs in this loop; its return value
                                // lands where the attribute goes.
                                push!(self, fget);
                                push!(self, obj);
                                if self.call_simple_function(1)? {
                                    continue;
                                }
                                let obj = pop!(self);
                                let fget = pop!(self);
                                let v = self.call(&fget, vec![obj])?;
                                push!(self, v);
                                continue;
                            }
                        }
                        _ => {}
                    }
                    let name = frame!(self).body().names[i as usize].clone();
                    let v = self.getattr(&obj, &name)?;
                    self.remember_instance_attr(&obj, i);
                    push!(self, v);
                }
                Instr::StoreAttr(i) => {
                    let obj = pop!(self);
                    let mut v = pop!(self);
                    if let Value::Instance(inst) = &obj {
                        match self.store_instance_attr_cached(inst, i, v) {
                            Ok(()) => {
                                drop(obj);
                                safe_point!(self);
                                continue;
                            }
                            Err(back) => v = back,
                        }
                        // A `__slots__` member (checked after the common instance-dict case).
                        if let Some(d) = self.instance_member_cached(inst, i) {
                            if let Some(member) = crate::builtins::slots::member(&d) {
                                member.set(self, &obj, v)?;
                                drop(obj);
                                safe_point!(self);
                                continue;
                            }
                        }
                    }
                    let name = frame!(self).body().names[i as usize].clone();
                    self.setattr(&obj, &name, v)?;
                    self.remember_instance_attr(&obj, i);
                    drop(obj);
                    safe_point!(self);
                }
                Instr::DeleteAttr(i) => {
                    let obj = pop!(self);
                    let name = frame!(self).body().names[i as usize].clone();
                    self.delattr(&obj, &name)?;
                    drop(obj);
                    safe_point!(self);
                }
                Instr::LoadMethod(i) => {
                    let obj = pop!(self);
                    if let Value::Instance(inst) = &obj {
                        if let Some(func) = self.load_instance_method_cached(inst, i) {
                            push!(self, func);
                            push!(self, obj);
                            continue;
                        }
                    }
                    if let Value::Module(m) = &obj {
                        if let Some(v) = self.module_attr_cached(m, i) {
                            push!(self, v);
                            push!(self, Value::Cell(self.null_marker.clone()));
                            continue;
                        }
                    } else if !matches!(obj, Value::Instance(_) | Value::Class(_) | Value::Super(_)) {
                        if let Some(func) = self.load_builtin_method_cached(&obj, i) {
                            push!(self, func);
                            push!(self, obj);
                            continue;
                        }
                    }
                    let name = frame!(self).body().names[i as usize].clone();
                    let found = self.load_method(&obj, &name)?;
                    self.remember_instance_attr(&obj, i);
                    match found {
                        Some(func) => {
                            push!(self, func);
                            push!(self, obj);
                        }
                        None => {
                            let v = self.getattr(&obj, &name)?;
                            push!(self, v);
                            push!(self, Value::Cell(self.null_marker.clone()));
                        }
                    }
                }
                Instr::BinarySubscr => {
                    let key = pop!(self);
                    let container = pop!(self);
                    let v = self.getitem(&container, &key)?;
                    key.discard();
                    container.discard();
                    push!(self, v);
                }
                Instr::StoreSubscr => {
                    let key = pop!(self);
                    let container = pop!(self);
                    let v = pop!(self);
                    self.setitem(&container, key, v)?;
                    drop(container);
                    safe_point!(self);
                }
                Instr::DeleteSubscr => {
                    let key = pop!(self);
                    let container = pop!(self);
                    self.delitem(&container, &key)?;
                    drop((container, key));
                    safe_point!(self);
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { pop!(self) } else { Value::None };
                    let upper = pop!(self);
                    let lower = pop!(self);
                    push!(self, Value::Slice(Rc::new((lower, upper, step))));
                }
                Instr::BinaryOp { op, inplace } => {
                    // Small-int arithmetic in place on the stack (no Value moves through calls).
                    let s = &mut frame!(self).stack;
                    let n = s.len();
                    if let (Value::Int(x), Value::Int(y)) = (&s[n - 2], &s[n - 1]) {
                        if let Some(r) = small_int_op(op, *x, *y) {
                            // Both operands are ints (nothing to drop): forgetting them skips the
                            // out-of-line drop glue.
                            std::mem::forget(s.pop());
                            std::mem::forget(std::mem::replace(&mut s[n - 2], Value::Int(r)));
                            continue;
                        }
                    }
                    self.binary_op_on_stack(op, inplace)?;
                }
                Instr::UnaryOp(op) => {
                    let a = pop!(self);
                    let v = self.unary_op(op, &a)?;
                    a.discard();
                    push!(self, v);
                }
                Instr::CompareOp(op) => {
                    let s = &mut frame!(self).stack;
                    let n = s.len();
                    if let (Value::Int(x), Value::Int(y)) = (&s[n - 2], &s[n - 1]) {
                        let r = super::ops::compare_values(op, *x, *y);
                        std::mem::forget(s.pop());
                        std::mem::forget(std::mem::replace(&mut s[n - 2], Value::bool(r)));
                        continue;
                    }
                    let b = pop!(self);
                    let a = pop!(self);
                    let v = self.compare(op, &a, &b)?;
                    a.discard();
                    b.discard();
                    push!(self, v);
                }
                Instr::IsOp(invert) => {
                    let b = pop!(self);
                    let a = pop!(self);
                    let r = a.is(&b) != invert;
                    a.discard();
                    b.discard();
                    push!(self, Value::bool(r));
                }
                Instr::ContainsOp(invert) => {
                    let b = pop!(self);
                    let a = pop!(self);
                    let r = self.contains(&b, &a)?;
                    push!(self, Value::bool(r != invert));
                }
                Instr::Jump(t) => {
                    let f = frame!(self);
                    let backward = (t as usize) < f.ip;
                    f.ip = t as usize;
                    if backward {
                        // A backward jump (a loop iteration) is a safe point for signals.
                        safe_point!(self);
                        super::signals::check(self)?;
                    }
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = pop!(self);
                    let truth = match inline_truth(&v) {
                        Some(t) => t,
                        None => self.is_true(&v)?,
                    };
                    v.discard();
                    if !truth {
                        frame!(self).ip = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop!(self);
                    let truth = match inline_truth(&v) {
                        Some(t) => t,
                        None => self.is_true(&v)?,
                    };
                    v.discard();
                    if truth {
                        frame!(self).ip = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    // `and`/`or`: the operand stays on the stack, so only a call clones it.
                    let truth = match inline_truth(top!(self)) {
                        Some(t) => t,
                        None => {
                            let v = top!(self).clone();
                            self.is_true(&v)?
                        }
                    };
                    if !truth {
                        frame!(self).ip = t as usize;
                    } else {
                        pop!(self).discard();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    // `and`/`or`: the operand stays on the stack, so only a call clones it.
                    let truth = match inline_truth(top!(self)) {
                        Some(t) => t,
                        None => {
                            let v = top!(self).clone();
                            self.is_true(&v)?
                        }
                    };
                    if truth {
                        frame!(self).ip = t as usize;
                    } else {
                        pop!(self).discard();
                    }
                }
                Instr::GetIter => {
                    let v = pop!(self);
                    let it = self.get_iter(&v)?;
                    push!(self, it);
                }
                Instr::ForIter(t) => for_iter!(self, t),
                Instr::JumpBackForIter(t) => {
                    // A backward jump (a loop iteration) is a safe point for signals.
                    safe_point!(self);
                    super::signals::check(self)?;
                    let t = t as usize;
                    // SAFETY: as `frame!`.
                    let (f, instrs) = unsafe { self.frames.top_with_instrs_unchecked() };
                    let next = instrs.get(t).copied();
                    f.ip = t;
                    // The `ForIter` at the target runs now, as its own dispatch would run it.
                    match next {
                        Some(Instr::ForIterStoreFast(end, a)) => {
                            f.lasti = t;
                            f.ip = t + 1;
                            for_iter_store_fast!(self, end, a, t)
                        }
                        Some(Instr::ForIter(end)) => {
                            f.lasti = t;
                            f.ip = t + 1;
                            for_iter!(self, end)
                        }
                        _ => {}
                    }
                }
                Instr::ReturnValue => {
                    safe_point!(self);
                    let v = pop!(self);
                    return_value!(self, v, base);
                }
                Instr::BuildTuple(n) => {
                    let items = self.pop_n(n as usize);
                    push!(self, Value::tuple(items));
                }
                Instr::BuildList(n) => {
                    let items = self.pop_n(n as usize);
                    push!(self, Value::list(items));
                }
                Instr::BuildSet(n) => {
                    let items = self.pop_n(n as usize);
                    let s = if n > 2 && self.preceded_by_constants(n as usize) {
                        self.new_constant_set(items)?
                    } else {
                        self.new_set(items)?
                    };
                    push!(self, s);
                }
                Instr::BuildMap(n) => {
                    let items = self.pop_n(2 * n as usize);
                    let d = self.new_dict_from_pairs(items)?;
                    push!(self, d);
                }
                Instr::BuildConstKeyMap(n) => {
                    let keys = pop!(self);
                    let values = self.pop_n(n as usize);
                    let mut pairs = Vec::with_capacity(2 * n as usize);
                    if let Value::Tuple(keys) = keys {
                        for (k, v) in keys.iter().zip(values) {
                            pairs.push(k.clone());
                            pairs.push(v);
                        }
                    }
                    let d = self.new_dict_from_pairs(pairs)?;
                    push!(self, d);
                }
                Instr::BuildString(n) => {
                    // The parts are read in place and the result sized once (an f-string's
                    // pieces are already strs: FormatValue ran on each).
                    let f = frame!(self);
                    let start = f.stack.len() - n as usize;
                    let parts = &f.stack[start..];
                    let total: usize = parts.iter().map(|p| p.as_str().map_or(0, str::len)).sum();
                    let mut s = String::with_capacity(total);
                    for p in parts {
                        s.push_str(p.as_str().unwrap_or(""));
                    }
                    f.stack.truncate(start);
                    f.stack.push(Value::string(s));
                }
                Instr::ListAppend(i) => {
                    let v = pop!(self);
                    let f = frame!(self);
                    let target = &f.stack[f.stack.len() - i as usize];
                    if let Value::List(l) = target {
                        l.borrow_mut().push(v);
                    }
                }
                Instr::SetAdd(i) => {
                    let v = pop!(self);
                    let target = self.peek(i as usize);
                    self.set_add(&target, v)?;
                }
                Instr::MapAdd(i) => {
                    let v = pop!(self);
                    let k = pop!(self);
                    let target = self.peek(i as usize);
                    self.setitem(&target, k, v)?;
                }
                Instr::ListExtend(i) => {
                    let it = pop!(self);
                    let target = self.peek(i as usize);
                    if !self.can_iterate(&it) {
                        let t = self.type_name(&it);
                        return Err(PyErr::type_error(format!("Value after * must be an iterable, not {t}")));
                    }
                    let items = self.collect_iterable(&it)?;
                    if let Value::List(l) = target {
                        l.borrow_mut().extend(items);
                    }
                }
                Instr::SetUpdate(i) => {
                    let it = pop!(self);
                    let target = self.peek(i as usize);
                    self.set_update(&target, &it)?;
                }
                Instr::DictUpdate(i) => {
                    let m = pop!(self);
                    let target = self.peek(i as usize);
                    self.dict_update_from(&target, &m, None)?;
                }
                Instr::DictMerge(i) => {
                    let m = pop!(self);
                    let target = self.peek(i as usize);
                    let callable = self.peek(i as usize + 2);
                    self.dict_update_from(&target, &m, Some(&callable))?;
                }
                Instr::ListToTuple => {
                    let l = pop!(self);
                    let items = match &l {
                        Value::List(l) => l.borrow().clone(),
                        _ => Vec::new(),
                    };
                    push!(self, Value::tuple(items));
                }
                Instr::UnpackSequence(n) => {
                    let seq = pop!(self);
                    // A tuple of the right length (`a, b = pair`, `for k, v in pairs`): its
                    // items go onto the stack, last first, with no vector in between.
                    if let Value::Tuple(t) = &seq {
                        if t.len() == n as usize {
                            frame!(self).stack.extend(t.iter().rev().map(Value::clone_fast));
                            drop(seq);
                            continue;
                        }
                    }
                    let items = self.unpack(&seq, n as usize)?;
                    let f = frame!(self);
                    f.stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx { before, after } => {
                    let seq = pop!(self);
                    let items = self.unpack_ex(&seq, before as usize, after as usize)?;
                    let f = frame!(self);
                    f.stack.extend(items.into_iter().rev());
                }
                Instr::FormatValue { conversion, has_spec } => {
                    let spec = if has_spec { Some(pop!(self)) } else { None };
                    let v = pop!(self);
                    let s = self.format_value(&v, conversion, spec.as_ref())?;
                    push!(self, s);
                }
                Instr::BuildStringStart(room) => {
                    push!(self, Value::Str(Rc::new(PyStr::builder(room as usize))));
                }
                Instr::FormatAppend { conversion, has_spec } => {
                    let spec = if has_spec { Some(pop!(self)) } else { None };
                    let v = pop!(self);
                    // The builder is taken off the stack while the part is formatted (which
                    // may run script code) and put back after.
                    let Value::Str(mut builder) = pop!(self) else {
                        return Err(PyErr::runtime_error("FormatAppend without its string builder"));
                    };
                    // BuildStringStart made it and only this stack slot held it since.
                    let text = match Rc::get_mut(&mut builder) {
                        Some(text) => text,
                        None => {
                            builder = Rc::new(PyStr::new(builder.as_str()));
                            Rc::get_mut(&mut builder).expect("a new Rc has one owner")
                        }
                    };
                    self.format_value_into(&v, conversion, spec.as_ref(), text)?;
                    v.discard();
                    push!(self, Value::Str(builder));
                }
                Instr::Call(n) => {
                    safe_point!(self);
                    if self.call_simple_function(n as usize)? || self.call_generator_inline(n as usize) {
                        continue;
                    }
                    if let Some(v) = self.call_native_from_stack(n as usize)? {
                        push!(self, v);
                        continue;
                    }
                    // `type(x)`: the class itself, without the `type.__new__` machinery.
                    if n == 1 {
                        let s = &mut frame!(self).stack;
                        if matches!(&s[s.len() - 2], Value::Class(c) if Rc::ptr_eq(c, &self.types.type_)) {
                            let x = s.pop();
                            s.pop();
                            let t = self.type_of(&x);
                            x.discard();
                            push!(self, Value::Class(t));
                            continue;
                        }
                    }
                    let args = self.pop_n(n as usize);
                    let callable = pop!(self);
                    if let CallOutcome::Value(v) = self.call_from_frame(callable, args, Vec::new())? {
                        push!(self, v);
                    }
                }
                Instr::CallKw(n) => {
                    safe_point!(self);
                    if self.call_kw_direct(n as usize)? {
                        continue;
                    }
                    let names = pop!(self);
                    let mut args = self.pop_n(n as usize);
                    let callable = pop!(self);
                    let kwargs = self.split_kwargs(&names, &mut args);
                    if let CallOutcome::Value(v) = self.call_from_frame(callable, args, kwargs)? {
                        push!(self, v);
                    }
                }
                Instr::CallMethod(n) => {
                    safe_point!(self);
                    // Stack: callable, self (or the null marker), args.
                    let n = n as usize;
                    let s = &mut frame!(self).stack;
                    let self_at = s.len() - n - 1;
                    let is_null = matches!(&s[self_at], Value::Cell(c) if Rc::ptr_eq(c, &self.null_marker));
                    // `lst.append(x)` on an exact list (CPython 3.11's CALL_NO_KW_LIST_APPEND).
                    // A function's address may differ between codegen units: a miss only means
                    // the general call below, and a merged identical function behaves the same.
                    if n == 1 && !is_null {
                        if let (Value::Builtin(b), Value::List(_)) = (&s[self_at - 1], &s[self_at]) {
                            if std::ptr::fn_addr_eq(b.func, crate::builtins::methods::list_append as crate::object::NativeFn) && b.bound.is_none() {
                                let item = s.pop();
                                if let Value::List(l) = &s[self_at] {
                                    l.borrow_mut().push(item);
                                }
                                s.truncate(self_at - 1);
                                s.push(Value::None);
                                continue;
                            }
                        }
                    }
                    let nargs = if is_null {
                        s.remove(self_at);
                        n
                    } else {
                        n + 1
                    };
                    if self.call_simple_function(nargs)? || self.call_generator_inline(nargs) {
                        continue;
                    }
                    // `await obj.method(...)` on a native method: it may complete the await
                    // itself (see `Vm::await_next`).
                    let f = frame!(self);
                    let callable_at = f.stack.len() - nargs - 1;
                    self.pending_await = matches!(f.stack[callable_at], Value::Builtin(_))
                        && matches!(f.body().instrs.get(f.ip), Some(Instr::GetAwaitable(_)));
                    let r = match self.call_native_from_stack(nargs) {
                        Ok(Some(v)) => Ok(CallOutcome::Value(v)),
                        Ok(None) => {
                            let args = frame!(self).stack.split_off(callable_at + 1);
                            let callable = pop!(self);
                            self.call_from_frame(callable, args, Vec::new())
                        }
                        Err(e) => Err(e),
                    };
                    self.pending_await = false;
                    if let CallOutcome::Value(v) = r? {
                        match self.ready_result.take() {
                            // Skip `GetAwaitable; LoadConst None; YieldFrom`: the await is done.
                            Some(result) => {
                                let f = frame!(self);
                                f.ip += 3;
                                f.stack.push(result);
                            }
                            None if self.yield_once => {
                                self.yield_once = false;
                                // Suspend past the await as a bare `yield None` would, with
                                // `lasti` on its YieldFrom (line numbers, tracebacks).
                                let f = frame!(self);
                                f.lasti = f.ip + 2;
                                f.ip += 3;
                                match self.yield_through_delegate(Value::None, base) {
                                    Some(exit) => return Ok(exit),
                                    None => continue,
                                }
                            }
                            None => push!(self, v),
                        }
                    }
                }
                Instr::CallFunctionEx { has_kwargs } => {
                    safe_point!(self);
                    let kwargs = if has_kwargs { Some(pop!(self)) } else { None };
                    let args = pop!(self);
                    let callable = pop!(self);
                    let args = match args {
                        Value::Tuple(t) => t.to_vec(),
                        other if !self.can_iterate(&other) => {
                            let msg = format!(
                                "{} argument after * must be an iterable, not {}",
                                self.callable_name(&callable),
                                self.type_name(&other)
                            );
                            return Err(PyErr::type_error(msg));
                        }
                        other => self.collect_iterable(&other)?,
                    };
                    let kwargs = match kwargs {
                        Some(Value::Dict(d)) => d
                            .borrow()
                            .iter()
                            .map(|e| (Rc::from(e.key.as_str().unwrap_or("")), e.value.clone()))
                            .collect(),
                        _ => Vec::new(),
                    };
                    if let CallOutcome::Value(v) = self.call_from_frame(callable, args, kwargs)? {
                        push!(self, v);
                    }
                }
                Instr::MakeFunction(flags) => {
                    let f = self.make_function(flags)?;
                    push!(self, f);
                }
                Instr::LoadBuildClass => {
                    let v = self.builtins.borrow().get_str("__build_class__").unwrap_or(Value::None);
                    push!(self, v);
                }
                Instr::LoadLocals => {
                    let f = frame!(self);
                    let v = match &f.locals {
                        Some(l) => l.clone(),
                        None => Value::Dict(f.globals.clone()),
                    };
                    f.stack.push(v);
                }
                Instr::SetupFinally(h) => {
                    let f = frame!(self);
                    let depth = f.stack.len() as u32;
                    f.blocks.push(Block::Finally { handler: h, depth });
                }
                Instr::PopBlock => {
                    frame!(self).blocks.pop();
                }
                Instr::AsyncForNext(h) => {
                    // The step over a native async generator that can resume inline: its frame
                    // goes on top and this one continues past the `PopBlock` with the item.
                    let f = frame!(self);
                    let resume_at = f.ip + 4;
                    let agen = match f.stack.top() {
                        Value::Generator(g) if g.kind == crate::object::generator::GenKind::AsyncGenerator => Some(g.clone()),
                        _ => None,
                    };
                    if let Some(g) = agen {
                        if self.anext_inline(&g, resume_at) {
                            continue;
                        }
                    }
                    // Otherwise only the `SetupFinally`; the unfused sequence follows.
                    let f = frame!(self);
                    let depth = f.stack.len() as u32;
                    f.blocks.push(Block::Finally { handler: h, depth });
                }
                Instr::PopExcept => {
                    let f = frame!(self);
                    if let Some(pos) = f.blocks.iter().rposition(|b| matches!(b, Block::Handler { .. })) {
                        f.blocks.truncate(pos);
                    }
                    safe_point!(self);
                }
                Instr::RaiseVarargs(n) => return Err(self.raise_varargs(n)?),
                Instr::Reraise => {
                    let exc = pop!(self);
                    return Err(self.reraise(exc));
                }
                Instr::CheckExcMatch => {
                    let typ = pop!(self);
                    let exc = top!(self).clone();
                    let r = self.exception_matches(&exc, &typ)?;
                    push!(self, Value::bool(r));
                }
                Instr::CheckEgMatch => {
                    let typ = pop!(self);
                    let eg = pop!(self);
                    let (rest, matched) = self.exception_group_match(&eg, &typ)?;
                    push!(self, rest);
                    push!(self, matched);
                }
                Instr::PrepReraiseStar => {
                    let raised = pop!(self);
                    let orig = pop!(self);
                    let v = self.prep_reraise_star(&orig, &raised)?;
                    push!(self, v);
                }
                Instr::LoadAssertionError => {
                    push!(self, Value::Class(self.exc_class(ExcKind::AssertionError)));
                }
                Instr::BeforeWith => {
                    let mgr = pop!(self);
                    let (exit, entered) = self.before_with(&mgr, false)?;
                    push!(self, exit);
                    push!(self, entered);
                }
                Instr::BeforeAsyncWith => {
                    let mgr = pop!(self);
                    let (exit, entered) = self.before_with(&mgr, true)?;
                    push!(self, exit);
                    push!(self, entered);
                }
                Instr::WithExceptStart => {
                    let exc = top!(self).clone();
                    let f = frame!(self);
                    let exit = f.stack[f.stack.len() - 2].clone();
                    let (typ, tb) = self.exc_type_and_tb(&exc);
                    let r = self.call(&exit, vec![typ, exc, tb])?;
                    push!(self, r);
                }
                Instr::YieldValue => {
                    let v = pop!(self);
                    yield_value!(self, v, base);
                }
                Instr::LoadFastYieldValue(i) => {
                    let f = frame!(self);
                    let Some(v) = &f.fast[i as usize] else { return Err(self.unbound_local(i)) };
                    let v = v.clone_fast();
                    // On as the `YieldValue` after the load: a suspended frame's `lasti` is
                    // its yield's index, as without the fusion.
                    f.lasti += 1;
                    f.ip += 1;
                    yield_value!(self, v, base);
                }
                Instr::GetYieldFromIter => {
                    let v = pop!(self);
                    let it = self.get_yield_from_iter(v)?;
                    push!(self, it);
                }
                Instr::GetAwaitable(kind) => {
                    let v = pop!(self);
                    let it = self.get_awaitable(v, kind)?;
                    push!(self, it);
                }
                Instr::YieldFrom => {
                    if let Some(y) = self.yield_from(base)? {
                        return Ok(y);
                    }
                }
                Instr::GetAIter => {
                    let v = pop!(self);
                    let it = self.get_aiter(&v)?;
                    push!(self, it);
                }
                Instr::GetANext => {
                    // A native async generator steps inline; only its Rc is cloned for that.
                    let agen = match top!(self) {
                        Value::Generator(g) if g.kind == crate::object::generator::GenKind::AsyncGenerator => Some(g.clone()),
                        _ => None,
                    };
                    if let Some(g) = agen {
                        if let Some(exit) = self.async_gen_anext_fast(&g, base)? {
                            match exit {
                                Some(y) => return Ok(y),
                                None => continue,
                            }
                        }
                    }
                    let it = top!(self).clone();
                    let aw = self.get_anext_awaitable(&it)?;
                    push!(self, aw);
                }
                Instr::EndAsyncFor => {
                    let exc = pop!(self);
                    if self.is_instance_of_kind(&exc, ExcKind::StopAsyncIteration) {
                        pop!(self);
                        let f = frame!(self);
                        if let Some(pos) = f.blocks.iter().rposition(|b| matches!(b, Block::Handler { .. })) {
                            f.blocks.truncate(pos);
                        }
                    } else {
                        return Err(self.reraise(exc));
                    }
                }
                Instr::ImportName(i) => {
                    let fromlist = pop!(self);
                    let level = pop!(self);
                    let name = frame!(self).body().names[i as usize].clone();
                    let m = self.import_name(&name, &fromlist, &level)?;
                    push!(self, m);
                }
                Instr::ImportFrom(i) => {
                    let m = top!(self).clone();
                    let name = frame!(self).body().names[i as usize].clone();
                    let v = self.import_from(&m, &name)?;
                    push!(self, v);
                }
                Instr::ImportStar => {
                    let m = pop!(self);
                    self.import_star(&m)?;
                }
                Instr::SetupAnnotations => self.setup_annotations()?,
                Instr::PrintExpr => {
                    let v = pop!(self);
                    self.print_expr(v)?;
                }
                Instr::GetLen => {
                    let v = top!(self).clone();
                    let n = self.len(&v)?;
                    push!(self, Value::Int(n as i64));
                }
                Instr::MatchMapping => {
                    let v = top!(self).clone();
                    let r = self.is_mapping(&v);
                    push!(self, Value::bool(r));
                }
                Instr::MatchSequence => {
                    let v = top!(self).clone();
                    let r = self.is_sequence_for_match(&v);
                    push!(self, Value::bool(r));
                }
                Instr::MatchKeys => {
                    let keys = top!(self).clone();
                    let subject = self.peek(2);
                    let r = self.match_keys(&subject, &keys)?;
                    push!(self, r);
                }
                Instr::MatchClass(n) => {
                    let names = pop!(self);
                    let cls = pop!(self);
                    let subject = pop!(self);
                    let r = self.match_class(&subject, &cls, n as usize, &names)?;
                    push!(self, r);
                }
                // Superinstructions (`vm::quicken`): each either runs both halves and skips the
                // second (`ip + 2`), or runs its first half only and leaves `ip` on the second.
                Instr::LoadFastLoadFast(a, b) => {
                    let f = frame!(self);
                    let Some(x) = &f.fast[a as usize] else { return Err(self.unbound_local(a)) };
                    let x = x.clone_fast();
                    f.stack.push(x);
                    if let Some(y) = &f.fast[b as usize] {
                        let y = y.clone_fast();
                        f.stack.push(y);
                        f.ip = ip + 2;
                    }
                }
                Instr::LoadFastLoadConst(a, c) => {
                    let f = frame!(self);
                    let Some(x) = &f.fast[a as usize] else { return Err(self.unbound_local(a)) };
                    let x = x.clone_fast();
                    let y = f.body().consts[c as usize].clone_fast();
                    f.stack.push(x);
                    f.stack.push(y);
                    f.ip = ip + 2;
                }
                Instr::LoadConstLoadFast(c, a) => {
                    let f = frame!(self);
                    let x = f.body().consts[c as usize].clone_fast();
                    f.stack.push(x);
                    if let Some(y) = &f.fast[a as usize] {
                        let y = y.clone_fast();
                        f.stack.push(y);
                        f.ip = ip + 2;
                    }
                }
                Instr::StoreFastLoadFast(a, b) => {
                    let f = frame!(self);
                    let v = f.stack.pop();
                    let old = f.fast[a as usize].replace(v);
                    if let Some(y) = &f.fast[b as usize] {
                        let y = y.clone_fast();
                        f.stack.push(y);
                        f.ip = ip + 2;
                    }
                    // `discard`: an int or None left nothing to release (no drop-glue call).
                    if let Some(old) = old {
                        old.discard();
                    }
                    safe_point!(self);
                }
                Instr::StoreFastStoreFast(a, b) => {
                    let f = frame!(self);
                    let v = f.stack.pop();
                    let w = f.stack.pop();
                    let old_a = f.fast[a as usize].replace(v);
                    let old_b = f.fast[b as usize].replace(w);
                    f.ip = ip + 2;
                    if let Some(old) = old_a {
                        old.discard();
                    }
                    if let Some(old) = old_b {
                        old.discard();
                    }
                    safe_point!(self);
                }
                Instr::CompareOpJumpIfFalse(op, t) => {
                    let f = frame!(self);
                    let n = f.stack.len();
                    if let (Value::Int(x), Value::Int(y)) = (&f.stack[n - 2], &f.stack[n - 1]) {
                        let r = super::ops::compare_values(op, *x, *y);
                        // Ints: nothing to drop, so forgetting them skips the drop glue.
                        std::mem::forget(f.stack.pop());
                        std::mem::forget(f.stack.pop());
                        f.ip = if r { ip + 2 } else { t as usize };
                        continue;
                    }
                    // Anything else compares as `CompareOp` alone; the jump runs next.
                    let b = pop!(self);
                    let a = pop!(self);
                    let v = self.compare(op, &a, &b)?;
                    a.discard();
                    b.discard();
                    push!(self, v);
                }
                Instr::BinaryOpConst { op, inplace: _, konst } => {
                    let f = frame!(self);
                    let small = match f.body().consts[konst as usize] {
                        Value::Int(y) => Some(y),
                        _ => None,
                    };
                    let n = f.stack.len();
                    if let (Value::Int(x), Some(y)) = (&mut f.stack[n - 1], small) {
                        if let Some(r) = small_int_op(op, *x, y) {
                            // The int operand is replaced in place (nothing to drop).
                            *x = r;
                            f.ip = ip + 2;
                            continue;
                        }
                    }
                    // Anything else: the load; the operation runs next.
                    let y = f.body().consts[konst as usize].clone_fast();
                    f.stack.push(y);
                }
                Instr::BinaryOpReturn { op, inplace } => {
                    let s = &mut frame!(self).stack;
                    let n = s.len();
                    if let (Value::Int(x), Value::Int(y)) = (&s[n - 2], &s[n - 1]) {
                        if let Some(r) = small_int_op(op, *x, *y) {
                            // Ints: nothing to drop, so forgetting them skips the drop glue.
                            std::mem::forget(s.pop());
                            std::mem::forget(s.pop());
                            // As the `ReturnValue` after the operation.
                            frame!(self).lasti = ip + 1;
                            safe_point!(self);
                            return_value!(self, Value::Int(r), base);
                        }
                    }
                    // Anything else: the operation alone; the return runs next.
                    self.binary_op_on_stack(op, inplace)?;
                }
                Instr::ReturnFast(i) => {
                    safe_point!(self);
                    let f = frame!(self);
                    let Some(v) = &f.fast[i as usize] else { return Err(self.unbound_local(i)) };
                    let v = v.clone_fast();
                    return_value!(self, v, base);
                }
                Instr::ReturnConst(c) => {
                    safe_point!(self);
                    let v = frame!(self).body().consts[c as usize].clone_fast();
                    return_value!(self, v, base);
                }
                Instr::BinaryOpStoreFast { op, inplace, local } => {
                    let f = frame!(self);
                    let n = f.stack.len();
                    if let (Value::Int(x), Value::Int(y)) = (&f.stack[n - 2], &f.stack[n - 1]) {
                        if let Some(r) = small_int_op(op, *x, *y) {
                            // Ints: nothing to drop, so forgetting them skips the drop glue.
                            std::mem::forget(f.stack.pop());
                            std::mem::forget(f.stack.pop());
                            let old = f.fast[local as usize].replace(Value::Int(r));
                            f.ip = ip + 2;
                            if let Some(old) = old {
                                old.discard();
                            }
                            continue;
                        }
                    }
                    if op == BinOp::Add && self.append_str_in_place(local as usize) {
                        frame!(self).ip = ip + 2;
                        continue;
                    }
                    // Anything else: `BinaryOp` alone; the store runs next.
                    self.binary_op_on_stack(op, inplace)?;
                }
                Instr::BinaryOpFastConst { op, inplace: _, local, konst } => {
                    let f = frame!(self);
                    let Some(x) = &f.fast[local as usize] else { return Err(self.unbound_local(local)) };
                    let y = &f.body().consts[konst as usize];
                    if let (Value::Int(x), Value::Int(y)) = (x, y) {
                        if let Some(r) = small_int_op(op, *x, *y) {
                            f.stack.push(Value::Int(r));
                            f.ip = ip + 3;
                            continue;
                        }
                    }
                    // Anything else: the two loads; the operation runs next.
                    f.push_fast_and_const(local, konst);
                    f.ip = ip + 2;
                }
                Instr::ForIterStoreFast(t, a) => for_iter_store_fast!(self, t, a, ip),
                Instr::CompareFastConstJump { op, local, konst } => {
                    let f = frame!(self);
                    let Some(x) = &f.fast[local as usize] else { return Err(self.unbound_local(local)) };
                    let y = &f.body().consts[konst as usize];
                    if let (Value::Int(x), Value::Int(y)) = (x, y) {
                        // The `PopJumpIfFalse` in place after the fused sequence has the target.
                        if let Some(&Instr::PopJumpIfFalse(t)) = f.body().instrs.get(ip + 3) {
                            let r = super::ops::compare_values(op, *x, *y);
                            f.ip = if r { ip + 4 } else { t as usize };
                            continue;
                        }
                    }
                    // Anything else: the two loads; the comparison and jump run next.
                    f.push_fast_and_const(local, konst);
                    f.ip = ip + 2;
                }
            }
        }
    }

    /// `ForIter` over a plain generator suspended in its own frame (`for x in gen()`, the usual
    /// case): resumed inline right here, with neither a call nor a reference-count round trip.
    /// False, with nothing changed, for anything else (`for_iter` takes it).
    #[inline(always)]
    fn for_iter_own_frame_generator(&mut self) -> bool {
        let Value::Generator(g) = top!(self) else { return false };
        let g: *const crate::object::generator::Generator = &**g;
        // SAFETY: `g` points into the generator's reference-counted allocation, which the
        // reference on this frame's stack keeps alive throughout: resuming only pushes the
        // generator's frame above this one and never touches this frame's stack.
        self.resume_own_frame_inline(unsafe { &*g })
    }

    /// `ForIter(t)`: push the iterator's next item, or pop the exhausted iterator and jump to
    /// `t`. A generator is resumed inline (its `yield` pushes the item).
    #[inline]
    fn for_iter(&mut self, t: u32) -> PyResult<()> {
        if let Value::Generator(g) = top!(self) {
            let g = g.clone();
            if self.resume_own_frame_inline(&g) || self.resume_inline(&g, FrameRole::GenIter, Value::None) {
                return Ok(());
            }
        }
        let it = top!(self).clone();
        // `for i, x in enumerate(xs)` / `for a, b in zip(xs, ys)`: the pair goes straight to
        // the targets, with no tuple made and unpacked.
        let f = frame!(self);
        if let (Value::Iter(_), Some(Instr::UnpackSequence(2))) = (&it, f.body().instrs.get(f.ip)) {
            if let Some(step) = self.for_iter_pair(&it)? {
                drop(it);
                let f = frame!(self);
                match step {
                    Some((a, b)) => {
                        f.stack.push(b);
                        f.stack.push(a);
                        f.ip += 1;
                    }
                    None => {
                        f.stack.pop();
                        f.ip = t as usize;
                        // The exhausted iterator went: its finalizers belong to the loop line.
                        safe_point!(self);
                    }
                }
                return Ok(());
            }
        }
        match self.for_iter_next(&it)? {
            Some(v) => push!(self, v),
            None => {
                drop(it);
                pop!(self).discard();
                frame!(self).ip = t as usize;
                // The exhausted iterator went: its finalizers (a never-awaited coroutine in
                // the list it walked) belong to the loop's line, as CPython's FOR_ITER.
                safe_point!(self);
            }
        }
        Ok(())
    }

    /// The i-th value from the top of the current frame's stack (1 = top).
    fn peek(&mut self, i: usize) -> Value {
        let s = &frame!(self).stack;
        s[s.len() - i].clone()
    }

    /// `BinaryOp`'s general path, shared by the fused forms whose fast path did not apply: the
    /// operation on the two values on top of the stack (any types), its result in their place.
    fn binary_op_on_stack(&mut self, op: BinOp, inplace: bool) -> PyResult<()> {
        let b = pop!(self);
        let a = pop!(self);
        let v = self.binary_op(op, &a, &b, inplace)?;
        a.discard();
        b.discard();
        push!(self, v);
        Ok(())
    }

    /// The top `n` values of the current frame's stack, bottom first.
    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let s = &mut frame!(self).stack;
        let at = s.len() - n;
        s.split_off(at)
    }

    /// `Call(n)` of a plain Python function with exactly its positional parameters (see
    /// `CodeObj::simple_call`): the arguments move from this frame's stack straight into the
    /// callee's fast locals, with no argument vector. False when the call needs the general path.
    #[inline(always)]
    fn call_simple_function(&mut self, n: usize) -> PyResult<bool> {
        let caller = frame!(self);
        let len = caller.stack.len();
        let Value::Function(func) = &caller.stack[len - n - 1] else { return Ok(false) };
        let code = &func.code;
        if code.code.arg_count as usize != n || !(code.simple_call || code.simple_gen_call) {
            return if code.defaults_call { self.call_with_defaults(n) } else { Ok(false) };
        }
        if !code.simple_call {
            return self.call_simple_generator(n).map(|()| true);
        }
        if self.frames.len() + self.outer_depth + self.native_depth > self.recursion_limit {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let caller = frame!(self);
        let Value::Function(func) = &caller.stack[len - n - 1] else { return Ok(false) };
        let mut frame = Self::fresh_frame(&mut self.frame_pool, func);
        let caller = frame!(self);
        Self::move_args(&mut caller.stack, &mut frame, n);
        // The function object itself (matched, so its reference count drops inline).
        if let Value::Function(func) = caller.stack.pop() {
            drop(func);
        }
        self.frames.push(frame);
        Ok(true)
    }

    /// A pooled (or new) frame set up to run `func`'s code: cells made, no locals yet.
    #[inline(always)]
    pub(super) fn fresh_frame(pool: &mut Vec<Box<super::Frame>>, func: &crate::object::Function) -> Box<super::Frame> {
        let code = &func.code;
        let mut frame = match pool.pop() {
            Some(f) => f,
            None => Box::new(super::Frame::empty(code.clone(), func.globals.clone())),
        };
        // A pooled frame keeps its last code (immutable) and globals (a module's namespace,
        // alive as long as its module anyway), so a recursive call swaps neither.
        if !Rc::ptr_eq(&frame.code, code) {
            frame.set_code(code.clone());
        }
        if !Rc::ptr_eq(&frame.globals, &func.globals) {
            frame.globals = func.globals.clone();
        }
        let ncells = code.code.cellvars.len();
        if ncells != 0 || !func.closure.is_empty() {
            for _ in 0..ncells {
                frame.cells.push(Rc::new(std::cell::RefCell::new(None)));
            }
            for c in &func.closure {
                if let Value::Cell(c) = c {
                    frame.cells.push(c.clone());
                }
            }
        }
        frame.ip = 0;
        frame.lasti = 0;
        frame
    }

    /// Move the `n` arguments on top of `stack` into `frame`'s first locals (the remaining
    /// locals start unbound). Popping from the top, rather than draining, keeps this a few moves.
    #[inline(always)]
    fn move_args(stack: &mut super::value_stack::ValueStack, frame: &mut super::Frame, n: usize) {
        let nfast = frame.code.code.varnames.len();
        // Exact: a fresh frame (a generator's, which lives as long as it) holds just its locals.
        frame.fast.reserve_exact(nfast);
        match n {
            0 => {}
            1 => {
                let a = stack.pop();
                frame.fast.push(Some(a));
            }
            2 => {
                let b = stack.pop();
                let a = stack.pop();
                frame.fast.push(Some(a));
                frame.fast.push(Some(b));
            }
            _ => {
                let len = stack.len();
                frame.fast.extend(stack.drain(len - n..).map(Some));
            }
        }
        for _ in n..nfast {
            frame.fast.push(None);
        }
    }

    /// The generator-function side of `call_simple_function`: calling runs nothing, it only
    /// makes the generator object (no recursion check: no frame is entered).
    #[inline(never)]
    fn call_simple_generator(&mut self, n: usize) -> PyResult<()> {
        let caller = frame!(self);
        let len = caller.stack.len();
        let Value::Function(func) = caller.stack[len - n - 1].clone() else {
            unreachable!("call_simple_function checked the callable is a function")
        };
        let kind = super::unwind::gen_kind_of(&func.code.code.flags);
        let mut frame = Self::fresh_frame(&mut self.frame_pool, &func);
        let caller = frame!(self);
        Self::move_args(&mut caller.stack, &mut frame, n);
        caller.stack.pop();
        let g = Rc::new(crate::object::generator::Generator::new(kind, frame, func.name.borrow().clone(), func.qualname.borrow().clone()));
        // `sys.set_coroutine_origin_tracking_depth`: where the coroutine was made.
        crate::runtime::coro_origin::note_created(self, &g);
        frame!(self).stack.push(Value::Generator(g));
        Ok(())
    }

    /// `Call(n)` of a function whose missing positional parameters and keyword-only ones all
    /// have defaults (`def f(a, b=1, *, c=None)` called as `f(x)`): the arguments move as in
    /// `call_simple_function`, the defaults fill the rest. False (stack untouched) when a
    /// parameter would stay unbound or too many arguments are given: the general path then
    /// raises CPython's TypeError.
    #[inline(never)]
    fn call_with_defaults(&mut self, n: usize) -> PyResult<bool> {
        let caller = frame!(self);
        let len = caller.stack.len();
        let Value::Function(func) = caller.stack[len - n - 1].clone() else {
            unreachable!("call_simple_function checked the callable is a function")
        };
        let code = &func.code.code;
        let argc = code.arg_count as usize;
        let nkwonly = code.kwonly_arg_count as usize;
        let defaults = func.defaults.borrow();
        if n > argc || n + defaults.len() < argc {
            return Ok(false);
        }
        let mut kwonly: smallvec::SmallVec<[Value; 4]> = smallvec::SmallVec::new();
        if nkwonly > 0 {
            let kwdefaults = func.kwdefaults.borrow();
            let Some(kwdefaults) = kwdefaults.as_ref() else { return Ok(false) };
            let kwdefaults = kwdefaults.borrow();
            for name in &code.varnames[argc..argc + nkwonly] {
                match kwdefaults.get_str(name) {
                    Some(v) => kwonly.push(v),
                    None => return Ok(false),
                }
            }
        }
        let generator_like = code.is_generator_like();
        if !generator_like && self.frames.len() + self.outer_depth + self.native_depth > self.recursion_limit {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let mut frame = Self::fresh_frame(&mut self.frame_pool, &func);
        let caller = frame!(self);
        Self::move_args(&mut caller.stack, &mut frame, n);
        caller.stack.pop();
        let first_default = argc - defaults.len();
        for i in n..argc {
            frame.fast[i] = Some(defaults[i - first_default].clone());
        }
        for (i, v) in kwonly.into_iter().enumerate() {
            frame.fast[argc + i] = Some(v);
        }
        drop(defaults);
        if generator_like {
            let kind = super::unwind::gen_kind_of(&code.flags);
            let g = Rc::new(crate::object::generator::Generator::new(kind, frame, func.name.borrow().clone(), func.qualname.borrow().clone()));
            crate::runtime::coro_origin::note_created(self, &g);
            frame!(self).stack.push(Value::Generator(g));
        } else {
            self.frames.push(frame);
        }
        Ok(true)
    }

    /// `s += t` / `s = s + t` (`BinaryOpStoreFast` with `Add`) on two strs where the local
    /// `s` and the stack hold the only references to the left one: `t` is appended to it in
    /// place and it goes back to the local, so building a string in a loop takes linear time,
    /// as CPython's `unicode_concatenate` makes it. False (nothing changed) otherwise.
    fn append_str_in_place(&mut self, local: usize) -> bool {
        let f = frame!(self);
        let n = f.stack.len();
        let (Value::Str(a), Value::Str(_)) = (&f.stack[n - 2], &f.stack[n - 1]) else { return false };
        let held_by_local = matches!(&f.fast[local], Some(Value::Str(cur)) if Rc::ptr_eq(cur, a));
        if !held_by_local || Rc::strong_count(a) != 2 || Rc::weak_count(a) != 0 {
            return false;
        }
        let (Some(Value::Str(b)), Some(Value::Str(mut a))) = (f.stack.try_pop(), f.stack.try_pop()) else {
            unreachable!("both operands were just matched as strs")
        };
        // The local's reference goes first; the stack's is then the only one.
        f.fast[local] = None;
        Rc::get_mut(&mut a).expect("the local and the stack held the only references").append_str(&b);
        f.fast[local] = Some(Value::Str(a));
        true
    }

    /// `Call(n)` of a native function: its arguments move from the stack into an inline
    /// `ArgVec` (no allocation). None when the callable is not a native function.
    #[inline]
    fn call_native_from_stack(&mut self, n: usize) -> PyResult<Option<Value>> {
        let s = &mut frame!(self).stack;
        let len = s.len();
        let callable_at = len - n - 1;
        let Value::Builtin(b) = &s[callable_at] else {
            return Ok(None);
        };
        // Move the arguments, then the callable, off the stack (no reference-count traffic and
        // nothing left behind to drop). One or two arguments go into an array on the Rust
        // stack: most native calls (`len(x)`, `xs.append(v)`, `q.put(i)`) pass that few, and
        // an array costs less to fill and empty than an `ArgVec`.
        let bound = b.bound.clone();
        let r = match (bound, n) {
            (None, 1) => {
                let a = s.pop();
                let Value::Builtin(b) = s.pop() else { return Ok(None) };
                let mut args = [a];
                let r = self.call_builtin(&b, &mut args, &[]);
                let [a] = args;
                a.discard();
                r
            }
            (None, 2) => {
                let a1 = s.pop();
                let a0 = s.pop();
                let Value::Builtin(b) = s.pop() else { return Ok(None) };
                let mut args = [a0, a1];
                let r = self.call_builtin(&b, &mut args, &[]);
                let [a0, a1] = args;
                a0.discard();
                a1.discard();
                r
            }
            (None, 3) => {
                // `d.get(k, default)`, `s.replace(a, b)`: a method with two arguments.
                let a2 = s.pop();
                let a1 = s.pop();
                let a0 = s.pop();
                let Value::Builtin(b) = s.pop() else { return Ok(None) };
                let mut args = [a0, a1, a2];
                let r = self.call_builtin(&b, &mut args, &[]);
                let [a0, a1, a2] = args;
                a0.discard();
                a1.discard();
                a2.discard();
                r
            }
            (Some(this), 0) => {
                let Value::Builtin(b) = s.pop() else { return Ok(None) };
                let mut args = [this];
                let r = self.call_builtin(&b, &mut args, &[]);
                let [this] = args;
                release_receiver(this);
                r
            }
            (Some(this), 1) => {
                let a = s.pop();
                let Value::Builtin(b) = s.pop() else { return Ok(None) };
                let mut args = [this, a];
                let r = self.call_builtin(&b, &mut args, &[]);
                let [this, a] = args;
                release_receiver(this);
                a.discard();
                r
            }
            (bound, _) => {
                let mut args = ArgVec::new();
                if let Some(this) = bound {
                    args.push(this);
                }
                args.extend(s.drain(len - n..));
                let Value::Builtin(b) = s.pop() else { return Ok(None) };
                self.call_builtin(&b, &mut args, &[])
            }
        };
        r.map(Some)
    }

    /// Complete the current frame with `v`. Returns Some when the loop must exit.
    fn return_from_frame(&mut self, v: Value, base: usize) -> PyResult<Option<Exit>> {
        let depth = self.frames.len() - 1;
        let frame = self.frames.pop().expect("returning frame exists");
        if let FrameRole::Call = frame.role {
            self.recycle_frame(frame);
            push!(self, v);
            return Ok(None);
        }
        let role = frame.role;
        match role {
            FrameRole::Call => {
                self.recycle_frame(frame);
                push!(self, v);
                Ok(None)
            }
            FrameRole::CallHoldingLevel => {
                self.native_depth -= 1;
                self.recycle_frame(frame);
                push!(self, v);
                Ok(None)
            }
            FrameRole::Boundary | FrameRole::GenRoot => {
                debug_assert_eq!(depth, base);
                self.recycle_frame(frame);
                Ok(Some(Exit::Return(v)))
            }
            FrameRole::GenIter | FrameRole::GenSend => {
                self.recycle_frame(frame);
                self.return_to_inline_caller(role, v)?;
                Ok(None)
            }
            FrameRole::AsyncGenStep => {
                self.recycle_frame(frame);
                if self.end_async_for_inline() {
                    return Ok(None);
                }
                Err(self.async_gen_exhausted())
            }
            FrameRole::GenDelegate | FrameRole::GenDelegateUnderInline => {
                self.recycle_frame(frame);
                let recv = pop!(self);
                if let Value::Generator(g) = &recv {
                    *g.state.borrow_mut() = GenState::Finished;
                }
                if frame!(self).closing {
                    return Err(PyErr::with_args(ExcKind::GeneratorExit, vec![]));
                }
                push!(self, v);
                Ok(None)
            }
            FrameRole::Init => {
                // The instance is already on the caller's stack (see `call_from_frame`), and
                // the class call's recursion level ends with this frame.
                self.native_depth -= 1;
                self.recycle_frame(frame);
                if !v.is_none() {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&v)
                    )));
                }
                Ok(None)
            }
        }
    }

    /// `YieldFrom`: delegate one step to the receiver below the sent value.
    fn yield_from(&mut self, base: usize) -> PyResult<Option<Exit>> {
        let sent = pop!(self);
        let recv = top!(self).clone();
        if let Value::Generator(g) = &recv {
            let state = std::mem::replace(&mut *g.state.borrow_mut(), GenState::Running);
            match state {
                GenState::Created(frame) => {
                    if !sent.is_none() {
                        *g.state.borrow_mut() = GenState::Created(frame);
                        return Err(PyErr::type_error(format!(
                            "can't send non-None value to a just-started {}",
                            g.kind.type_name()
                        )));
                    }
                    g.started.set(true);
                    let mut frame = frame;
                    frame.role = FrameRole::delegate(self.runs_under_inline());
                    self.push_boxed_checked(frame)?;
                    return Ok(None);
                }
                GenState::Suspended(frames) => {
                    let under_inline = self.runs_under_inline();
                    let mut frames = frames.into_iter();
                    if let Some(mut first) = frames.next() {
                        first.role = FrameRole::delegate(under_inline);
                        self.push_boxed_checked(first)?;
                    }
                    for mut fr in frames {
                        if under_inline {
                            // See `FrameRole::GenDelegate`: a yield must find the inline root.
                            fr.role = FrameRole::GenDelegateUnderInline;
                        }
                        self.frames.push(fr);
                    }
                    push!(self, sent);
                    return Ok(None);
                }
                GenState::SuspendedOne(mut frame) => {
                    frame.role = FrameRole::delegate(self.runs_under_inline());
                    self.push_boxed_checked(frame)?;
                    push!(self, sent);
                    return Ok(None);
                }
                GenState::Running | GenState::Delegated => {
                    *g.state.borrow_mut() = state;
                    return Err(PyErr::value_error(format!("{} already executing", g.kind.type_name())));
                }
                GenState::Finished => {
                    *g.state.borrow_mut() = GenState::Finished;
                    if g.kind == crate::object::generator::GenKind::Coroutine {
                        return Err(PyErr::runtime_error("cannot reuse already awaited coroutine"));
                    }
                    pop!(self);
                    push!(self, Value::None);
                    return Ok(None);
                }
            }
        }
        match self.send_native(&recv, sent)? {
            super::generator::SendResult::Yield(v) => {
                let f = frame!(self);
                f.ip = f.lasti;
                Ok(self.yield_through_delegate(v, base))
            }
            super::generator::SendResult::Return(v) => {
                pop!(self);
                push!(self, v);
                Ok(None)
            }
        }
    }

    /// `GetANext; LoadConst None; YieldFrom` on a native async generator, done in one step
    /// (`builtins::generator::async_for_step`). None: not applicable, run the general path;
    /// Some(None): the item is on the stack; Some(Some(exit)): the frame suspends at the
    /// YieldFrom, awaiting the generator's pending `__anext__()`.
    fn async_gen_anext_fast(&mut self, g: &Rc<crate::object::generator::Generator>, base: usize) -> PyResult<Option<Option<Exit>>> {
        let f = frame!(self);
        let at = f.ip;
        // The executed body: `quicken` leaves a `LoadConst` before a `YieldFrom` unfused.
        let shape = match (f.body().instrs.get(at), f.body().instrs.get(at + 1)) {
            (Some(Instr::LoadConst(c)), Some(Instr::YieldFrom)) => f.body().consts.get(*c as usize).is_some_and(Value::is_none),
            _ => false,
        };
        if !shape {
            return Ok(None);
        }
        if self.anext_inline(g, at + 2) {
            return Ok(Some(None));
        }
        match crate::builtins::generator::async_for_step(self, g)? {
            crate::builtins::generator::AnextStep::Item(v) => {
                let f = frame!(self);
                f.ip = at + 2;
                f.stack.push(v);
                Ok(Some(None))
            }
            crate::builtins::generator::AnextStep::Pending { op, value } => {
                // As `yield_from` after a receiver yielded: resumption re-runs the YieldFrom
                // with the sent value on top of the receiver.
                let f = frame!(self);
                f.ip = at + 1;
                f.lasti = at + 1;
                f.stack.push(op);
                Ok(Some(self.yield_through_delegate(value, base)))
            }
        }
    }

    /// Push a frame, raising RecursionError past the limit.
    pub fn push_frame_checked(&mut self, frame: super::Frame) -> PyResult<()> {
        self.push_boxed_checked(Box::new(frame))
    }

    /// The breaker's slow path, between two instructions.
    #[cold]
    pub(super) fn handle_eval_breaker(&mut self) {
        super::signals::clear_eval_breaker();
        // matches CPython: a generator dropped while suspended is closed before the next
        // instruction runs (its `finally` output comes right after the `del`).
        if crate::vm::finalize::has_pending() {
            self.run_finalizers();
        }
        // Between two instructions every piece of the thread's state lives in the VM, so
        // another thread may take over here.
        if super::signals::take_switch_request() {
            if let Some(hook) = self.thread_switch_hook {
                hook(self);
            }
        }
    }

    pub fn push_boxed_checked(&mut self, frame: Box<super::Frame>) -> PyResult<()> {
        if self.stack_depth() + self.native_depth > self.recursion_limit {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.frames.push(frame);
        Ok(())
    }

    fn unbound_local(&self, i: impl Into<u32>) -> PyErr {
        let i: u32 = i.into();
        let f = self.frames.last().expect("current frame");
        let name = &f.code.code.varnames[i as usize];
        PyErr::new(
            ExcKind::UnboundLocalError,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    }

    fn unbound_deref(&self, i: u32) -> PyErr {
        let f = self.frames.last().expect("current frame");
        let code = &f.code.code;
        let i = i as usize;
        if i < code.cellvars.len() {
            let name = &code.cellvars[i];
            PyErr::new(
                ExcKind::UnboundLocalError,
                format!("cannot access local variable '{name}' where it is not associated with a value"),
            )
        } else {
            let name = code.freevars.get(i - code.cellvars.len()).cloned().unwrap_or_else(|| Rc::from("?"));
            PyErr::new(
                ExcKind::NameError,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    pub(crate) fn await_kind_error(&self, v: &Value, kind: AwaitKind) -> PyErr {
        let t = self.type_name(v);
        match kind {
            AwaitKind::Await => PyErr::type_error(format!("object {t} can't be used in 'await' expression")),
            AwaitKind::AEnter => PyErr::type_error(format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {t}"
            )),
            AwaitKind::AExit => PyErr::type_error(format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {t}"
            )),
        }
    }
}

/// `x op y` for two small ints when the result is a small int and no error is possible;
/// None sends the operation down the general path (overflow to big ints, division by zero,
/// negative divisors, true division, powers).
#[inline]
fn small_int_op(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        // Python's % and // take the divisor's sign; for a positive divisor that is Euclid's.
        BinOp::Mod if y > 0 => Some(x.rem_euclid(y)),
        BinOp::FloorDiv if y > 0 => Some(x.div_euclid(y)),
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        _ => None,
    }
}

/// Let go of a bound method's receiver after the call: an instance (`q.put(x)`, `ev.set()`)
/// drops its reference inline, where the generic drop glue is an out-of-line call.
#[inline(always)]
fn release_receiver(v: Value) {
    match v {
        Value::Instance(i) => drop(i),
        other => other.discard(),
    }
}

/// The truth of a bool, int or None, settled without a call: what conditional jumps and
/// `and`/`or` mostly test (`if x & 1:`, `while n:`, `x or None`). None for every other value,
/// which goes through `Vm::is_true` (`__bool__`, `__len__`).
#[inline(always)]
fn inline_truth(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(b.get()),
        Value::Int(i) => Some(*i != 0),
        Value::None => Some(false),
        _ => None,
    }
}
