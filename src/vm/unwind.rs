//! Raising and unwinding: materialising exceptions, chaining, tracebacks, finding handlers.

use crate::object::ErrState;
use std::cell::RefCell;
use std::rc::Rc;

use super::frame::Block;
use super::Vm;
use crate::object::class::Layout;
use crate::object::exception::{exc_data, ExcData, TbEntry};
use crate::object::generator::{GenKind, GenState};
use crate::object::{ExcKind, Instance, Payload, PyDict, PyErr, PyResult, Value};

impl Vm {
    /// Create an exception instance of `cls` with `args`.
    pub fn new_exception(&self, cls: Rc<crate::object::Class>, args: Vec<Value>) -> Rc<Instance> {
        Rc::new(Instance {
            class: RefCell::new(cls),
            dict: Rc::new(RefCell::new(PyDict::new())),
            payload: Payload::Exception(RefCell::new(ExcData { args, ..ExcData::default() })),
        })
    }

    /// The exception instance for `err`, creating it if it was lazy.
    pub fn materialize(&self, err: PyErr) -> Rc<Instance> {
        match err.into_state() {
            ErrState::Obj(inst) => inst,
            ErrState::Lazy { kind, args } => {
                let inst = self.new_exception(self.exc_class(kind), args);
                if kind == ExcKind::StopIteration || kind == ExcKind::SystemExit {
                    // `value`/`code` attributes mirror the first argument.
                }
                inst
            }
        }
    }

    /// `err`, holding `v` alive for as long as it lives (see `ExcData::kept_alive`).
    pub fn error_keeping(&self, err: PyErr, v: Value) -> PyErr {
        let inst = self.materialize(err);
        if let Some(d) = exc_data(&inst) {
            d.borrow_mut().kept_alive.push(v);
        }
        PyErr::from_instance(inst)
    }

    /// The exception currently being handled (`sys.exc_info()[1]`), searching from the top frame.
    pub fn handled_exception(&self) -> Option<Value> {
        let outer = self.outer_stacks.iter().rev().flat_map(|s| s.iter().rev().map(|f| &**f));
        for f in self.frames.iter().rev().chain(outer) {
            if let Some(e) = f.handled_exception() {
                return Some(e.clone());
            }
        }
        None
    }

    /// Route `err` raised in the top frame to a handler, popping frames above `base` as needed.
    /// Returns Ok(()) when a handler was found (execution continues there), Err when the
    /// exception leaves the base frame. `fresh` is false for a re-raise (no new traceback entry
    /// for the current frame, no implicit chaining).
    pub fn unwind(&mut self, err: PyErr, base: usize, fresh: bool) -> PyResult<()> {
        let mut inst = self.materialize(err);
        if fresh {
            self.chain_context(&inst);
        }
        let mut add_tb = fresh;
        loop {
            let depth = self.frames.len() - 1;
            let exc = Value::Instance(inst.clone());
            let frame = self.frames.last_mut().expect("unwinding needs a frame");
            if add_tb && !frame.code.hidden.get() {
                if let Some(d) = exc_data(&inst) {
                    d.borrow_mut().traceback.push(TbEntry { code: frame.code.clone(), instr: frame.lasti as u32, locals: None });
                }
            }
            add_tb = true;
            while let Some(block) = frame.blocks.pop() {
                if let Block::Finally { handler, depth } = block {
                    frame.stack.truncate(depth as usize);
                    frame.blocks.push(Block::Handler { exc: exc.clone() });
                    frame.stack.push(exc);
                    frame.ip = handler as usize;
                    return Ok(());
                }
            }
            // No handler in this frame: it is finished.
            let mut frame = self.frames.pop().expect("frame being unwound");
            if let super::frame::FrameRole::Init | super::frame::FrameRole::CallHoldingLevel = frame.role {
                // The recursion level of the class or instance call that pushed the frame (see
                // `Vm::call_from_frame`) ends with it.
                self.native_depth -= 1;
            }
            keep_locals_in_traceback(&inst, &mut frame);
            let is_gen = frame.code.code.is_generator_like();
            let kind = gen_kind_of(&frame.code.code.flags);
            drop(frame);
            if is_gen {
                if let Some(converted) = self.pep479(&inst, kind) {
                    inst = converted;
                }
            }
            if depth == base {
                return Err(PyErr::from_instance(inst));
            }
            // The exception continues in the caller frame. A generator frame's caller is
            // delegating to it and holds it (the receiver) on its stack: it is finished now.
            let caller = self.frames.last_mut().expect("caller frame exists below a non-base frame");
            if is_gen {
                if let Some(Value::Generator(g)) = caller.stack.last() {
                    *g.state.borrow_mut() = GenState::Finished;
                }
            }
        }
    }

    /// PEP 479: StopIteration (and StopAsyncIteration in async generators) leaving a generator
    /// becomes RuntimeError with the original as `__cause__`.
    fn pep479(&self, inst: &Rc<Instance>, kind: GenKind) -> Option<Rc<Instance>> {
        let cls = inst.class();
        let stop = self.exc_class(ExcKind::StopIteration);
        let stop_async = self.exc_class(ExcKind::StopAsyncIteration);
        let msg = if cls.is_subclass(&stop) {
            format!("{} raised StopIteration", kind.type_name().replace('_', " "))
        } else if kind == GenKind::AsyncGenerator && cls.is_subclass(&stop_async) {
            "async generator raised StopAsyncIteration".to_string()
        } else {
            return None;
        };
        let new = self.new_exception(self.exc_class(ExcKind::RuntimeError), vec![Value::string(msg)]);
        if let Some(d) = exc_data(&new) {
            let mut d = d.borrow_mut();
            d.cause = Some(Value::Instance(inst.clone()));
            d.context = Some(Value::Instance(inst.clone()));
            d.suppress_context = true;
        }
        Some(new)
    }

    /// Implicit chaining: a new exception raised while another is handled gets it as `__context__`.
    fn chain_context(&self, inst: &Rc<Instance>) {
        let Some(handled) = self.handled_exception() else { return };
        let Value::Instance(h) = &handled else { return };
        if Rc::ptr_eq(h, inst) {
            return;
        }
        let Some(d) = exc_data(inst) else { return };
        if d.borrow().context.is_some() {
            return;
        }
        // Avoid cycles: cut the handled exception's context chain where it reaches `inst`.
        let mut cur = handled.clone();
        let mut steps = 0;
        while let Value::Instance(c) = &cur {
            let next = match exc_data(c) {
                Some(cd) => cd.borrow().context.clone(),
                None => None,
            };
            match next {
                Some(Value::Instance(n)) if Rc::ptr_eq(&n, inst) => {
                    if let Some(cd) = exc_data(c) {
                        cd.borrow_mut().context = None;
                    }
                    break;
                }
                Some(n) if steps < 1000 => {
                    cur = n;
                    steps += 1;
                }
                _ => break,
            }
        }
        d.borrow_mut().context = Some(handled);
    }

    /// `RaiseVarargs(n)`: build the exception to raise.
    pub fn raise_varargs(&mut self, n: u32) -> PyResult<PyErr> {
        match n {
            // matches CPython: a bare `raise` goes straight to unwinding, so this frame gets no
            // new traceback entry (its entry, if any, was added when the exception arrived).
            0 => match self.handled_exception() {
                Some(Value::Instance(inst)) => {
                    self.reraise_pending = true;
                    Ok(PyErr::from_instance(inst))
                }
                _ => Ok(PyErr::runtime_error("No active exception to reraise")),
            },
            1 => {
                let e = self.frames.last_mut().and_then(|f| f.stack.try_pop()).unwrap_or(Value::None);
                self.make_raisable(e)
            }
            _ => {
                let cause = self.frames.last_mut().and_then(|f| f.stack.try_pop()).unwrap_or(Value::None);
                let e = self.frames.last_mut().and_then(|f| f.stack.try_pop()).unwrap_or(Value::None);
                let err = self.make_raisable(e)?;
                let ErrState::Obj(inst) = err.state() else { return Ok(err) };
                let cause = match cause {
                    Value::None => None,
                    Value::Class(c) if c.layout == Layout::Exception => {
                        Some(Value::Instance(self.instantiate_exception(&c, vec![])?))
                    }
                    Value::Instance(ref i) if exc_data(i).is_some() => Some(cause.clone()),
                    _ => return Err(PyErr::type_error("exception causes must derive from BaseException")),
                };
                if let Some(d) = exc_data(inst) {
                    let mut d = d.borrow_mut();
                    d.cause = cause;
                    d.suppress_context = true;
                }
                Ok(err)
            }
        }
    }

    /// A class is instantiated with no arguments; an instance must be a BaseException.
    pub fn make_raisable(&mut self, e: Value) -> PyResult<PyErr> {
        match e {
            Value::Class(c) if c.layout == Layout::Exception => Ok(PyErr::from_instance(self.instantiate_exception(&c, vec![])?)),
            Value::Instance(inst) if exc_data(&inst).is_some() => Ok(PyErr::from_instance(inst)),
            _ => Ok(PyErr::type_error("exceptions must derive from BaseException")),
        }
    }

    /// Call an exception class to get an instance (running a script `__init__` if any).
    pub fn instantiate_exception(&mut self, cls: &Rc<crate::object::Class>, args: Vec<Value>) -> PyResult<Rc<Instance>> {
        let v = self.call(&Value::Class(cls.clone()), args)?;
        match v {
            Value::Instance(i) if exc_data(&i).is_some() => Ok(i),
            other => Err(PyErr::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                self.repr_class(cls),
                self.type_name(&other)
            ))),
        }
    }

    /// `Reraise`: raise `exc` again without a new traceback entry for this frame.
    pub fn reraise(&mut self, exc: Value) -> PyErr {
        // The traceback entry for this frame was added when the exception first arrived here;
        // `unwind` is told not to add another through `reraise_pending`.
        self.reraise_pending = true;
        match exc {
            Value::Instance(i) => PyErr::from_instance(i),
            _ => PyErr::runtime_error("re-raised a non-exception"),
        }
    }

    /// `except T:` matching: T may be a class or a tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        match typ {
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Class(c) if c.layout == Layout::Exception => {
                let Value::Instance(i) = exc else { return Ok(false) };
                Ok(i.class().is_subclass(c))
            }
            _ => Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    pub fn is_instance_of_kind(&self, exc: &Value, kind: ExcKind) -> bool {
        match exc {
            Value::Instance(i) => i.class().is_subclass(&self.exc_class(kind)),
            _ => false,
        }
    }

    /// True when `err` is (a subclass of) the built-in exception `kind`.
    pub fn err_matches(&self, err: &PyErr, kind: ExcKind) -> bool {
        match err.state() {
            ErrState::Lazy { kind: k, .. } => {
                let mut cur = *k;
                loop {
                    if cur == kind {
                        return true;
                    }
                    if cur == ExcKind::BaseException {
                        return false;
                    }
                    cur = cur.base();
                }
            }
            ErrState::Obj(i) => i.class().is_subclass(&self.exc_class(kind)),
        }
    }

    /// `(type(exc), exc.__traceback__)` for `__exit__` calls.
    pub fn exc_type_and_tb(&self, exc: &Value) -> (Value, Value) {
        match exc {
            Value::Instance(i) => (Value::Class(i.class()), self.traceback_object(i)),
            _ => (Value::None, Value::None),
        }
    }
}

pub fn gen_kind_of(flags: &crate::bytecode::CodeFlags) -> GenKind {
    if flags.coroutine {
        GenKind::Coroutine
    } else if flags.async_generator {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    }
}

/// A frame the exception `inst` is leaving: its locals move into the exception's traceback
/// entry for it (the last one, which `unwind` added), where CPython's traceback would keep the
/// whole frame. A local that is the exception itself is left out: exception -> traceback ->
/// locals -> exception would be a cycle that CPython's collector breaks and nothing here would.
fn keep_locals_in_traceback(inst: &Rc<crate::object::Instance>, frame: &mut super::Frame) {
    if frame.fast.iter().all(Option::is_none) {
        return;
    }
    let Some(d) = exc_data(inst) else { return };
    let mut d = d.borrow_mut();
    let Some(entry) = d.traceback.last_mut() else { return };
    if entry.locals.is_some() || !Rc::ptr_eq(&entry.code, &frame.code) {
        return;
    }
    let mut locals = std::mem::take(&mut frame.fast);
    for slot in locals.iter_mut() {
        if matches!(slot, Some(Value::Instance(i)) if Rc::ptr_eq(i, inst)) {
            *slot = None;
        }
    }
    entry.locals = Some(Rc::new(locals));
}
