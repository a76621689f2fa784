//! Resuming generators and coroutines: `send`, `throw`, `close`, and `yield from`/`await` plumbing.

use crate::object::ErrState;
use std::rc::Rc;

use super::frame::FrameRole;
use super::interp::Exit;
use super::Vm;
use crate::bytecode::opcode::AwaitKind;
use crate::object::exception::exc_data;
use crate::object::generator::{GenKind, GenState, Generator};
use crate::object::{ExcKind, PyErr, PyResult, Value};

/// How to resume a generator (CPython's `gen_send_ex` modes).
pub enum Resume {
    Send(Value),
    Throw(PyErr),
}

/// One step of a generator-like object.
pub enum SendResult {
    Yield(Value),
    Return(Value),
}

/// One step of a generator, telling whether a yield came from its own `yield` (`from_root`,
/// an async generator's item) or passed through from an awaited object.
pub enum Step {
    Yield { value: Value, from_root: bool },
    Return(Value),
}

impl Vm {
    /// Resume `g` once. Its frames run as the whole frame stack (`enter_chain`): resuming a
    /// chain of any depth moves one vector, not its frames.
    pub fn resume(&mut self, g: &Rc<Generator>, how: Resume) -> PyResult<Step> {
        let state = match std::mem::replace(&mut *g.state.borrow_mut(), GenState::Running) {
            // Resumed from Rust: the one frame becomes a chain like any other.
            GenState::SuspendedOne(frame) => {
                let mut chain = self.chain_pool.pop().unwrap_or_else(|| Vec::with_capacity(2));
                chain.push(frame);
                GenState::Suspended(chain)
            }
            other => other,
        };
        let mut pending = None;
        match state {
            GenState::Created(frame) => {
                if let Resume::Send(v) = &how {
                    if !v.is_none() {
                        *g.state.borrow_mut() = GenState::Created(frame);
                        return Err(PyErr::type_error(format!(
                            "can't send non-None value to a just-started {}",
                            g.kind.type_name().replace('_', " ")
                        )));
                    }
                }
                g.started.set(true);
                if self.stack_depth() + self.native_depth >= self.recursion_limit {
                    *g.state.borrow_mut() = GenState::Finished;
                    return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
                }
                let mut frame = frame;
                frame.role = FrameRole::GenRoot;
                // The chain stays with the suspended generator: a pending task pays for its
                // capacity. Calls and awaits in the body grow it as they need.
                let mut chain = self.chain_pool.pop().unwrap_or_else(|| Vec::with_capacity(2));
                chain.push(frame);
                self.enter_chain(chain);
                if let Resume::Throw(e) = how {
                    pending = Some((e, true));
                }
            }
            GenState::Suspended(mut frames) => {
                if let Some(first) = frames.first_mut() {
                    first.role = FrameRole::GenRoot;
                }
                self.enter_chain(frames);
                match how {
                    Resume::Send(v) => self.frames.last_mut().expect("resumed chain has frames").stack.push(v),
                    Resume::Throw(e) => {
                        if self.err_matches(&e, ExcKind::GeneratorExit) {
                            for f in self.frames.iter_mut() {
                                f.closing = true;
                            }
                        }
                        match self.throw_into_native_receiver(e) {
                            Ok(Ok(())) => {}
                            Ok(Err(e)) | Err(e) => pending = Some((e, true)),
                        }
                        if let Some(v) = self.pending_yield.take() {
                            let chain = self.leave_chain();
                            *g.state.borrow_mut() = GenState::Suspended(chain);
                            return Ok(Step::Yield { value: v, from_root: false });
                        }
                    }
                }
            }
            GenState::SuspendedOne(_) => unreachable!("a one-frame suspension was made a chain above"),
            GenState::Running | GenState::Delegated => {
                *g.state.borrow_mut() = state;
                return Err(PyErr::value_error(format!("{} already executing", g.kind.type_name().replace('_', " "))));
            }
            GenState::Finished => {
                *g.state.borrow_mut() = GenState::Finished;
                return match how {
                    Resume::Send(_) if g.kind == GenKind::Coroutine => {
                        Err(PyErr::runtime_error("cannot reuse already awaited coroutine"))
                    }
                    Resume::Send(_) => Err(PyErr::stop_iteration(None)),
                    Resume::Throw(e) => Err(e),
                };
            }
        }
        if let Err(e) = self.enter_rust() {
            drop(self.leave_chain());
            *g.state.borrow_mut() = GenState::Finished;
            return Err(e);
        }
        let r = self.run_frames_with(0, pending);
        self.rust_depth -= 1;
        let chain = self.leave_chain();
        match r {
            Ok(Exit::Yield { value, from_root }) => {
                *g.state.borrow_mut() = GenState::Suspended(chain);
                Ok(Step::Yield { value, from_root })
            }
            Ok(Exit::Return(v)) => {
                *g.state.borrow_mut() = GenState::Finished;
                if chain.is_empty() && self.chain_pool.len() < super::inline_gen::CHAIN_POOL_MAX {
                    self.chain_pool.push(chain);
                }
                Ok(Step::Return(v))
            }
            Err(e) => {
                drop(chain);
                *g.state.borrow_mut() = GenState::Finished;
                Err(e)
            }
        }
    }

    /// A throw into a chain whose innermost frame is suspended in a `YieldFrom` on a non-generator
    /// iterator: CPython calls the iterator's `throw` (or `close` for GeneratorExit) first.
    /// Returns Ok(Ok(())) when the iterator absorbed it and the frame continues normally.
    fn throw_into_native_receiver(&mut self, e: PyErr) -> PyResult<Result<(), PyErr>> {
        let top = self.frames.last().expect("chain has frames");
        let at_yield_from = matches!(top.code.code.body().instructions.get(top.ip), Some(crate::bytecode::Instr::YieldFrom))
            && top.ip == top.lasti;
        if !at_yield_from {
            return Ok(Err(e));
        }
        let Some(recv) = top.stack.last().cloned() else { return Ok(Err(e)) };
        // Native awaitables (a sleep, Queue.get) get the throw too: they clean up as the
        // `async def` they stand for would (cancel a timer, drop a waiter future).
        if matches!(recv, Value::Generator(_)) {
            return Ok(Err(e));
        }
        if self.err_matches(&e, ExcKind::GeneratorExit) {
            if let Some(close) = self.lookup_attr_opt(&recv, "close")? {
                if let Err(e2) = self.call(&close, vec![]) {
                    return Ok(Err(e2));
                }
            }
            return Ok(Err(e));
        }
        let Some(throw) = self.lookup_attr_opt(&recv, "throw")? else { return Ok(Err(e)) };
        let exc = Value::Instance(self.materialize(e));
        match self.call(&throw, vec![exc]) {
            Ok(v) => {
                // Yielded again: stay suspended at the same YieldFrom, handing `v` out.
                self.pending_yield = Some(v);
                Ok(Ok(()))
            }
            Err(err) if self.err_matches(&err, ExcKind::StopIteration) => {
                let value = self.stop_iteration_value(&err);
                let top = self.frames.last_mut().expect("chain has frames");
                top.stack.pop();
                top.stack.push(value);
                top.ip += 1;
                Ok(Ok(()))
            }
            Err(err) => Ok(Err(err)),
        }
    }

    /// The `value` carried by a StopIteration error.
    pub fn stop_iteration_value(&self, err: &PyErr) -> Value {
        match err.state() {
            ErrState::Lazy { args, .. } => args.first().cloned().unwrap_or(Value::None),
            ErrState::Obj(i) => {
                // An assigned `value` member (`e.value = x`) wins over the first argument.
                if let Some(v) = crate::object::exception::exc_field(i, "value") {
                    return v;
                }
                exc_data(i).and_then(|d| d.borrow().args.first().cloned()).unwrap_or(Value::None)
            }
        }
    }

    /// Send into a non-generator iterator (`YieldFrom` on a list iterator, a Future's
    /// `__await__` iterator, a user iterator class).
    pub fn send_native(&mut self, recv: &Value, sent: Value) -> PyResult<SendResult> {
        if let Some(r) = self.send_native_fast(recv, &sent)? {
            return Ok(r);
        }
        if let Some(r) = crate::builtins::generator::async_gen_send(self, recv, sent.clone())? {
            return Ok(r);
        }
        let r = if sent.is_none() {
            match recv {
                Value::Iter(_) => match self.iter_next(recv)? {
                    Some(v) => return Ok(SendResult::Yield(v)),
                    None => return Ok(SendResult::Return(Value::None)),
                },
                _ => self.call_method(recv, "__next__", vec![]),
            }
        } else {
            self.call_method(recv, "send", vec![sent])
        };
        match r {
            Ok(v) => Ok(SendResult::Yield(v)),
            Err(e) if self.err_matches(&e, ExcKind::StopIteration) => Ok(SendResult::Return(self.stop_iteration_value(&e))),
            Err(e) => Err(e),
        }
    }

    /// `GetYieldFromIter`.
    pub fn get_yield_from_iter(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Generator(g) if g.kind == GenKind::Generator => Ok(v),
            Value::Generator(g) if g.kind == GenKind::Coroutine => {
                let in_coroutine =
                    self.frames.last().map(|f| f.code.code.flags.coroutine || f.code.iterable_coroutine.get()).unwrap_or(false);
                if in_coroutine {
                    Ok(v)
                } else {
                    Err(PyErr::type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"))
                }
            }
            _ => self.get_iter(&v),
        }
    }

    /// `GetAwaitable`.
    pub fn get_awaitable(&mut self, v: Value, kind: AwaitKind) -> PyResult<Value> {
        match &v {
            Value::Generator(g) if g.kind == GenKind::Coroutine => return Ok(v),
            // A generator of a `@types.coroutine` function is awaited as it is.
            Value::Generator(g) if g.kind == GenKind::Generator && g.code.iterable_coroutine.get() => return Ok(v),
            Value::Generator(_) => return Err(self.await_kind_error(&v, kind)),
            _ => {}
        }
        // A `coroutine_wrapper` (what `coro.__await__()` returns) is an iterator, not an
        // awaitable: CPython refuses `await coro.__await__()` ("can't be used in 'await'
        // expression"), so only a wrapper returned by an `__await__` method is unwrapped below.
        if self.is_native_awaitable_iter(&v) || crate::builtins::generator::is_async_gen_awaitable(&v) {
            return Ok(v);
        }
        let Some(method) = self.lookup_special(&v, "__await__") else {
            return Err(self.await_kind_error(&v, kind));
        };
        let it = match &method {
            // A native `__await__` (a Future's): called directly, without building an argument
            // vector for the generic call path; the same function runs with the same argument.
            Value::Builtin(b) if b.bound.is_none() => self.call_builtin(b, &mut [v.clone()], &[])?,
            _ => self.call_bound_special(&method, &v, vec![])?,
        };
        // The runtime's own await iterators (a Future's) are iterators. A future returned by
        // a script's `__await__` is not one (it has no `__next__`): the checks below reject it
        // as CPython does.
        if self.is_native_awaitable_iter(&it) && self.is_iterator(&it) {
            return Ok(it);
        }
        if let Value::Generator(g) = &it {
            if g.kind == GenKind::Coroutine {
                return Err(PyErr::type_error("__await__() returned a coroutine"));
            }
            return Ok(it);
        }
        if let Some(inner) = self.unwrap_coroutine_wrapper(&it) {
            return Ok(inner);
        }
        if !self.is_iterator(&it) {
            return Err(PyErr::type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// `gen.close()`: throw GeneratorExit; RuntimeError if it yields again.
    pub fn close_generator(&mut self, g: &Rc<Generator>) -> PyResult<Value> {
        let not_started = matches!(&*g.state.borrow(), GenState::Created(_) | GenState::Finished);
        if not_started {
            *g.state.borrow_mut() = GenState::Finished;
            return Ok(Value::None);
        }
        let exit = PyErr::with_args(ExcKind::GeneratorExit, vec![]);
        match self.resume(g, Resume::Throw(exit)) {
            Ok(Step::Yield { .. }) => Err(PyErr::runtime_error(format!("{} ignored GeneratorExit", g.kind.type_name().replace('_', " ")))),
            Ok(Step::Return(_)) => Ok(Value::None),
            Err(e) if self.err_matches(&e, ExcKind::GeneratorExit) || self.err_matches(&e, ExcKind::StopIteration) => {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// Build the exception for `gen.throw(typ[, val[, tb]])`.
    pub fn throw_args_to_err(&mut self, args: &[Value]) -> PyResult<PyErr> {
        let typ = args.first().cloned().unwrap_or(Value::None);
        let val = args.get(1).cloned().unwrap_or(Value::None);
        match typ {
            Value::Class(c) if c.layout == crate::object::class::Layout::Exception => {
                let inst = match val {
                    Value::Instance(i) if i.class().is_subclass(&c) => i,
                    Value::None => self.instantiate_exception(&c, vec![])?,
                    Value::Tuple(t) => self.instantiate_exception(&c, t.to_vec())?,
                    other => self.instantiate_exception(&c, vec![other])?,
                };
                Ok(PyErr::from_instance(inst))
            }
            Value::Instance(i) if exc_data(&i).is_some() => {
                if !val.is_none() {
                    return Err(PyErr::type_error("instance exception may not have a separate value"));
                }
                Ok(PyErr::from_instance(i))
            }
            other => Err(PyErr::type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                self.type_name(&other)
            ))),
        }
    }
}
